package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir
  Path dir;

  private static byte[] referenceJson() {
    return GcmJson.defaults().writeBytes(ReferenceData.gcm());
  }

  @Test
  void exportsTheReferenceDataSetToStandardOutput() {
    Run run = Run.gcm("export");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(referenceJson());
    assertThat(run.err).isEmpty();
  }

  @Test
  void writesTheOutputFileAndNothingElse() throws IOException {
    Path file = dir.resolve("gcm.json");

    Run run = Run.gcm("export", "-o", file.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(file).hasBinaryContent(referenceJson());
    assertThat(run.out).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void replacesAnExistingOutputFile() throws IOException {
    Path file = dir.resolve("gcm.json");
    Files.writeString(file, "old content that is longer than nothing");

    Run run = Run.gcm("export", "--output", file.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(file).hasBinaryContent(referenceJson());
  }

  @Test
  void dashWritesToStandardOutput() {
    Run run = Run.gcm("export", "-o", "-");

    assertThat(run.out).isEqualTo(referenceJson());
  }

  @Test
  void reExportingAnExportGivesTheSameBytes() throws IOException {
    Path file = dir.resolve("gcm.json");
    Files.write(file, referenceJson());

    Run run = Run.gcm("export", "--data", file.toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(referenceJson());
  }

  @Test
  void missingDataFileExitsWithTwoAndAMessage() {
    Path missing = dir.resolve("missing.json");

    Run run = Run.gcm("export", "--data", missing.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("gcm: cannot read " + missing + ": no such file\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void directoryAsDataFileExitsWithTwoAndAMessage() {
    Run run = Run.gcm("export", "--data", dir.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("gcm: cannot read " + dir + ": it is a directory\n");
  }

  @Test
  void malformedJsonExitsWithTwoAndItsPosition() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"format\": \"gcmkit/1\",\n  \"events\": [ }\n", StandardCharsets.UTF_8);

    Run run = Run.gcm("export", "--data", bad.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).startsWith("gcm: " + bad + ":3:").doesNotContain("\tat ").hasLineCount(1);
    assertThat(run.out).isEmpty();
  }

  @Test
  void outputIntoAMissingDirectoryExitsWithTwoAndWritesNothing() {
    Path file = dir.resolve("no-such-dir").resolve("gcm.json");

    Run run = Run.gcm("export", "-o", file.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).startsWith("gcm: cannot write " + file + ": no such directory").hasLineCount(1);
    assertThat(file.getParent()).doesNotExist();
  }

  @Test
  void outputOntoADirectoryExitsWithTwoAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.createDirectory(dir.resolve("out"));

    Run run = Run.gcm("export", "-o", target.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("gcm: cannot write " + target + ": it is a directory\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run run = Run.gcm("export", "--format", "xml");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("Invalid value for option '--format'");
  }
}

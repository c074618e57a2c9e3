package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.model.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the real-world corpus ({@code src/test/resources/ical-corpus}, see its README) is read as its
 * MANIFEST expects: {@code valid} files give no finding in strict mode (line ends aside, as the README says);
 * {@code lenient} files keep every event in lenient mode and get positioned findings in strict mode; {@code invalid}
 * files get a positioned error in strict mode and only positioned findings in lenient mode. Never an unchecked
 * exception.
 */
class CorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/ical-corpus");

  /** One row of MANIFEST.tsv. */
  record Row(String file, String expected, String eol, String peers, String agreement) {}

  static List<Row> manifest() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split("\t", -1);
      rows.add(new Row(c[0], c[7], c[8], c[9], c[10]));
    }
    return rows;
  }

  /** One row of corpus-exceptions.tsv. */
  record Exception(String file, String kind, Set<String> codes) {}

  static Map<String, Exception> exceptions() throws IOException {
    Map<String, Exception> out = new HashMap<>();
    for (String l : Files.readAllLines(Path.of("src/test/resources/corpus-exceptions.tsv"), StandardCharsets.UTF_8)) {
      if (l.startsWith("#") || l.isBlank()) {
        continue;
      }
      String[] c = l.split("\t", -1);
      Set<String> codes = c[2].isEmpty() ? Set.of() : Set.of(c[2].split(","));
      out.put(c[0], new Exception(c[0], c[1], codes));
    }
    return out;
  }

  private static Set<String> codes(List<Finding> fs, boolean errorsOnly) {
    return fs.stream().filter(f -> !errorsOnly || f.isError()).map(Finding::code).collect(Collectors.toSet());
  }

  static long beginEvents(Path p) throws IOException {
    String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
    long n = 0;
    for (String line : text.split("\r\n|\n|\r")) {
      if (line.trim().equals("BEGIN:VEVENT")) {
        n++;
      }
    }
    return n;
  }

  private static String describe(List<Finding> fs) {
    return fs.stream().map(Finding::toString).limit(15).collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  @TestFactory
  Stream<DynamicTest> everyFileIsReadAsTheManifestExpects() throws IOException {
    Map<String, Exception> exceptions = exceptions();
    return manifest().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.expected() + " " + row.file(),
                    () -> {
                      Path p = CORPUS.resolve(row.file());
                      ICalReadResult strict = ICalReader.strict().readAll(p);
                      ICalReadResult lenient = ICalReader.lenient().readAll(p);
                      Exception ex = exceptions.get(row.file());
                      String kind = ex == null ? "" : ex.kind();
                      switch (row.expected()) {
                        case "valid": {
                          List<Finding> unexpected =
                              strict.findings().stream()
                                  .filter(f -> !(f.code().equals("ICAL-BARE-LF") && !row.eol().equals("crlf")))
                                  .collect(Collectors.toList());
                          if (kind.equals("valid-reported")) {
                            assertThat(codes(unexpected, false)).isEqualTo(ex.codes());
                          } else {
                            assertThat(unexpected).as("strict findings of a valid file%s", describe(unexpected))
                                .isEmpty();
                          }
                          assertThat(strict.events()).hasSize((int) beginEvents(p));
                          break;
                        }
                        case "lenient":
                          assertThat(lenient.events()).as("events kept in lenient mode").hasSize((int) beginEvents(p));
                          if (kind.equals("strict-clean")) {
                            assertThat(strict.findings().stream().filter(f -> !f.code().equals("ICAL-BARE-LF")))
                                .as("a conforming file%s", describe(strict.findings()))
                                .isEmpty();
                          } else {
                            assertThat(strict.findings()).as("strict mode reports the problem").isNotEmpty();
                          }
                          assertThat(strict.findings())
                              .allSatisfy(f -> assertThat(f.position()).isPresent());
                          if (kind.equals("lenient-error")) {
                            assertThat(codes(lenient.findings(), true)).isEqualTo(ex.codes());
                          } else {
                            assertThat(lenient.hasErrors())
                                .as("lenient errors%s", describe(lenient.findings()))
                                .isFalse();
                          }
                          break;
                        default:
                          assertThat(strict.findings().stream().filter(Finding::isError))
                              .as("strict errors of an invalid file")
                              .isNotEmpty()
                              .allSatisfy(f -> assertThat(f.position()).isPresent());
                          assertThat(lenient.findings()).isNotEmpty();
                      }
                    }));
  }
}

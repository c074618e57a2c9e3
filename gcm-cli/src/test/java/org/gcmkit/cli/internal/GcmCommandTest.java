package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GcmCommandTest {

  @Test
  void helpListsTheCommandsOnStandardOutputAndExitsZero() {
    Run run = Run.gcm("--help");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).contains("Usage: gcm", "export", "validate", "help", "Exit codes:");
    assertThat(run.err).isEmpty();
  }

  @Test
  void helpOfACommandDescribesItsOptions() {
    Run run = Run.gcm("validate", "--help");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).contains("Usage: gcm validate", "--strict", "--lenient", "--format");
  }

  @Test
  void helpCommandShowsTheHelpOfACommand() {
    Run run = Run.gcm("help", "export");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).contains("Usage: gcm export", "--data", "--output");
  }

  @Test
  void versionPrintsTheBuildVersion() {
    Run run = Run.gcm("--version");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("gcm " + VersionProvider.version() + "\n");
    assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = Run.gcm();

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("gcm: missing command").contains("Try 'gcm --help'");
    assertThat(run.out).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    Run run = Run.gcm("export", "--colour");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("gcm: Unknown option: '--colour'").contains("Try 'gcm export --help'")
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out).isEmpty();
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run run = Run.gcm("publish");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("gcm: Unmatched argument at index 0: 'publish'");
  }

  @Test
  void pathThatCannotExistIsAUsageError() {
    Run run = Run.gcm("export", "--output", "\0");

    assertThat(run.exit).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("gcm: Invalid value for option '--output'").doesNotContain("\tat ");
  }

  @Test
  void aBugExitsWithThreeAndAStackTrace() {
    StringWriter err = new StringWriter();

    int exit = Cli.failure(new IllegalStateException("broken invariant"), new PrintWriter(err));

    assertThat(exit).isEqualTo(3);
    assertThat(err.toString()).contains("gcm: internal error", "IllegalStateException: broken invariant", "\tat ");
  }

  @Test
  void aUserErrorIsOneLineWithoutStackTrace() {
    StringWriter err = new StringWriter();

    int exit = Cli.failure(new UserException("cannot read x.json: no such file"), new PrintWriter(err));

    assertThat(exit).isEqualTo(2);
    assertThat(err).hasToString("gcm: cannot read x.json: no such file\n");
  }
}

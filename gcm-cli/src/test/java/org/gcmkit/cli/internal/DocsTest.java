package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code docs/cli.md} describes every command, every option and every exit code of the command line. */
class DocsTest {

  private static final Path DOC = Path.of("..", "docs", "cli.md");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** The part of the document about one command, from its heading to the next. */
  private static String section(String command) throws IOException {
    String text = doc();
    int start = text.indexOf("\n## `gcm " + command + "`");
    assertThat(start).as("section of gcm %s", command).isNotNegative();
    int end = text.indexOf("\n## ", start + 4);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  private static CommandLine commandLine() {
    return Cli.commandLine(new Terminal(new ByteArrayOutputStream(), new ByteArrayOutputStream(), false));
  }

  @Test
  void everyCommandHasASection() throws IOException {
    for (String name : commandLine().getSubcommands().keySet()) {
      if (!name.equals("help")) {
        assertThat(section(name)).isNotEmpty();
      }
    }
  }

  @Test
  void everyOptionOfEveryCommandIsDescribedInItsSection() throws IOException {
    for (Map.Entry<String, CommandLine> command : commandLine().getSubcommands().entrySet()) {
      if (command.getKey().equals("help")) {
        continue;
      }
      String section = section(command.getKey());
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        assertThat(section).as("gcm %s", command.getKey()).contains("`" + option.longestName());
      }
    }
  }

  @Test
  void everyExitCodeOfTheHelpIsInTheTable() throws IOException {
    String doc = doc();

    for (String code : commandLine().getCommandSpec().usageMessage().exitCodeList().keySet()) {
      assertThat(doc).contains("\n| " + code.strip() + " | ");
    }
  }

  @Test
  void theCodesTheCommandMakesAreDocumented() throws IOException {
    assertThat(doc()).contains("`" + ValidateCommand.JSON_READ + "`", "`" + ValidateCommand.ICAL_LIMIT + "`");
  }
}

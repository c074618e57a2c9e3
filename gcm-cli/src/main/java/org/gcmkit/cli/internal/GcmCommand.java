package org.gcmkit.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: its subcommands, {@code --help} and {@code --version}. */
@Command(
    name = "gcm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
        "iCalendar feeds, JSON exports and validation of data of the Global Compact for Safe, Orderly and Regular "
            + "Migration (GCM) process. Without --data, feed and export use the embedded reference data set.",
        ""},
    subcommands = {FeedCommand.class, ExportCommand.class, ValidateCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done; validate: no file has an error",
        "1:validate: at least one error",
        "2:bad usage, or a file that cannot be read or written",
        "3:a bug in gcm"},
    footer = {"", "Data goes to standard output, messages to standard error. See docs/cli.md."})
final class GcmCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  GcmCommand() {}

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: feed, export or validate");
  }
}

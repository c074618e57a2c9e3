package org.gcmkit.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Objects;
import org.gcmkit.model.GcmException;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds and runs the picocli command line of {@code gcm}: commands, streams, error handling and exit codes. */
public final class Cli {

  private Cli() {}

  /**
   * Runs a command line and flushes the streams.
   *
   * @param terminal the streams
   * @param args the arguments
   * @return the exit code
   */
  public static int run(Terminal terminal, String... args) {
    int exit = commandLine(terminal).execute(args);
    terminal.flush();
    return exit;
  }

  /**
   * The command line of {@code gcm} writing to the given streams: help and data to standard output, messages to
   * standard error, user errors as one line without a stack trace.
   *
   * @param terminal the streams
   * @return the command line, ready to {@link CommandLine#execute(String...) execute}
   */
  public static CommandLine commandLine(Terminal terminal) {
    Objects.requireNonNull(terminal, "terminal");
    CommandLine cl = new CommandLine(new GcmCommand(), factory(terminal));
    cl.setOut(terminal.outText());
    cl.setErr(terminal.err());
    cl.setColorScheme(Help.defaultColorScheme(terminal.interactive() ? Help.Ansi.AUTO : Help.Ansi.OFF));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Cli::usageError);
    cl.setExecutionExceptionHandler((e, command, parseResult) -> failure(e, command.getErr()));
    return cl;
  }

  private static IFactory factory(Terminal terminal) {
    IFactory defaults = CommandLine.defaultFactory();
    return new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == FeedCommand.class) {
          return type.cast(new FeedCommand(terminal));
        }
        if (type == ExportCommand.class) {
          return type.cast(new ExportCommand(terminal));
        }
        if (type == ValidateCommand.class) {
          return type.cast(new ValidateCommand(terminal));
        }
        return defaults.create(type);
      }
    };
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.print("gcm: " + e.getMessage() + "\n");
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.\n");
    err.flush();
    return ExitCodes.USAGE_OR_IO;
  }

  /**
   * Reports an exception of a command: a user error (bad input, I/O) as one line and exit code 2, anything else as a
   * bug with its stack trace and exit code 3.
   *
   * @param e the exception
   * @param err standard error
   * @return the exit code
   */
  static int failure(Exception e, PrintWriter err) {
    if (e instanceof UserException || e instanceof GcmException) {
      err.print("gcm: " + e.getMessage() + "\n");
    } else if (e instanceof UncheckedIOException u) {
      err.print("gcm: " + message(u) + "\n");
    } else if (e instanceof IOException io) {
      err.print("gcm: " + reason(io) + "\n");
    } else {
      err.print("gcm: internal error, please report it with the command line that caused it\n");
      e.printStackTrace(err);
      err.flush();
      return ExitCodes.INTERNAL;
    }
    err.flush();
    return ExitCodes.USAGE_OR_IO;
  }

  private static String message(UncheckedIOException e) {
    String own = e.getMessage();
    String cause = reason(e.getCause());
    return own == null || own.equals(e.getCause().toString()) ? cause : own + ": " + cause;
  }

  /**
   * What an I/O exception means, in words: {@code "no such file"}, {@code "permission denied"}, the file system's
   * reason or the exception's message.
   *
   * @param e the exception
   * @return the reason
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}

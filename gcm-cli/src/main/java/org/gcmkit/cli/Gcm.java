package org.gcmkit.cli;

import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gcmkit.cli.internal.Cli;
import org.gcmkit.cli.internal.Terminal;

/**
 * The {@code gcm} command: {@code feed}, {@code export} and {@code validate}. Data goes to the output stream, messages
 * to the error stream, and the exit code says how it went:
 *
 * <ul>
 *   <li>{@code 0}: done; for {@code validate}, no file has an error (warnings allowed);
 *   <li>{@code 1}: {@code validate} found at least one error;
 *   <li>{@code 2}: bad usage (an unknown option, a bad value) or a file that cannot be read or written;
 *   <li>{@code 3}: a bug in gcm (the only case with a stack trace).
 * </ul>
 *
 * <pre>{@code
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * int exit = Gcm.run(out, System.err, "feed", "--region", "africa");   // out holds the iCalendar feed
 * }</pre>
 *
 * <p>See {@code docs/cli.md} for every command and option.
 *
 * @since 0.1
 */
public final class Gcm {

  /** Held so that its level stays set: Hibernate Validator announces its version at INFO on first use. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private Gcm() {}

  /**
   * Runs {@code gcm} with the process's standard streams and exits the JVM with the command's exit code. Library
   * log messages below WARNING are not shown.
   *
   * @param args the command line, for example {@code feed -o gcm.ics}
   * @since 0.1
   */
  public static void main(String... args) {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    int exit = Cli.run(new Terminal(System.out, System.err, Terminal.isStandardErrorATerminal()), args);
    System.exit(exit);
  }

  /**
   * Runs {@code gcm} in this JVM with the given streams, without exiting. Both streams are flushed, not closed; no
   * progress indicator is shown.
   *
   * @param out receives the data: a feed, a JSON document, validation findings, help text
   * @param err receives messages: errors, warnings of the input, progress
   * @param args the command line, for example {@code validate data.json}
   * @return the exit code: 0 done, 1 validation errors, 2 bad usage or unreadable input, 3 a bug
   * @since 0.1
   */
  public static int run(OutputStream out, OutputStream err, String... args) {
    return Cli.run(new Terminal(out, err, false), args);
  }
}

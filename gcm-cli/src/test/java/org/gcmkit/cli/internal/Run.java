package org.gcmkit.cli.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of {@code gcm} through picocli's {@code CommandLine.execute}, with its output captured. */
final class Run {

  final int exit;
  final byte[] out;
  final String err;

  private Run(int exit, byte[] out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  /** Runs a command line on a terminal that is not interactive. */
  static Run gcm(String... args) {
    return on(false, 8L << 20, args);
  }

  /** Runs a command line on a terminal that may be interactive, with the given progress threshold. */
  static Run on(boolean interactive, long progressThreshold, String... args) {
    return on(interactive, progressThreshold, Long.MAX_VALUE, args);
  }

  /** Runs a command line with the size up to which iCalendar files are validated as a whole. */
  static Run on(boolean interactive, long progressThreshold, long wholeFileLimit, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = new Terminal(out, err, interactive, progressThreshold, wholeFileLimit);
    int exit = Cli.commandLine(terminal).execute(args);
    terminal.flush();
    return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  String out() {
    return new String(out, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out() + "\n--- err\n" + err;
  }
}

package org.gcmkit.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The streams of one run of {@code gcm}: data to {@link #out()}, messages to {@link #err()}, and whether the error
 * stream is a terminal (then large inputs show progress). Text is UTF-8 with {@code \n} line ends. Closing a stream
 * handed out here flushes it but never closes the underlying stream.
 */
public final class Terminal {

  private final OutputStream out;
  private final PrintWriter outText;
  private final PrintWriter err;
  private final boolean interactive;
  private final long progressThreshold;
  private final long wholeFileLimit;

  /**
   * The streams of a run.
   *
   * @param out standard output, for data
   * @param err standard error, for messages
   * @param interactive whether standard error is a terminal
   */
  public Terminal(OutputStream out, OutputStream err, boolean interactive) {
    this(out, err, interactive, 8L << 20, Runtime.getRuntime().maxMemory() / 24);
  }

  /**
   * The streams of a run, with the file size from which reading shows progress on an interactive terminal.
   *
   * @param out standard output, for data
   * @param err standard error, for messages
   * @param interactive whether standard error is a terminal
   * @param progressThreshold the size in bytes from which a file shows progress
   * @param wholeFileLimit the size in bytes up to which an iCalendar file is validated as a whole
   */
  Terminal(OutputStream out, OutputStream err, boolean interactive, long progressThreshold, long wholeFileLimit) {
    this.progressThreshold = progressThreshold;
    this.wholeFileLimit = wholeFileLimit;
    this.out = new Unclosable(Objects.requireNonNull(out, "out"));
    this.outText = new PrintWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8), false);
    this.err = new PrintWriter(new OutputStreamWriter(new Unclosable(Objects.requireNonNull(err, "err")),
        StandardCharsets.UTF_8), true);
    this.interactive = interactive;
  }

  /**
   * Whether this process's standard error is a terminal. Java 17 can only ask whether the process has a console
   * (standard input and output both terminals), so on Linux the target of file descriptor 2 is read from {@code
   * /proc}: a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}) means a person watches standard error even when
   * standard output goes to a file ({@code gcm validate big.ics > report.txt}). Elsewhere the console is the answer.
   *
   * @return {@code true} when progress shown on standard error would be seen
   */
  public static boolean isStandardErrorATerminal() {
    return isTerminalDevice(Path.of("/proc/self/fd/2")).orElseGet(() -> System.console() != null);
  }

  /**
   * Whether a file descriptor link points at a terminal device; empty when that cannot be told.
   *
   * @param descriptor a link such as {@code /proc/self/fd/2}
   * @return whether it names a terminal, or empty without such a link
   */
  static Optional<Boolean> isTerminalDevice(Path descriptor) {
    if (!Files.isSymbolicLink(descriptor)) {
      return Optional.empty();
    }
    try {
      String target = Files.readSymbolicLink(descriptor).toString();
      return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"));
    } catch (IOException e) {
      // the link vanished between the two calls: nothing can be told
      return Optional.empty();
    }
  }

  /**
   * Standard output as bytes, for feeds and documents. Flush {@link #outText()} before writing here.
   *
   * @return the stream; closing it only flushes
   */
  public OutputStream out() {
    return out;
  }

  /**
   * Standard output as text.
   *
   * @return the writer, not flushed automatically
   */
  public PrintWriter outText() {
    return outText;
  }

  /**
   * Standard error as text, flushed at each line.
   *
   * @return the writer
   */
  public PrintWriter err() {
    return err;
  }

  /**
   * Whether standard error is a terminal, where a progress indicator helps rather than clutters.
   *
   * @return {@code true} when interactive
   */
  public boolean interactive() {
    return interactive;
  }

  /**
   * Files of at least this size show a progress indicator while they are read, on an interactive terminal.
   *
   * @return the size in bytes
   */
  long progressThreshold() {
    return progressThreshold;
  }

  /**
   * The size up to which an iCalendar file is imported as a whole, so that the rules across its events run; larger
   * files are validated one event at a time in constant memory. A 24th of the heap: importing takes about 15 bytes
   * of heap per byte of file.
   *
   * @return the size in bytes
   */
  long wholeFileLimit() {
    return wholeFileLimit;
  }

  /** Flushes both streams. */
  void flush() {
    outText.flush();
    err.flush();
    try {
      out.flush();
    } catch (IOException e) {
      err.print("gcm: cannot write to standard output: " + e.getMessage() + "\n");
      err.flush();
    }
  }

  /** A stream whose {@link #close()} flushes and leaves the underlying stream open. */
  private static final class Unclosable extends FilterOutputStream {

    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

package org.gcmkit.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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

  /**
   * The streams of a run.
   *
   * @param out standard output, for data
   * @param err standard error, for messages
   * @param interactive whether standard error is a terminal
   */
  public Terminal(OutputStream out, OutputStream err, boolean interactive) {
    this(out, err, interactive, 8L << 20);
  }

  /**
   * The streams of a run, with the file size from which reading shows progress on an interactive terminal.
   *
   * @param out standard output, for data
   * @param err standard error, for messages
   * @param interactive whether standard error is a terminal
   * @param progressThreshold the size in bytes from which a file shows progress
   */
  Terminal(OutputStream out, OutputStream err, boolean interactive, long progressThreshold) {
    this.progressThreshold = progressThreshold;
    this.out = new Unclosable(Objects.requireNonNull(out, "out"));
    this.outText = new PrintWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8), false);
    this.err = new PrintWriter(new OutputStreamWriter(new Unclosable(Objects.requireNonNull(err, "err")),
        StandardCharsets.UTF_8), true);
    this.interactive = interactive;
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

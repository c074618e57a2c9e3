package org.gcmkit.cli.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * A progress indicator on standard error for reading a large file: {@code "\rvalidating FILE: 42%"}, rewritten in
 * place when the percentage changes, and erased at the end. Shown only when standard error is a terminal.
 */
final class Progress extends FilterInputStream {

  private final PrintWriter err;
  private final String label;
  private final long size;
  private long read;
  private int shown = -1;

  /**
   * Counts the bytes read from a stream.
   *
   * @param in the file's bytes
   * @param err where to show the progress
   * @param label for example {@code "validating big.ics"}
   * @param size the file's size in bytes, more than 0
   */
  Progress(InputStream in, PrintWriter err, String label, long size) {
    super(in);
    this.err = err;
    this.label = label;
    this.size = size;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(int n) {
    read += n;
    int percent = (int) Math.min(100, read * 100 / size);
    if (percent != shown) {
      shown = percent;
      err.print("\r" + label + ": " + percent + "%");
      err.flush();
    }
  }

  /** Erases the indicator, so that what follows starts on a clean line. */
  void clear() {
    if (shown >= 0) {
      err.print("\r" + " ".repeat(label.length() + 6) + "\r");
      err.flush();
      shown = -1;
    }
  }
}

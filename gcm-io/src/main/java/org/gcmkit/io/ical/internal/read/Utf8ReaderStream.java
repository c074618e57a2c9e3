package org.gcmkit.io.ical.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Encodes the characters of a {@link Reader} as UTF-8 bytes, a buffer at a time. */
public final class Utf8ReaderStream extends InputStream {

  private final Reader reader;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 8);
  private boolean eof;

  /**
   * A stream over a reader.
   *
   * @param reader the characters
   */
  public Utf8ReaderStream(Reader reader) {
    this.reader = reader;
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (!bytes.hasRemaining()) {
      if (eof) {
        return -1;
      }
      int n = reader.read(chars);
      bytes.clear();
      chars.flip();
      if (n < 0) {
        eof = true;
        encoder.encode(chars, bytes, true);
        encoder.flush(bytes);
      } else {
        encoder.encode(chars, bytes, false);
      }
      chars.compact();
      bytes.flip();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

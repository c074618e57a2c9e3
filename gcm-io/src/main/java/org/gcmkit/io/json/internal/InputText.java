package org.gcmkit.io.json.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * A document held in memory as UTF-8 bytes or as characters, with its name, so that positions can be given in the
 * units an editor uses: lines from 1 and columns in Unicode code points from 1. Jackson counts columns in bytes for
 * byte input and in UTF-16 units for character input; this class recounts them from the text of the line.
 *
 * <p>Positions asked for in increasing order (as a reader records them) are counted incrementally, so recording a
 * position for every value of a one-line document costs linear, not quadratic, time.
 */
public final class InputText {

  private final String name;
  private final byte @Nullable [] bytes;
  private final @Nullable String chars;

  private long cursorLineStart = -1;
  private long cursorOffset;
  private int cursorColumn;

  private InputText(String name, byte @Nullable [] bytes, @Nullable String chars) {
    this.name = name;
    this.bytes = bytes;
    this.chars = chars;
  }

  /**
   * A document of UTF-8 bytes.
   *
   * @param name the source name
   * @param bytes the bytes
   * @return the input
   */
  public static InputText ofBytes(String name, byte[] bytes) {
    return new InputText(name, bytes, null);
  }

  /**
   * A document of characters.
   *
   * @param name the source name
   * @param chars the text
   * @return the input
   */
  public static InputText ofChars(String name, String chars) {
    return new InputText(name, null, chars);
  }

  /**
   * A document that is not text (a tree of nodes): positions have no line or column.
   *
   * @param name the source name
   * @return the input
   */
  public static InputText ofTree(String name) {
    return new InputText(name, null, null);
  }

  /**
   * The source name.
   *
   * @return the name, possibly empty
   */
  public String name() {
    return name;
  }

  /**
   * The bytes, for byte input.
   *
   * @return the bytes, or {@code null}
   */
  public byte @Nullable [] bytes() {
    return bytes;
  }

  /**
   * The text, for character input.
   *
   * @return the text, or {@code null}
   */
  public @Nullable String chars() {
    return chars;
  }

  /**
   * The line of a location.
   *
   * @param loc a location Jackson reported
   * @return the line from 1, or 0 when unknown
   */
  public int line(@Nullable TokenStreamLocation loc) {
    if (loc == null || (bytes == null && chars == null)) {
      return 0;
    }
    return Math.max(0, loc.getLineNr());
  }

  /**
   * The column of a location in code points.
   *
   * @param loc a location Jackson reported
   * @return the column from 1, or 0 when unknown
   */
  public int column(@Nullable TokenStreamLocation loc) {
    if (loc == null || (bytes == null && chars == null)) {
      return 0;
    }
    int units = loc.getColumnNr();
    long offset = offset(loc);
    if (units < 1 || offset < 0 || offset > length()) {
      return Math.max(0, units);
    }
    long lineStart = offset - (units - 1);
    if (lineStart < 0) {
      return units;
    }
    long from = lineStart;
    int column = 1;
    if (lineStart == cursorLineStart && offset >= cursorOffset) {
      from = cursorOffset;
      column = cursorColumn;
    }
    column += codePoints(from, offset);
    cursorLineStart = lineStart;
    cursorOffset = offset;
    cursorColumn = column;
    return column;
  }

  /**
   * The column of a character inside a string value.
   *
   * @param loc the location of the string's opening quote
   * @param index the index, in UTF-16 units of the decoded string, of the character
   * @return the column in code points from 1, or the column of the string when it cannot be worked out
   */
  public int columnInString(@Nullable TokenStreamLocation loc, int index) {
    int column = column(loc);
    if (column == 0 || index < 0) {
      return column;
    }
    long pos = offset(loc);
    if (pos < 0 || pos >= length() || unit(pos) != '"') {
      return column;
    }
    pos++;
    column++;
    int decoded = 0;
    long end = length();
    while (decoded < index && pos < end) {
      int c = unit(pos);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        int width = pos + 1 < end && unit(pos + 1) == 'u' ? 6 : 2;
        pos += width;
        column += width;
        decoded++;
      } else {
        int[] step = step(pos);
        pos += step[0];
        decoded += step[1];
        column++;
      }
    }
    return column;
  }

  /**
   * The column of the opening quote of the string that ends just before a location: the start of a property name
   * when Jackson reports the position after it.
   *
   * @param loc a location right after a closing quote
   * @return the column of the opening quote, or the column of the location when there is no string before it
   */
  public int columnOfStringBefore(@Nullable TokenStreamLocation loc) {
    int column = column(loc);
    long offset = offset(loc);
    if (column == 0 || offset < 2 || offset > length() || unit(offset - 1) != '"') {
      return column;
    }
    for (long pos = offset - 2; pos >= 0; pos--) {
      int c = unit(pos);
      if (c == '\n') {
        return column;
      }
      if (c == '"') {
        int backslashes = 0;
        for (long b = pos - 1; b >= 0 && unit(b) == '\\'; b--) {
          backslashes++;
        }
        if (backslashes % 2 == 0) {
          return column - codePoints(pos, offset);
        }
      }
    }
    return column;
  }

  private long offset(@Nullable TokenStreamLocation loc) {
    if (loc == null) {
      return -1;
    }
    return bytes != null ? loc.getByteOffset() : loc.getCharOffset();
  }

  private long length() {
    return bytes != null ? bytes.length : chars == null ? 0 : chars.length();
  }

  private int unit(long pos) {
    return bytes != null ? bytes[(int) pos] & 0xff : chars.charAt((int) pos);
  }

  /** The input units and UTF-16 units of the code point at a position. */
  private int[] step(long pos) {
    int c = unit(pos);
    if (bytes != null) {
      if (c < 0x80) {
        return new int[] {1, 1};
      } else if (c >= 0xf0) {
        return new int[] {4, 2};
      } else if (c >= 0xe0) {
        return new int[] {3, 1};
      }
      return new int[] {2, 1};
    }
    if (Character.isHighSurrogate((char) c) && pos + 1 < length() && Character.isLowSurrogate((char) unit(pos + 1))) {
      return new int[] {2, 2};
    }
    return new int[] {1, 1};
  }

  private int codePoints(long from, long to) {
    int n = 0;
    if (bytes != null) {
      for (long i = from; i < to; i++) {
        if ((bytes[(int) i] & 0xc0) != 0x80) {
          n++;
        }
      }
    } else {
      for (long i = from; i < to; i++) {
        if (!Character.isLowSurrogate(chars.charAt((int) i))
            || i == from
            || !Character.isHighSurrogate(chars.charAt((int) i - 1))) {
          n++;
        }
      }
    }
    return n;
  }
}

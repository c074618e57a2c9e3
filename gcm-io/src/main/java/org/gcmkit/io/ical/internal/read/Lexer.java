package org.gcmkit.io.ical.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.gcmkit.io.ical.ICalFindingCode;
import org.jspecify.annotations.Nullable;

/**
 * Bytes to unfolded content lines (RFC 5545 section 3.1), in one pass with constant memory per line.
 *
 * <p>Decodes UTF-8 itself (ASCII fast path, invalid sequences replaced by U+FFFD and reported), accepts CRLF, LF and
 * CR line ends, unfolds continuation lines that start with a space or a tab, skips blank lines, and splits each line
 * into name, parameters (quoted values, lists, RFC 6868 caret escapes) and raw value, keeping the physical line and
 * column of each. No regular expressions. Problems go to {@link Diagnostics}; lines that are not content lines go to
 * {@link Sink#malformed}, which decides whether they continue the previous property (bad folding).
 */
public final class Lexer {

  /** Receives content lines. */
  public interface Sink {
    /**
     * A content line; valid only during the call.
     *
     * @param line the line
     */
    void line(ContentLine line);

    /**
     * A physical line that is not a content line.
     *
     * @param text the line's text
     * @param line its physical line
     * @param reason why it is not a content line
     */
    void malformed(String text, int line, String reason);
  }

  /** Receives problems with their position. */
  public interface Diagnostics {
    /**
     * One problem.
     *
     * @param code the code
     * @param line physical line
     * @param column column in code points
     * @param message what is wrong
     * @param hint how to fix it, or {@code null}
     */
    void report(ICalFindingCode code, int line, int column, String message, @Nullable String hint);
  }

  private static final int BUFFER = 1 << 16;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_7_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final int MAX_OCTETS = 75;

  private final InputStream in;
  private final Sink sink;
  private final Diagnostics diag;
  private final int maxLineLength;
  private final ContentLine cl = new ContentLine();
  private final NameTable names = NameTable.forNames();
  private final NameTable paramValues = NameTable.forValues();

  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;

  /**
   * The unfolded line as UTF-8: the bytes read, with U+FFFD for invalid sequences and without the removed control
   * characters. Values are handed on as these bytes; only the name and parameters are decoded to characters.
   */
  private byte[] ub = new byte[512];
  private int blen;
  /** The line's characters, decoded from {@link #ub} on demand: the first {@link #decodedChars} are valid. */
  private char[] lb = new char[256];
  /** The number of characters of the line (UTF-16 units), counted as the bytes are read. */
  private int len;
  private int decodedChars;
  private int decodedBytes;
  private boolean surrogates;
  private int[] folds = new int[12];
  private int foldCount;

  private int physLine = 1;
  private int octets;
  private boolean sawLf;
  private boolean sawCrLf;
  private boolean reportedMixed;
  private long lines;

  /**
   * A lexer.
   *
   * @param in the bytes, read to the end but not closed
   * @param sink receives the lines
   * @param diag receives problems
   * @param maxLineLength the longest unfolded line accepted, in characters
   */
  public Lexer(InputStream in, Sink sink, Diagnostics diag, int maxLineLength) {
    this.in = in;
    this.sink = sink;
    this.diag = diag;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Whether the input starts with a UTF-16 byte order mark. Reads ahead without consuming.
   *
   * @param in a stream that supports mark/reset
   * @return {@code true} for FE FF or FF FE
   * @throws IOException if reading fails
   */
  public static boolean startsWithUtf16Bom(InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE;
  }

  /**
   * Reads the whole input.
   *
   * @throws UncheckedIOException if reading fails
   * @throws LineTooLongException if an unfolded line exceeds the limit
   */
  public void run() {
    while (step()) {
      // each step hands one line to the sink
    }
  }

  private boolean started;

  /**
   * Reads the next logical line (or skips a blank one) and hands it to the sink.
   *
   * @return {@code false} at the end of the input
   * @throws UncheckedIOException if reading fails
   * @throws LineTooLongException if an unfolded line exceeds the limit
   */
  public boolean step() {
    if (!started) {
      started = true;
      fill();
      if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
        pos += 3;
        diag.report(
            ICalFindingCode.BOM,
            1,
            1,
            "the file starts with a UTF-8 byte order mark",
            "save the file as UTF-8 without BOM; RFC 5545 does not use one");
      }
    }
    int b = peek();
    if (b < 0) {
      return false;
    }
    if (b == '\r' || b == '\n') {
      blankLine();
      return true;
    }
    len = 0;
    blen = 0;
    decodedChars = 0;
    decodedBytes = 0;
    foldCount = 0;
    surrogates = false;
    int startLine = physLine;
    if (b == ' ' || b == '\t') {
      // whitespace where a name should start: a continuation without a line to continue
      pos++;
      addFold(0, physLine, 2);
      readPhysicalLine();
      String text = lineText();
      sink.malformed(text, startLine, "the line starts with whitespace but there is no line before it to continue");
      return true;
    }
    addFold(0, startLine, 1);
    readPhysicalLine();
    while (true) {
      int c = peek();
      if (c == ' ' || c == '\t') {
        pos++;
        addFold(len, physLine, 2);
        readPhysicalLine();
      } else if (c == '\r' || c == '\n') {
        blankLine();
      } else {
        break;
      }
    }
    lines++;
    parseLine(startLine);
    return true;
  }

  /**
   * The number of logical lines read so far.
   *
   * @return the count
   */
  public long lineCount() {
    return lines;
  }

  private void blankLine() {
    int line = physLine;
    octets = 0;
    lineEnd();
    diag.report(
        ICalFindingCode.BLANK_LINE,
        line,
        1,
        "empty line; RFC 5545 does not allow empty lines in a calendar",
        "remove the empty line");
  }

  /** Consumes the line end at the current position of an empty line. */
  private void lineEnd() {
    int b = peek();
    if (b == '\r') {
      pos++;
      if (peek() == '\n') {
        pos++;
        sawCrLf = true;
      } else {
        diag.report(
            ICalFindingCode.BARE_CR,
            physLine,
            1,
            "line " + physLine + " ends with CR alone; it is taken as a line end",
            "save the file with CRLF line ends");
      }
    } else if (b == '\n') {
      pos++;
      if (!sawLf) {
        sawLf = true;
        diag.report(
            ICalFindingCode.BARE_LF,
            physLine,
            1,
            "line " + physLine + " ends with LF alone; RFC 5545 requires CRLF (reported once per file)",
            "save the file with CRLF line ends");
      }
    }
    mixed();
    physLine++;
  }

  private void addFold(int offset, int line, int col) {
    if (foldCount + 3 > folds.length) {
      folds = Arrays.copyOf(folds, folds.length * 2);
    }
    folds[foldCount++] = offset;
    folds[foldCount++] = line;
    folds[foldCount++] = col;
  }

  private int peek() {
    if (pos >= limit && !fill()) {
      return -1;
    }
    return buf[pos] & 0xFF;
  }

  /** Makes sure at least {@code n} bytes are buffered unless the input ends; compacts the buffer. */
  private boolean fill() {
    if (eof) {
      return pos < limit;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    try {
      while (limit < buf.length) {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          eof = true;
          break;
        }
        if (n == 0) {
          continue;
        }
        limit += n;
        if (limit - pos >= 4) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pos < limit;
  }

  /**
   * Makes room for {@code more} characters in the character buffer (decoded on demand, but sized with the line), and
   * for as many single bytes as that buffer has room for characters; a multi-byte character asks for its bytes
   * itself.
   */
  private void ensureCapacity(int more) {
    int need = len + more;
    if (need > lb.length) {
      int n = Math.max(need, (int) Math.min(lb.length * 2L, maxLineLength + 16L));
      if (n < need) {
        n = need;
      }
      lb = Arrays.copyOf(lb, n);
    }
    ensureBytes(lb.length - len);
  }

  private void ensureBytes(int more) {
    if (blen + more > ub.length) {
      ub = Arrays.copyOf(ub, Math.max(ub.length * 2, blen + more));
    }
  }

  private void checkLength() {
    if (len > maxLineLength) {
      throw new LineTooLongException(physLine, maxLineLength);
    }
  }

  /** Appends the rest of the physical line to the line buffer and consumes its line end. */
  private void readPhysicalLine() {
    octets = 0;
    while (true) {
      if (pos >= limit && !fill()) {
        checkOctets();
        return; // end of input ends the line
      }
      // fast path: printable ASCII eight bytes at a time, and well-formed two- and three-byte characters
      int p = pos;
      int lim = limit;
      ensureCapacity((int) Math.max(1, Math.min(lim - p, maxLineLength + 1L - len)) + 2);
      byte[] u = ub;
      int m = blen;
      int n = len;
      // each byte makes at most one character, and the byte buffer has room for as many bytes as lb for characters
      int stop = Math.min(lim, p + (lb.length - 2 - len));
      byte[] b = buf;
      while (p < stop) {
        while (p + 8 <= stop) {
          long w = (long) LONGS.get(b, p);
          if (!printableAscii(w)) {
            break;
          }
          LONGS.set(u, m, w);
          p += 8;
          m += 8;
          n += 8;
        }
        byte x = 0;
        while (p < stop) {
          x = b[p];
          if (x < 0x20 || x == 0x7F) {
            break;
          }
          u[m++] = x;
          p++;
          n++;
        }
        if (p >= stop || x >= 0) {
          break; // the end, or a line end, tab or control character
        }
        int b0 = x & 0xFF;
        if (b0 >= 0xC2 && b0 <= 0xDF && p + 1 < stop && (b[p + 1] & 0xC0) == 0x80) {
          u[m] = x;
          u[m + 1] = b[p + 1];
          p += 2;
          m += 2;
          n++;
        } else if (b0 >= 0xE0 && b0 <= 0xEF && p + 2 < stop && (b[p + 1] & 0xC0) == 0x80
            && (b[p + 2] & 0xC0) == 0x80 && !(b0 == 0xE0 && (b[p + 1] & 0xFF) < 0xA0)
            && !(b0 == 0xED && (b[p + 1] & 0xFF) > 0x9F)) {
          u[m] = x;
          u[m + 1] = b[p + 1];
          u[m + 2] = b[p + 2];
          p += 3;
          m += 3;
          n++;
        } else {
          break; // four bytes, invalid, or cut by the end of the buffer: decodeMultiByte
        }
      }
      octets += p - pos;
      len = n;
      pos = p;
      blen = m;
      checkLength();
      if (p >= stop) {
        continue; // the end of the buffered input, or of the room in the line buffers
      }
      int x = b[p];
      if (x == '\n') {
        pos++;
        if (!sawLf) {
          sawLf = true;
          diag.report(
              ICalFindingCode.BARE_LF,
              physLine,
              columnOfEnd(),
              "line " + physLine + " ends with LF alone; RFC 5545 requires CRLF (reported once per file)",
              "save the file with CRLF line ends");
        }
        mixed();
        checkOctets();
        physLine++;
        return;
      }
      if (x == '\r') {
        pos++;
        if (peek() == '\n') {
          pos++;
          sawCrLf = true;
          mixed();
        } else {
          diag.report(
              ICalFindingCode.BARE_CR,
              physLine,
              columnOfEnd(),
              "line " + physLine + " ends with CR alone; it is taken as a line end",
              "save the file with CRLF line ends");
        }
        checkOctets();
        physLine++;
        return;
      }
      if (x == '\t') {
        len++;
        ub[blen++] = '\t';
        pos++;
        octets++;
        continue;
      }
      if (x < 0) {
        decodeMultiByte();
        continue;
      }
      // other control characters
      diag.report(
          ICalFindingCode.CONTROL_CHAR,
          physLine,
          columnOfEnd(),
          String.format("control character U+%04X in line %d; it is removed", x, physLine),
          "remove the character; only TAB is allowed in content lines");
      pos++;
      octets++;
    }
  }

  /**
   * Whether eight bytes are all printable ASCII (0x20 to 0x7E). Per byte, in its high bit: set when the byte is not
   * ASCII; adding 0x60 to its low seven bits sets it when they are at least 0x20; adding 0x01 sets it when they are
   * 0x7F (no carry crosses into the next byte).
   */
  private static boolean printableAscii(long w) {
    long low = w & LOW_7_BITS;
    return ((w | ~(low + 0x6060606060606060L) | low + 0x0101010101010101L) & HIGH_BITS) == 0;
  }

  private void mixed() {
    if (sawLf && sawCrLf && !reportedMixed) {
      reportedMixed = true;
      diag.report(
          ICalFindingCode.BARE_LF,
          physLine,
          1,
          "the file mixes CRLF and LF line ends",
          "save the file with CRLF line ends throughout");
    }
  }

  private void checkOctets() {
    if (octets > MAX_OCTETS) {
      diag.report(
          ICalFindingCode.LINE_TOO_LONG,
          physLine,
          1,
          "line " + physLine + " is " + octets + " octets long; RFC 5545 says lines SHOULD NOT exceed 75 octets",
          "fold long lines: break them and start each continuation with a space");
    }
  }

  /** Column of the next character to be appended, in code points. */
  private int columnOfEnd() {
    int segOffset = folds[foldCount - 3];
    int col = folds[foldCount - 1];
    if (surrogates) {
      decodeBytes(blen);
    }
    return col + (surrogates ? Character.codePointCount(lb, segOffset, len - segOffset) : len - segOffset);
  }

  private void decodeMultiByte() {
    if (limit - pos < 4) {
      fill();
    }
    int b0 = buf[pos] & 0xFF;
    int avail = limit - pos;
    int cp = -1;
    int n = 1;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      if (avail >= 2 && cont(pos + 1)) {
        cp = (b0 & 0x1F) << 6 | buf[pos + 1] & 0x3F;
        n = 2;
      }
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      if (avail >= 3 && cont(pos + 1) && cont(pos + 2)) {
        int b1 = buf[pos + 1] & 0xFF;
        if (!(b0 == 0xE0 && b1 < 0xA0) && !(b0 == 0xED && b1 > 0x9F)) {
          cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | buf[pos + 2] & 0x3F;
          n = 3;
        }
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      if (avail >= 4 && cont(pos + 1) && cont(pos + 2) && cont(pos + 3)) {
        int b1 = buf[pos + 1] & 0xFF;
        if (!(b0 == 0xF0 && b1 < 0x90) && !(b0 == 0xF4 && b1 > 0x8F)) {
          cp = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (buf[pos + 2] & 0x3F) << 6 | buf[pos + 3] & 0x3F;
          n = 4;
        }
      }
    }
    ensureCapacity(2);
    ensureBytes(4);
    if (cp < 0) {
      diag.report(
          ICalFindingCode.INVALID_UTF8,
          physLine,
          columnOfEnd(),
          String.format("byte 0x%02X in line %d is not valid UTF-8; it is replaced by U+FFFD", b0, physLine),
          "save the file as UTF-8; RFC 5545 calendars are UTF-8");
      len++;
      ub[blen++] = (byte) 0xEF;
      ub[blen++] = (byte) 0xBF;
      ub[blen++] = (byte) 0xBD;
      pos++;
      octets++;
      return;
    }
    if (cp >= 0x10000) {
      len += 2;
      surrogates = true;
    } else {
      len++;
    }
    System.arraycopy(buf, pos, ub, blen, n);
    blen += n;
    pos += n;
    octets += n;
    checkLength();
  }

  private boolean cont(int i) {
    return (buf[i] & 0xC0) == 0x80;
  }

  /**
   * Decodes the line's bytes up to a byte index into {@link #lb} (continuing where the last call stopped; the bytes
   * are valid UTF-8, the reader having replaced invalid sequences).
   */
  private void decodeBytes(int to) {
    byte[] u = ub;
    char[] l = lb;
    int i = decodedBytes;
    int k = decodedChars;
    while (i < to) {
      int b0 = u[i];
      if (b0 >= 0) {
        l[k++] = (char) b0;
        i++;
      } else if ((b0 & 0xE0) == 0xC0) {
        l[k++] = (char) ((b0 & 0x1F) << 6 | u[i + 1] & 0x3F);
        i += 2;
      } else if ((b0 & 0xF0) == 0xE0) {
        l[k++] = (char) ((b0 & 0x0F) << 12 | (u[i + 1] & 0x3F) << 6 | u[i + 2] & 0x3F);
        i += 3;
      } else {
        int cp = (b0 & 0x07) << 18 | (u[i + 1] & 0x3F) << 12 | (u[i + 2] & 0x3F) << 6 | u[i + 3] & 0x3F;
        l[k++] = Character.highSurrogate(cp);
        l[k++] = Character.lowSurrogate(cp);
        i += 4;
      }
    }
    decodedBytes = i;
    decodedChars = k;
  }

  /** Decodes the line up to at least a character index (or to its end). */
  private void decodeChars(int to) {
    while (decodedChars < to && decodedBytes < blen) {
      decodeBytes(Math.min(blen, decodedBytes + (to - decodedChars)));
    }
  }

  /** The whole line as a string. */
  private String lineText() {
    decodeBytes(blen);
    return new String(lb, 0, len);
  }

  /**
   * Where the name and parameters end: the index of the first ':' byte with an even number of '"' before it (the
   * colon before the value), or the end of the line when there is none (then the whole line is decoded). The
   * parameter parser reads no further: it leaves a quoted value only at a '"' and recovers from a stray '"' by
   * skipping to the next ':' or ';' outside quotes, which keeps it in step with the count of '"'; a quoted value
   * that is never closed has only colons after an odd number of '"', so there the whole line is decoded.
   */
  private int prefixEnd() {
    byte[] u = ub;
    int n = blen;
    boolean quoted = false;
    for (int i = 0; i < n; i++) {
      byte b = u[i];
      if (b == '"') {
        quoted = !quoted;
      } else if (b == ':' && !quoted) {
        return i + 1;
      }
    }
    return n;
  }

  private int[] position(int offset) {
    decodeChars(offset);
    int segIdx = 0;
    for (int i = 3; i < foldCount; i += 3) {
      if (folds[i] <= offset) {
        segIdx = i;
      } else {
        break;
      }
    }
    int segOffset = folds[segIdx];
    int col =
        folds[segIdx + 2]
            + (surrogates ? Character.codePointCount(lb, segOffset, offset - segOffset) : offset - segOffset);
    return new int[] {folds[segIdx + 1], col};
  }

  private static boolean nameChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
  }

  private void parseLine(int startLine) {
    decodeBytes(prefixEnd());
    char[] l = lb;
    int n = len;
    int i = 0;
    while (i < n && nameChar(l[i])) {
      i++;
    }
    if (i == 0 || i == n || l[i] != ';' && l[i] != ':') {
      String why =
          i == 0
              ? "it does not start with a property name"
              : i == n ? "it has no ':' between name and value" : "the name contains '" + l[i] + "'";
      sink.malformed(lineText(), startLine, why);
      return;
    }
    ContentLine c = cl;
    c.name = name(l, 0, i, 0);
    c.line = folds[1];
    c.column = folds[2];
    c.paramCount = 0;
    while (i < n && l[i] == ';') {
      i = parseParam(i + 1);
    }
    if (i >= n) {
      sink.malformed(lineText(), startLine, "it has no ':' between name and value");
      return;
    }
    // l[i] == ':'
    int vs = i + 1;
    c.bytes = ub;
    c.bytesFrom = blen == n ? vs : vs == decodedChars ? decodedBytes : utf8Length(l, vs);
    c.bytesTo = blen;
    if ("BEGIN".equals(c.name) || "END".equals(c.name)) {
      decodeBytes(blen);
      c.componentName = componentName(l, vs, n);
    } else {
      c.componentName = null;
    }
    if (foldCount == 3) {
      c.valueLine = folds[1];
      c.valueColumn = folds[2] + (surrogates ? Character.codePointCount(l, 0, vs) : vs);
    } else {
      int[] p = position(vs);
      c.valueLine = p[0];
      c.valueColumn = p[1];
    }
    if (foldCount > 3) {
      int[] vf = new int[foldCount];
      int k = 0;
      for (int f = 3; f < foldCount; f += 3) {
        if (folds[f] > vs) {
          vf[k++] = folds[f] - vs;
          vf[k++] = folds[f + 1];
          vf[k++] = folds[f + 2];
        }
      }
      c.valueFolds = Arrays.copyOf(vf, k);
    } else {
      c.valueFolds = ContentLine.NO_FOLDS;
    }
    sink.line(c);
  }

  /** The number of UTF-8 bytes of the first {@code count} characters of a line. */
  private static int utf8Length(char[] l, int count) {
    int bytes = 0;
    for (int i = 0; i < count; i++) {
      char c = l[i];
      // a surrogate pair is four bytes, two per half
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /**
   * The value of a BEGIN or END line: the component name without surrounding blanks, from the name table, so that
   * it is upper case (for ASCII letters) and, for the components of RFC 5545, the string constant itself. A
   * lower-case component name is not reported: RFC 5545 names are case-insensitive, and the name is used as read.
   */
  private String componentName(char[] l, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && l[s] <= ' ') {
      s++;
    }
    while (e > s && l[e - 1] <= ' ') {
      e--;
    }
    return s == e ? "" : names.lookup(l, s, e);
  }

  private String name(char[] l, int from, int to, int kindOfName) {
    String s = names.lookup(l, from, to);
    if (names.lastHadLowercase) {
      int[] p = position(from);
      diag.report(
          ICalFindingCode.LOWERCASE_NAME,
          p[0],
          p[1],
          (kindOfName == 0 ? "property" : "parameter")
              + " name \""
              + new String(l, from, to - from)
              + "\" is not in upper case",
          "write names in upper case; some consumers compare them case-sensitively");
    }
    return s;
  }

  /** Parses one parameter starting after its ';'; returns the index of the next ';' or ':' (or n). */
  private int parseParam(int start) {
    char[] l = lb;
    int n = len;
    int i = start;
    while (i < n && nameChar(l[i])) {
      i++;
    }
    if (i == start || i >= n || l[i] != '=') {
      int[] p = position(start);
      // recover: skip to the next ';' or ':' outside quotes
      int j = skipToDelimiter(i);
      diag.report(
          ICalFindingCode.BAD_PARAMETER,
          p[0],
          p[1],
          i == start
              ? "empty parameter name (\";\" followed by \"" + (i < n ? l[i] : ' ') + "\"); the parameter is dropped"
              : "parameter \"" + new String(l, start, j - start) + "\" has no '=value'; it is dropped",
          "write parameters as ;NAME=value");
      return j;
    }
    String pname = name(l, start, i, 1);
    int pline;
    int pcol;
    if (foldCount == 3) {
      pline = folds[1];
      pcol = folds[2] + (surrogates ? Character.codePointCount(l, 0, start) : start);
    } else {
      int[] pp = position(start);
      pline = pp[0];
      pcol = pp[1];
    }
    i++; // '='
    String[] values = new String[1];
    int vc = 0;
    while (true) {
      String v;
      if (i < n && l[i] == '"') {
        int close = i + 1;
        while (close < n && l[close] != '"') {
          close++;
        }
        if (close >= n) {
          int[] q = position(i);
          diag.report(
              ICalFindingCode.BAD_PARAMETER,
              q[0],
              q[1],
              "the quoted value of parameter " + pname + " has no closing '\"'",
              "close the quote before the ':' that starts the value");
          // take the value up to the first ':' after the quote
          int colon = i + 1;
          while (colon < n && l[colon] != ':') {
            colon++;
          }
          v = caret(l, i + 1, colon);
          i = colon;
        } else {
          v = caret(l, i + 1, close);
          i = close + 1;
        }
      } else {
        int e = i;
        while (e < n && l[e] != ',' && l[e] != ';' && l[e] != ':' && l[e] != '"') {
          e++;
        }
        if (e < n && l[e] == '"') {
          int[] q = position(e);
          diag.report(
              ICalFindingCode.BAD_PARAMETER,
              q[0],
              q[1],
              "a '\"' inside the unquoted value of parameter " + pname,
              "quote the whole parameter value");
          e = skipToDelimiter(e);
        }
        v = caret(l, i, e);
        i = e;
      }
      if (vc == values.length) {
        values = Arrays.copyOf(values, vc * 2);
      }
      values[vc++] = v;
      if (i < n && l[i] == ',') {
        i++;
        continue;
      }
      break;
    }
    if (i < n && l[i] != ';' && l[i] != ':') {
      int[] q = position(i);
      diag.report(
          ICalFindingCode.BAD_PARAMETER,
          q[0],
          q[1],
          "unexpected '" + l[i] + "' after the value of parameter " + pname,
          "quote parameter values that contain special characters");
      i = skipToDelimiter(i);
    }
    cl.addParam(pname, vc == values.length ? values : Arrays.copyOf(values, vc), pline, pcol);
    return i;
  }

  private int skipToDelimiter(int from) {
    char[] l = lb;
    int n = len;
    boolean quoted = false;
    int i = from;
    while (i < n) {
      char c = l[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ';' || c == ':')) {
        break;
      }
      i++;
    }
    return i;
  }

  /** RFC 6868: ^n newline, ^^ caret, ^' double quote; any other ^ stays as it is. */
  private String caret(char[] l, int from, int to) {
    int k = from;
    while (k < to && l[k] != '^') {
      k++;
    }
    if (k >= to) {
      return to - from <= NameTable.MAX_VALUE_LENGTH
          ? paramValues.lookup(l, from, to)
          : new String(l, from, to - from);
    }
    StringBuilder sb = new StringBuilder(to - from);
    sb.append(l, from, k - from);
    for (int i = k; i < to; i++) {
      char c = l[i];
      if (c == '^' && i + 1 < to) {
        char d = l[i + 1];
        if (d == 'n' || d == 'N') {
          sb.append('\n');
          i++;
          continue;
        }
        if (d == '^') {
          sb.append('^');
          i++;
          continue;
        }
        if (d == '\'') {
          sb.append('"');
          i++;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Thrown when an unfolded line exceeds the limit. */
  public static final class LineTooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The physical line where the limit was reached. */
    public final int line;

    /** The limit. */
    public final int limit;

    LineTooLongException(int line, int limit) {
      super("line too long", null, false, false);
      this.line = line;
      this.limit = limit;
    }
  }
}

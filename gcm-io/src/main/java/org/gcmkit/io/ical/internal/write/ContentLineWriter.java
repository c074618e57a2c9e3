package org.gcmkit.io.ical.internal.write;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A streaming writer of RFC 5545 content lines in UTF-8: {@code NAME;PARAM=VALUE:VALUE} followed by CRLF, folded so
 * that no physical line exceeds 75 octets.
 *
 * <p>Usage, one property per call for the common cases, or piece by piece:
 *
 * <pre>{@code
 * try (ContentLineWriter w = ContentLineWriter.of(outputStream)) {
 *   w.begin("VCALENDAR").text("VERSION", "2.0").text("PRODID", "-//gcmkit//gcmkit 0.1//EN");
 *   w.begin("VEVENT")
 *       .text("UID", "tc-1@gcmkit.org")
 *       .utc("DTSTAMP", stamp)
 *       .dateTime("DTSTART", LocalDateTime.of(2017, 5, 22, 10, 0), ZoneId.of("America/New_York"))
 *       .text("SUMMARY", "Thematic consultation 1; human rights, social inclusion")
 *       .property("ORGANIZER").param("CN", "Co-facilitators: Mexico, Switzerland")
 *       .appendRaw("mailto:info@example.org").endProperty();
 *   w.end("VEVENT").end("VCALENDAR");
 * }
 * }</pre>
 *
 * <h2>Output</h2>
 *
 * <ul>
 *   <li>Every line ends with CRLF. Property, parameter and component names must match {@code 1*(ALPHA / DIGIT /
 *       "-")} (which covers {@code X-} names) and are written in upper case; anything else is a programmer error
 *       ({@link IllegalArgumentException}).
 *   <li><b>Folding.</b> A physical line holds at most 75 octets of UTF-8, excluding its CRLF and including the
 *       leading space of a continuation line. A fold never splits a UTF-8 sequence (so never a surrogate pair), nor
 *       a TEXT escape such as {@code \n}, nor an RFC 6868 escape such as {@code ^'}. It avoids, where the cluster
 *       fits on a fresh line, separating a character from what extends it: combining marks (Unicode categories Mn,
 *       Me, Mc, which include variation selectors), emoji skin-tone modifiers, emoji tag characters, ZWJ/ZWNJ and the
 *       character after a ZWJ (so {@code 👩‍💻} stays whole), the second regional indicator of a flag, and a space
 *       or tab (so a continuation line never starts with two blanks, which naive readers trim). This approximates
 *       Unicode extended grapheme clusters with a few table checks, on the rare characters that need them; a
 *       cluster longer than 74 octets is split between code points. Folding is purely cosmetic for conforming
 *       readers, which remove CRLF + one blank.
 *   <li><b>TEXT values</b> ({@link #appendText}, {@link #text}): {@code \}, {@code ;} and {@code ,} are escaped
 *       with a backslash; CR, LF and CRLF each become {@code \n} (also across consecutive {@code appendText} calls).
 *       Control characters that RFC 5545 3.3.11 does not allow in TEXT (U+0000–U+0008, U+000B–U+001F, U+007F) and
 *       the C1 controls U+0080–U+009F are <b>dropped</b>: they have no visible meaning, and a replacement character
 *       would show as noise in every calendar client. HTAB is kept. An unpaired surrogate becomes U+FFFD (a
 *       surrogate pair split across two calls counts as two unpaired surrogates).
 *   <li><b>Parameter values</b> ({@link #param}): RFC 6868 escapes {@code ^} as {@code ^^}, {@code "} as {@code ^'}
 *       and CR, LF or CRLF as {@code ^n}; the value is put in double quotes when it contains {@code :}, {@code ;},
 *       {@code ,}, {@code "} or {@code =}, is empty, or starts or ends with a blank (ical4j 4.4.0 fails on an
 *       unquoted {@code ^'}, {@code =}, empty or blank value and strips the {@code "} of an unquoted {@code ^'x^'};
 *       it also fails on a backslash inside a quoted value, which RFC 5545 allows and no rule can avoid). Other
 *       control characters are dropped as in TEXT.
 *   <li><b>Raw values</b> ({@link #appendRaw}, {@link #uri}): written as given (URIs and CAL-ADDRESSes are not
 *       escaped in iCalendar); a control character other than HTAB is a programmer error.
 * </ul>
 *
 * <h2>Streaming and performance</h2>
 *
 * <p>Bytes go through one reusable buffer (16 KiB) straight to the stream; only complete physical lines are
 * handed on, so a {@link Writer} target always receives whole characters. Nothing else is retained: a calendar of
 * any size is written in constant memory. There is no regular expression or formatter on the path: a value is
 * copied once into a reusable {@code char[]}, and one loop writes plain ASCII, blanks and the BMP characters that
 * need no care (a bit table says which characters join the one before), with one table look-up per character;
 * escapes, controls, surrogates and joining characters take a slower path. Typed values use {@link ValueFormat}.
 * Measured by hand ({@code WriteThroughputCheck} in the tests): 100,000 event blocks of about 1 KB of multilingual
 * text in about half a second of CPU time on a shared 2-core machine. {@link #flush()} hands on the complete lines
 * written so far; {@link #close()} also closes the target.
 *
 * <h2>Sequence</h2>
 *
 * <p>A property is {@link #property(String)}, then any {@link #param} calls, then any {@code append…} calls (the
 * first writes the {@code :}), then {@link #endProperty()}. {@link #begin}/{@link #end} write {@code BEGIN:}/{@code
 * END:} lines and check that components nest. Calls out of this order throw {@link IllegalStateException}. An
 * instance is not thread-safe.
 *
 * @since 0.1
 */
public final class ContentLineWriter implements Closeable, Flushable {

  /** The longest physical line, in octets, excluding CRLF (RFC 5545 3.1). */
  public static final int MAX_LINE_OCTETS = 75;

  private static final int BUFFER_SIZE = 16 * 1024;
  /** Room kept free in the buffer for one unit: a fold (3 bytes) + 4 bytes of UTF-8 + slack. */
  private static final int HEADROOM = 16;
  /** Slots of the cache of checked names (a power of two), in sets of two. */
  private static final int NAME_CACHE_SIZE = 256;

  private static final int STATE_LINE = 0;
  private static final int STATE_PARAMS = 1;
  private static final int STATE_VALUE = 2;

  // Character classes of ASCII in TEXT and parameter values.
  private static final byte PLAIN = 0;
  private static final byte BLANK = 1;
  private static final byte ESCAPE = 2;
  private static final byte CR = 3;
  private static final byte LF = 4;
  private static final byte DROP = 5;
  private static final byte[] TEXT_CLASS = new byte[128];
  private static final byte[] PARAM_CLASS = new byte[128];
  private static final byte[] RAW_CLASS = new byte[128];
  /** One bit per BMP character: set when it stays with the character before it (see {@link #joinsPrevious}). */
  private static final long[] BMP_JOINS = new long[1024];

  static {
    for (int c = 0x300; c <= 0xFFFF; c++) {
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || c == 0x200C || c == 0x200D) {
        BMP_JOINS[c >>> 6] |= 1L << c;
      }
    }
    for (int c = 0; c < 128; c++) {
      byte cls = c < 0x20 || c == 0x7F ? DROP : PLAIN;
      TEXT_CLASS[c] = cls;
      PARAM_CLASS[c] = cls;
      RAW_CLASS[c] = cls;
    }
    for (int c = 0x20; c < 0x7F; c++) {
      RAW_CLASS[c] = PLAIN;
    }
    RAW_CLASS[' '] = BLANK;
    RAW_CLASS['\t'] = BLANK;
    TEXT_CLASS[' '] = BLANK;
    TEXT_CLASS['\t'] = BLANK;
    TEXT_CLASS['\r'] = CR;
    TEXT_CLASS['\n'] = LF;
    TEXT_CLASS['\\'] = ESCAPE;
    TEXT_CLASS[';'] = ESCAPE;
    TEXT_CLASS[','] = ESCAPE;
    PARAM_CLASS[' '] = BLANK;
    PARAM_CLASS['\t'] = BLANK;
    PARAM_CLASS['\r'] = CR;
    PARAM_CLASS['\n'] = LF;
    PARAM_CLASS['^'] = ESCAPE;
    PARAM_CLASS['"'] = ESCAPE;
  }

  private final Sink sink;
  private final byte[] buf = new byte[BUFFER_SIZE];
  private final byte[] scratch = new byte[ValueFormat.MAX_LENGTH];
  /** The characters of the value being written (one String.getChars instead of a charAt per character). */
  private char[] chars = new char[256];
  /** Next free index in {@link #buf}. */
  private int pos;
  /** Index of the first byte of the current physical line (the blank of a continuation line). */
  private int lineStart;
  /** Index where the last unit that may be preceded by a fold starts; stale when {@code <= lineStart + 1}. */
  private int lastBreak;

  private int state = STATE_LINE;
  private boolean pendingCr;
  private boolean afterZwj;
  private int regionalIndicators;
  private String[] open = new String[8];
  private final @Nullable String[] nameKeys = new String[NAME_CACHE_SIZE];
  private final byte[][] nameBytes = new byte[NAME_CACHE_SIZE][];
  private final Appendable textAppender = new Appendable() {
    @Override
    public Appendable append(CharSequence csq) throws IOException {
      appendText(csq);
      return this;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) throws IOException {
      appendText(csq.subSequence(start, end));
      return this;
    }

    @Override
    public Appendable append(char c) throws IOException {
      appendText(String.valueOf(c));
      return this;
    }
  };
  private int depth;
  private boolean closed;

  private ContentLineWriter(Sink sink) {
    this.sink = sink;
  }

  /**
   * Returns a writer that writes UTF-8 bytes to {@code out}. The writer does not buffer beyond its own 16 KiB
   * (wrap a socket in nothing else); {@link #close()} closes {@code out} too.
   *
   * @param out the target stream
   * @return a new writer
   * @since 0.1
   */
  public static ContentLineWriter of(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new ContentLineWriter(new Sink() {
      @Override
      public void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    });
  }

  /**
   * Returns a writer that writes characters to {@code out}. Folding still counts UTF-8 octets, so the text is
   * correct when {@code out} encodes it as UTF-8 (as RFC 5545 requires).
   *
   * @param out the target writer
   * @return a new writer
   * @since 0.1
   */
  public static ContentLineWriter of(Writer out) {
    Objects.requireNonNull(out, "out");
    return new ContentLineWriter(new Sink() {
      @Override
      public void write(byte[] bytes, int length) throws IOException {
        // Only whole physical lines are handed on, so the bytes never end inside a UTF-8 sequence.
        out.write(new String(bytes, 0, length, StandardCharsets.UTF_8));
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    });
  }

  // ---------------------------------------------------------------- components

  /**
   * Writes {@code BEGIN:component}.
   *
   * @param component the component name, e.g. {@code VEVENT}
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if the name is invalid
   * @throws IllegalStateException if a property is being written
   * @since 0.1
   */
  public ContentLineWriter begin(String component) throws IOException {
    requireLineStart("begin ", component);
    byte[] bytes = name(component, "component");
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    open[depth++] = component;
    asciiLine("BEGIN:", bytes);
    return this;
  }

  /**
   * Writes {@code END:component}, which must close the innermost open component.
   *
   * @param component the component name, e.g. {@code VEVENT}
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if the name is invalid
   * @throws IllegalStateException if a property is being written or {@code component} is not the innermost open one
   * @since 0.1
   */
  public ContentLineWriter end(String component) throws IOException {
    requireLineStart("end ", component);
    byte[] bytes = name(component, "component");
    if (depth == 0 || !open[depth - 1].equalsIgnoreCase(component)) {
      throw new IllegalStateException("END:" + component + " does not match "
          + (depth == 0 ? "any open component" : "the open BEGIN:" + open[depth - 1]));
    }
    open[--depth] = null;
    asciiLine("END:", bytes);
    return this;
  }

  /**
   * Returns how many components are open (begun and not ended).
   *
   * @return the nesting depth, 0 outside any component
   * @since 0.1
   */
  public int depth() {
    return depth;
  }

  // ---------------------------------------------------------------- properties piece by piece

  /**
   * Starts a property: writes its name. Follow with {@link #param} calls, {@code append…} calls and {@link
   * #endProperty()}.
   *
   * @param name the property name, e.g. {@code DTSTART} or {@code X-WR-CALNAME}
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if the name is invalid
   * @throws IllegalStateException if another property is not ended
   * @since 0.1
   */
  public ContentLineWriter property(String name) throws IOException {
    requireLineStart("start property ", name);
    writeName(name(name, "property"));
    state = STATE_PARAMS;
    return this;
  }

  /**
   * Writes a parameter {@code ;NAME=value}, escaping the value per RFC 6868 and quoting it when it contains {@code
   * :}, {@code ;}, {@code ,}, {@code "} or {@code =}, is empty, or starts or ends with a blank.
   *
   * @param name the parameter name, e.g. {@code TZID}
   * @param value the parameter value (may be empty)
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if the name is invalid
   * @throws IllegalStateException if no property is started or its value has begun
   * @since 0.1
   */
  public ContentLineWriter param(String name, CharSequence value) throws IOException {
    startParam(name);
    paramValue(value);
    return this;
  }

  /**
   * Writes a multi-valued parameter {@code ;NAME=v1,v2}, each value escaped and quoted as in {@link #param(String,
   * CharSequence)}. RFC 5545 allows it, but ical4j 4.4.0 cannot parse several quoted values in one parameter
   * ({@code MEMBER="mailto:a","mailto:b"}); feeds should avoid them.
   *
   * @param name the parameter name, e.g. {@code MEMBER}
   * @param values the values, at least one
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if the name is invalid or there is no value
   * @throws IllegalStateException if no property is started or its value has begun
   * @since 0.1
   */
  public ContentLineWriter param(String name, Iterable<? extends CharSequence> values) throws IOException {
    if (!values.iterator().hasNext()) {
      throw new IllegalArgumentException("parameter " + name + " needs at least one value");
    }
    startParam(name);
    boolean first = true;
    for (CharSequence value : values) {
      if (!first) {
        ascii(',');
      }
      first = false;
      paramValue(value);
    }
    return this;
  }

  /**
   * Appends TEXT to the value, escaped (see the class description).
   *
   * @param text the text
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalStateException if no property is started
   * @since 0.1
   */
  public ContentLineWriter appendText(CharSequence text) throws IOException {
    startValue();
    int n = text.length();
    char[] cs = load(text);
    int i = 0;
    while (i < n) {
      int next = run(cs, i, n, TEXT_CLASS);
      if (next > i) {
        pendingCr = false;
        i = next;
        if (i == n) {
          break;
        }
      }
      char c = cs[i];
      if (c < 0x80) {
        switch (TEXT_CLASS[c]) {
          case ESCAPE:
            pendingCr = false;
            pair('\\', c);
            break;
          case CR:
            pair('\\', 'n');
            pendingCr = true;
            break;
          case LF:
            if (!pendingCr) {
              pair('\\', 'n');
            }
            pendingCr = false;
            break;
          default: // DROP
            pendingCr = false;
            break;
        }
      } else {
        pendingCr = false;
        i = nonAscii(cs, i, n, c);
      }
      i++;
    }
    return this;
  }

  /**
   * A view of this writer as an {@link Appendable} whose {@code append} calls are {@link #appendText} calls: for code
   * that builds a long TEXT value in pieces, so that it is escaped and folded as it comes, without a copy.
   *
   * @return the appender; valid while the current property is written
   * @since 0.1
   */
  public Appendable textAppender() {
    return textAppender;
  }

  /**
   * Appends characters to the value as they are, for values that are not TEXT (URI, CAL-ADDRESS, RECUR, a value
   * formatted elsewhere). Non-ASCII characters are encoded as UTF-8; unpaired surrogates become U+FFFD.
   *
   * @param value the characters
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if {@code value} contains a control character other than HTAB
   * @throws IllegalStateException if no property is started
   * @since 0.1
   */
  public ContentLineWriter appendRaw(CharSequence value) throws IOException {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        throw new IllegalArgumentException(
            "control character U+" + Integer.toHexString(c) + " at index " + i + " of a raw value");
      }
    }
    startValue();
    char[] cs = load(value);
    int i = 0;
    while (i < n) {
      i = run(cs, i, n, RAW_CLASS);
      if (i < n) {
        i = nonAscii(cs, i, n, cs[i]) + 1;
      }
    }
    return this;
  }

  /**
   * Appends a list separator {@code ,} to the value (between the elements of a multi-valued property such as {@code
   * CATEGORIES} or {@code RDATE}).
   *
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalStateException if no value has begun
   * @since 0.1
   */
  public ContentLineWriter listSeparator() throws IOException {
    if (state != STATE_VALUE) {
      throw new IllegalStateException("a list separator needs a value before it");
    }
    ascii(',');
    return this;
  }

  /**
   * Appends a DATE value ({@code yyyyMMdd}).
   *
   * @param date the date, year 0000–9999
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter appendDate(LocalDate date) throws IOException {
    return appendScratch(ValueFormat.writeDate(date, scratch, 0));
  }

  /**
   * Appends a local DATE-TIME value ({@code yyyyMMdd'T'HHmmss}, floating or relative to a TZID parameter).
   *
   * @param dateTime the local date-time
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter appendDateTime(LocalDateTime dateTime) throws IOException {
    return appendScratch(ValueFormat.writeDateTime(dateTime, scratch, 0));
  }

  /**
   * Appends a UTC DATE-TIME value ({@code yyyyMMdd'T'HHmmss'Z'}).
   *
   * @param instant the instant
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter appendUtc(Instant instant) throws IOException {
    return appendScratch(ValueFormat.writeUtc(instant, scratch, 0));
  }

  /**
   * Appends a DURATION value.
   *
   * @param duration the duration
   * @return this writer
   * @throws IOException if the target fails
   * @see ValueFormat#writeDuration(Duration, byte[], int)
   * @since 0.1
   */
  public ContentLineWriter appendDuration(Duration duration) throws IOException {
    return appendScratch(ValueFormat.writeDuration(duration, scratch, 0));
  }

  /**
   * Appends a PERIOD value with an explicit end, both in UTC ({@code start/end}).
   *
   * @param start the start
   * @param end the end, after {@code start}
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   * @since 0.1
   */
  public ContentLineWriter appendPeriod(Instant start, Instant end) throws IOException {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a PERIOD ends after it starts: " + start + "/" + end);
    }
    appendUtc(start);
    ascii('/');
    return appendUtc(end);
  }

  /**
   * Appends a PERIOD value with a duration ({@code start/duration}, the start in UTC).
   *
   * @param start the start
   * @param duration a positive duration
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if the duration is not positive
   * @since 0.1
   */
  public ContentLineWriter appendPeriod(Instant start, Duration duration) throws IOException {
    if (duration.getSeconds() <= 0) {
      throw new IllegalArgumentException("a PERIOD needs a positive duration of at least one second: " + duration);
    }
    appendUtc(start);
    ascii('/');
    return appendDuration(duration);
  }

  /**
   * Appends a UTC-OFFSET value ({@code +hhmm[ss]}).
   *
   * @param offset the offset
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter appendUtcOffset(ZoneOffset offset) throws IOException {
    return appendScratch(ValueFormat.writeUtcOffset(offset, scratch, 0));
  }

  /**
   * Appends an INTEGER value.
   *
   * @param value the value
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter appendInteger(long value) throws IOException {
    return appendScratch(ValueFormat.writeInteger(value, scratch, 0));
  }

  /**
   * Ends the current property: writes {@code :} if no value was appended, then CRLF.
   *
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalStateException if no property is started
   * @since 0.1
   */
  public ContentLineWriter endProperty() throws IOException {
    if (state == STATE_LINE) {
      throw new IllegalStateException("no property to end");
    }
    if (state == STATE_PARAMS) {
      ascii(':');
    }
    if (pos + HEADROOM > buf.length) {
      drain();
    }
    buf[pos++] = '\r';
    buf[pos++] = '\n';
    lineStart = pos;
    lastBreak = pos;
    state = STATE_LINE;
    pendingCr = false;
    afterZwj = false;
    regionalIndicators = 0;
    return this;
  }

  // ---------------------------------------------------------------- whole properties

  /**
   * Writes a TEXT property, e.g. {@code SUMMARY}, {@code UID}, {@code STATUS}.
   *
   * @param name the property name
   * @param value the text, escaped on output
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter text(String name, CharSequence value) throws IOException {
    return property(name).appendText(value).endProperty();
  }

  /**
   * Writes a multi-valued TEXT property such as {@code CATEGORIES}: the values escaped and separated by {@code ,}.
   *
   * @param name the property name
   * @param values the values (an empty list gives an empty value)
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter textList(String name, Iterable<? extends CharSequence> values) throws IOException {
    property(name);
    startValue();
    boolean first = true;
    for (CharSequence value : values) {
      if (!first) {
        ascii(',');
      }
      first = false;
      appendText(value);
      pendingCr = false;
    }
    return endProperty();
  }

  /**
   * Writes a DATE property: {@code NAME;VALUE=DATE:yyyyMMdd} (the {@code VALUE=DATE} parameter is required because
   * {@code DTSTART}, {@code DTEND}, {@code RDATE} and {@code EXDATE} default to DATE-TIME).
   *
   * @param name the property name
   * @param date the date
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter date(String name, LocalDate date) throws IOException {
    return property(name).param("VALUE", "DATE").appendDate(date).endProperty();
  }

  /**
   * Writes a list of dates: {@code NAME;VALUE=DATE:d1,d2,…}, e.g. for {@code RDATE}.
   *
   * @param name the property name
   * @param dates the dates, at least one
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if there is no date
   * @since 0.1
   */
  public ContentLineWriter dates(String name, Iterable<LocalDate> dates) throws IOException {
    requireNonEmpty(name, dates);
    property(name).param("VALUE", "DATE");
    return valueList(dates, this::appendDate);
  }

  /**
   * Writes a DATE-TIME in a time zone: {@code NAME;TZID=zone-id:yyyyMMdd'T'HHmmss}. The calendar must contain a
   * {@code VTIMEZONE} for the zone (see {@link VTimezoneGenerator}). A local time in a DST gap or overlap means
   * what {@code dateTime.atZone(zone)} means (RFC 5545 3.3.5 and {@code java.time} agree). For instants, use
   * {@link #utc(String, Instant)} rather than a {@code ZoneOffset.UTC} zone.
   *
   * @param name the property name, e.g. {@code DTSTART}
   * @param dateTime the local date-time in {@code zone}
   * @param zone the zone; its id becomes the TZID
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter dateTime(String name, LocalDateTime dateTime, ZoneId zone) throws IOException {
    return property(name).param("TZID", zone.getId()).appendDateTime(dateTime).endProperty();
  }

  /**
   * Writes a list of DATE-TIMEs in one time zone: {@code NAME;TZID=zone-id:t1,t2,…}, e.g. for {@code RDATE}.
   *
   * @param name the property name
   * @param dateTimes the local date-times, at least one
   * @param zone the zone; its id becomes the TZID
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if there is no date-time
   * @since 0.1
   */
  public ContentLineWriter dateTimes(String name, Iterable<LocalDateTime> dateTimes, ZoneId zone)
      throws IOException {
    requireNonEmpty(name, dateTimes);
    property(name).param("TZID", zone.getId());
    return valueList(dateTimes, this::appendDateTime);
  }

  /**
   * Writes a floating DATE-TIME (no zone: the same wall-clock time everywhere): {@code NAME:yyyyMMdd'T'HHmmss}.
   *
   * @param name the property name
   * @param dateTime the local date-time
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter floating(String name, LocalDateTime dateTime) throws IOException {
    return property(name).appendDateTime(dateTime).endProperty();
  }

  /**
   * Writes a UTC DATE-TIME: {@code NAME:yyyyMMdd'T'HHmmss'Z'}, e.g. {@code DTSTAMP}, {@code LAST-MODIFIED}.
   *
   * @param name the property name
   * @param instant the instant
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter utc(String name, Instant instant) throws IOException {
    return property(name).appendUtc(instant).endProperty();
  }

  /**
   * Writes a list of UTC DATE-TIMEs: {@code NAME:t1Z,t2Z,…}.
   *
   * @param name the property name
   * @param instants the instants, at least one
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if there is no instant
   * @since 0.1
   */
  public ContentLineWriter utcs(String name, Iterable<Instant> instants) throws IOException {
    requireNonEmpty(name, instants);
    property(name);
    return valueList(instants, this::appendUtc);
  }

  /** Appends one value of a list to the property's value. */
  @FunctionalInterface
  private interface ValueAppender<T> {
    ContentLineWriter append(T value) throws IOException;
  }

  /** Appends the values separated by commas and ends the property. */
  private <T> ContentLineWriter valueList(Iterable<T> values, ValueAppender<T> appender) throws IOException {
    boolean first = true;
    for (T value : values) {
      if (!first) {
        listSeparator();
      }
      first = false;
      appender.append(value);
    }
    return endProperty();
  }

  /**
   * Writes an INTEGER property, e.g. {@code SEQUENCE}.
   *
   * @param name the property name
   * @param value the value
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter integer(String name, long value) throws IOException {
    return property(name).appendInteger(value).endProperty();
  }

  /**
   * Writes a URI property as it is, e.g. {@code URL} or {@code TZURL}.
   *
   * @param name the property name
   * @param uri the URI, without control characters
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if {@code uri} contains a control character
   * @since 0.1
   */
  public ContentLineWriter uri(String name, CharSequence uri) throws IOException {
    return property(name).appendRaw(uri).endProperty();
  }

  /**
   * Writes a DURATION property, e.g. {@code X-PUBLISHED-TTL} or {@code TRIGGER}. RFC 7986 {@code REFRESH-INTERVAL}
   * needs {@code VALUE=DURATION}: {@code property("REFRESH-INTERVAL").param("VALUE",
   * "DURATION").appendDuration(d).endProperty()}.
   *
   * @param name the property name
   * @param duration the duration
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter duration(String name, Duration duration) throws IOException {
    return property(name).appendDuration(duration).endProperty();
  }

  /**
   * Writes a UTC-OFFSET property, e.g. {@code TZOFFSETFROM}.
   *
   * @param name the property name
   * @param offset the offset
   * @return this writer
   * @throws IOException if the target fails
   * @since 0.1
   */
  public ContentLineWriter utcOffset(String name, ZoneOffset offset) throws IOException {
    return property(name).appendUtcOffset(offset).endProperty();
  }

  /**
   * Writes a GEO-valued property: {@code NAME:lat;lon} (six decimal places at most).
   *
   * @param name the property name, normally {@code GEO}
   * @param latitude degrees north, in [-90, 90]
   * @param longitude degrees east, in [-180, 180]
   * @return this writer
   * @throws IOException if the target fails
   * @throws IllegalArgumentException if a coordinate is out of range
   * @since 0.1
   */
  public ContentLineWriter geo(String name, double latitude, double longitude) throws IOException {
    int length = ValueFormat.writeGeo(latitude, longitude, scratch, 0);
    return property(name).appendScratch(length).endProperty();
  }

  // ---------------------------------------------------------------- flushing

  /**
   * Hands the complete lines written so far to the target and flushes it. A property being written stays in the
   * buffer.
   *
   * @throws IOException if the target fails
   * @since 0.1
   */
  @Override
  public void flush() throws IOException {
    drain();
    sink.flush();
  }

  /**
   * Hands the remaining lines to the target and closes it. Components left open are not closed (a fragment is a
   * legitimate output); a property left unfinished is an error.
   *
   * @throws IOException if the target fails
   * @throws IllegalStateException if a property was started and not ended (it is not written)
   * @since 0.1
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      drain();
    } finally {
      sink.close();
    }
    if (state != STATE_LINE) {
      throw new IllegalStateException("closed in the middle of a property; its partial line was not written");
    }
  }

  // ---------------------------------------------------------------- internals

  private void requireLineStart(String action, String name) {
    if (state != STATE_LINE) {
      throw new IllegalStateException("cannot " + action + name + ": the current property is not ended");
    }
    if (closed) {
      throw new IllegalStateException("cannot " + action + name + ": the writer is closed");
    }
  }

  private static void requireNonEmpty(String name, Iterable<?> values) {
    if (!values.iterator().hasNext()) {
      throw new IllegalArgumentException(name + " needs at least one value");
    }
  }

  /**
   * A name checked and in upper case, as ASCII bytes. Names are mostly constants, so the last few are kept in a small
   * cache keyed by identity: the same {@code String} instance is checked and converted once per writer.
   */
  private byte[] name(String name, String kind) {
    int slot = System.identityHashCode(name) & (NAME_CACHE_SIZE - 2); // even: a set of two slots
    if (nameKeys[slot] == name) {
      return nameBytes[slot];
    }
    if (nameKeys[slot + 1] == name) {
      return nameBytes[slot + 1];
    }
    byte[] bytes = validateName(name, kind);
    nameKeys[slot + 1] = nameKeys[slot]; // the older entry of the set goes
    nameBytes[slot + 1] = nameBytes[slot];
    nameKeys[slot] = name;
    nameBytes[slot] = bytes;
    return bytes;
  }

  /** Checks a name; returns it in upper case as ASCII bytes. */
  private static byte[] validateName(String name, String kind) {
    int n = name.length();
    if (n == 0) {
      throw new IllegalArgumentException("empty " + kind + " name");
    }
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        bytes[i] = (byte) (c - ('a' - 'A'));
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        bytes[i] = (byte) c;
      } else {
        throw new IllegalArgumentException("invalid " + kind + " name \"" + name
            + "\": names are letters, digits and '-' (RFC 5545 iana-token / x-name)");
      }
    }
    return bytes;
  }

  /**
   * Writes a name that {@link #validateName} accepted: copied at once when it fits on the current physical line,
   * else character by character with folds. A fold may precede any character of a name.
   */
  private void writeName(byte[] name) throws IOException {
    int n = name.length;
    if (pos + HEADROOM + n > buf.length) {
      drain();
    }
    if (pos - lineStart + n <= MAX_LINE_OCTETS && pos + HEADROOM + n <= buf.length) {
      System.arraycopy(name, 0, buf, pos, n);
      pos += n;
      lastBreak = pos - 1;
      afterZwj = false;
      regionalIndicators = 0;
    } else {
      char[] cs = load(new String(name, StandardCharsets.US_ASCII));
      run(cs, 0, n, TEXT_CLASS);
    }
  }

  private void asciiLine(String prefix, byte[] name) throws IOException {
    run(load(prefix), 0, prefix.length(), TEXT_CLASS);
    writeName(name);
    state = STATE_VALUE;
    endProperty();
  }

  private void startParam(String name) throws IOException {
    if (state != STATE_PARAMS) {
      throw new IllegalStateException(state == STATE_LINE
          ? "parameter " + name + " outside a property"
          : "parameter " + name + " after the value has begun");
    }
    byte[] bytes = name(name, "parameter");
    ascii(';');
    writeName(bytes);
    ascii('=');
  }

  /** Whether the value as written (without the controls that are dropped) is empty or starts or ends with a blank. */
  private static boolean blankAtAnEnd(CharSequence value) {
    int first = 0;
    int last = value.length() - 1;
    while (first <= last && isDropped(value.charAt(first))) {
      first++;
    }
    while (last >= first && isDropped(value.charAt(last))) {
      last--;
    }
    return first > last || isBlank(value.charAt(first)) || isBlank(value.charAt(last));
  }

  private static boolean isDropped(char c) {
    return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c <= 0x9F);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private void paramValue(CharSequence value) throws IOException {
    int n = value.length();
    boolean quote = blankAtAnEnd(value);
    for (int i = 0; i < n && !quote; i++) {
      char c = value.charAt(i);
      if (c == ':' || c == ';' || c == ',' || c == '"' || c == '=') {
        quote = true;
        break;
      }
    }
    if (quote) {
      ascii('"');
    }
    char[] cs = load(value);
    boolean cr = false;
    int i = 0;
    while (i < n) {
      int next = run(cs, i, n, PARAM_CLASS);
      if (next > i) {
        cr = false;
        i = next;
        if (i == n) {
          break;
        }
      }
      char c = cs[i];
      if (c < 0x80) {
        switch (PARAM_CLASS[c]) {
          case ESCAPE:
            cr = false;
            pair('^', c == '"' ? '\'' : '^');
            break;
          case CR:
            pair('^', 'n');
            cr = true;
            break;
          case LF:
            if (!cr) {
              pair('^', 'n');
            }
            cr = false;
            break;
          default: // DROP
            cr = false;
            break;
        }
      } else {
        cr = false;
        i = nonAscii(cs, i, n, c);
      }
      i++;
    }
    if (quote) {
      ascii('"');
    }
  }

  private void startValue() throws IOException {
    if (state == STATE_PARAMS) {
      ascii(':');
      state = STATE_VALUE;
    } else if (state == STATE_LINE) {
      throw new IllegalStateException("no property started: call property(name) first");
    }
  }

  /** Appends the ASCII bytes of a formatted value (no blanks, no specials) from {@link #scratch}. */
  private ContentLineWriter appendScratch(int length) throws IOException {
    startValue();
    if (pos + HEADROOM + length > buf.length) {
      drain(); // room for the whole value and one fold (a value of at most 48 octets folds at most once)
    }
    int i = 0;
    while (i < length) {
      if (pos - lineStart >= MAX_LINE_OCTETS) {
        foldHere();
      }
      int n = Math.min(length - i, lineStart + MAX_LINE_OCTETS - pos);
      System.arraycopy(scratch, i, buf, pos, n);
      pos += n;
      i += n;
      lastBreak = pos - 1;
    }
    afterZwj = false;
    regionalIndicators = 0;
    return this;
  }

  /**
   * Writes the characters of {@code s} from {@code i} as long as they are ASCII of class {@link #PLAIN} or {@link
   * #BLANK} in {@code classes}, folding where a line is full; returns the index of the first character it did not
   * write ({@code n}, a special character or a non-ASCII one). The hot loop of the writer: one table look-up and one
   * store per character, fields updated once per run.
   */
  private int run(char[] cs, int i, int n, byte[] classes) throws IOException {
    while (i < n) {
      if (pos + HEADROOM >= buf.length) {
        drain(); // >=, not >: the loop below stops at buf.length - HEADROOM and must find room when it comes back
      }
      byte[] b = buf;
      int p = pos;
      int lineEnd = lineStart + MAX_LINE_OCTETS;
      int end = Math.min(lineEnd, b.length - HEADROOM);
      int breakAt = lastBreak;
      boolean joined = afterZwj;
      int first = i;
      while (i < n && p < end) {
        char c = cs[i];
        if (c < 0x80) {
          byte cls = classes[c];
          if (cls > BLANK) {
            break;
          }
          breakAt = cls == PLAIN ? p : breakAt;
          b[p++] = (byte) c;
        } else if (c < 0x800) {
          if (c < 0xA0 || joined || joinsPrevious(c) || p + 2 > end) {
            break; // C1 control, or a character that stays with the one before, or no room: the slow path
          }
          breakAt = p;
          b[p] = (byte) (0xC0 | (c >> 6));
          b[p + 1] = (byte) (0x80 | (c & 0x3F));
          p += 2;
        } else {
          if (Character.isSurrogate(c) || joined || joinsPrevious(c) || p + 3 > end) {
            break;
          }
          breakAt = p;
          b[p] = (byte) (0xE0 | (c >> 12));
          b[p + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
          b[p + 2] = (byte) (0x80 | (c & 0x3F));
          p += 3;
        }
        joined = false;
        i++;
      }
      if (i > first) {
        pos = p;
        lastBreak = breakAt;
        afterZwj = false;
        regionalIndicators = 0;
      }
      if (i == n || p < end) {
        return i; // done, or stopped at a character this loop does not write
      }
      if (p >= lineEnd) { // the line is full: fold before the next character if it is one of ours
        char c = cs[i];
        if (c >= 0x80) {
          return i;
        }
        byte cls = classes[c];
        if (cls == PLAIN) {
          foldHere();
        } else if (cls == BLANK) {
          foldJoined(1);
        } else {
          return i;
        }
      }
    }
    return i;
  }

  /** Whether a BMP character stays with the one before it: a combining mark (Mn, Me, Mc), ZWJ or ZWNJ. */
  private static boolean joinsPrevious(char c) {
    return (BMP_JOINS[c >>> 6] & (1L << c)) != 0;
  }

  /** Copies the characters of {@code s} into the reusable {@link #chars} array (grown when needed) and returns it. */
  private char[] load(CharSequence s) {
    int n = s.length();
    char[] cs = chars;
    if (cs.length < n) {
      cs = new char[Math.max(n, cs.length * 2)];
      chars = cs;
    }
    if (s instanceof String) {
      ((String) s).getChars(0, n, cs, 0);
    } else {
      for (int i = 0; i < n; i++) {
        cs[i] = s.charAt(i);
      }
    }
    return cs;
  }

  /** Writes one ASCII byte that may be preceded by a fold. */
  private void ascii(int c) throws IOException {
    if (pos + HEADROOM > buf.length) {
      drain();
    }
    if (pos - lineStart >= MAX_LINE_OCTETS) {
      foldHere();
    }
    afterZwj = false;
    regionalIndicators = 0;
    lastBreak = pos;
    buf[pos++] = (byte) c;
  }

  /** Writes a two-byte escape sequence that is never split. */
  private void pair(int first, int second) throws IOException {
    if (pos + HEADROOM > buf.length) {
      drain();
    }
    if (pos - lineStart + 2 > MAX_LINE_OCTETS) {
      foldHere();
    }
    afterZwj = false;
    regionalIndicators = 0;
    lastBreak = pos;
    buf[pos++] = (byte) first;
    buf[pos++] = (byte) second;
  }

  /**
   * Writes the non-ASCII character at {@code i} (with its low surrogate, if any) and returns the index of its last
   * {@code char}.
   */
  private int nonAscii(char[] cs, int i, int n, char c) throws IOException {
    int cp = c;
    int last = i;
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
        cp = Character.toCodePoint(c, cs[i + 1]);
        last = i + 1;
      } else {
        cp = 0xFFFD;
      }
    } else if (Character.isLowSurrogate(c)) {
      cp = 0xFFFD;
    } else if (c <= 0x9F) {
      return last; // C1 control: dropped
    }
    codePoint(cp);
    return last;
  }

  private void codePoint(int cp) throws IOException {
    int octets = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    boolean breakable = breakableBefore(cp);
    if (pos + HEADROOM > buf.length) {
      drain();
    }
    if (pos - lineStart + octets > MAX_LINE_OCTETS) {
      if (breakable) {
        foldHere();
      } else {
        foldJoined(octets);
      }
    }
    if (breakable) {
      lastBreak = pos;
    }
    byte[] b = buf;
    int p = pos;
    if (octets == 2) {
      b[p] = (byte) (0xC0 | (cp >> 6));
      b[p + 1] = (byte) (0x80 | (cp & 0x3F));
    } else if (octets == 3) {
      b[p] = (byte) (0xE0 | (cp >> 12));
      b[p + 1] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[p + 2] = (byte) (0x80 | (cp & 0x3F));
    } else {
      b[p] = (byte) (0xF0 | (cp >> 18));
      b[p + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      b[p + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[p + 3] = (byte) (0x80 | (cp & 0x3F));
    }
    pos = p + octets;
  }

  /** Whether a fold may precede {@code cp}, the grapheme-cluster approximation described in the class javadoc. */
  private boolean breakableBefore(int cp) {
    boolean joined = afterZwj;
    afterZwj = cp == 0x200D;
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) { // regional indicators pair up into flags
      boolean second = (regionalIndicators & 1) == 1;
      regionalIndicators++;
      return !second && !joined;
    }
    regionalIndicators = 0;
    if (joined || cp == 0x200D || cp == 0x200C) {
      return false;
    }
    if (cp < 0x300) {
      return true;
    }
    if (cp <= 0xFFFF) {
      return !joinsPrevious((char) cp);
    }
    if ((cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)) {
      return false; // emoji modifiers, emoji tag sequences
    }
    int type = Character.getType(cp);
    return type != Character.NON_SPACING_MARK
        && type != Character.ENCLOSING_MARK
        && type != Character.COMBINING_SPACING_MARK;
  }

  /** Ends the physical line at {@code pos} and starts a continuation line. */
  private void foldHere() {
    buf[pos] = '\r';
    buf[pos + 1] = '\n';
    buf[pos + 2] = ' ';
    lineStart = pos + 2;
    pos += 3;
    lastBreak = pos;
  }

  /**
   * Folds before a unit of {@code octets} bytes that should stay with what precedes it: moves the cluster that
   * starts at {@link #lastBreak} to the continuation line when it fits there, else folds at {@code pos}.
   */
  private void foldJoined(int octets) {
    int cluster = pos - lastBreak;
    if (lastBreak > lineStart + 1 && 1 + cluster + octets <= MAX_LINE_OCTETS) {
      System.arraycopy(buf, lastBreak, buf, lastBreak + 3, cluster);
      buf[lastBreak] = '\r';
      buf[lastBreak + 1] = '\n';
      buf[lastBreak + 2] = ' ';
      lineStart = lastBreak + 2;
      pos += 3;
      lastBreak += 3;
    } else {
      foldHere();
    }
  }

  /** Hands the complete physical lines in the buffer to the sink and keeps the current partial line. */
  private void drain() throws IOException {
    if (lineStart == 0) {
      return;
    }
    sink.write(buf, lineStart);
    int rest = pos - lineStart;
    System.arraycopy(buf, lineStart, buf, 0, rest);
    lastBreak -= lineStart;
    pos = rest;
    lineStart = 0;
  }

  /** Where complete lines go. */
  private interface Sink {
    void write(byte[] bytes, int length) throws IOException;

    void flush() throws IOException;

    void close() throws IOException;
  }
}

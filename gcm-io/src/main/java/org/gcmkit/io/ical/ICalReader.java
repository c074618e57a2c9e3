package org.gcmkit.io.ical;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.gcmkit.io.ical.internal.read.Lexer;
import org.gcmkit.io.ical.internal.read.LinePipe;
import org.gcmkit.io.ical.internal.read.Utf8ReaderStream;
import org.gcmkit.model.Finding;
import org.gcmkit.model.GcmException;
import org.gcmkit.model.SourcePosition;

/**
 * Reads iCalendar (RFC 5545) files: streaming, with the position of every property and a finding for every problem.
 *
 * <p>Two modes. {@link #strict()} reports every departure from RFC 5545 (and RFC 5546 PUBLISH) with its line and
 * column; {@link #lenient()} recovers what real producers write (missing VTIMEZONE for a known zone, Windows zone
 * names, X-WR-TIMEZONE, bad folding, blank lines, lower-case names, LF line ends) and reports each repair as a
 * warning. Both modes read as much as they can: a problem is a {@link Finding}, never an exception. Only an exceeded
 * {@linkplain ICalLimits limit} ({@link ICalLimitException}) or an I/O failure ({@link GcmException}) stops reading.
 *
 * <p>{@link #read(Path, ICalHandler)} streams: each component is handed to the handler when it is complete and is not
 * retained, so memory does not grow with the file. {@link #stream(Path, Consumer)} does the same as a lazy
 * {@link Stream} that reads as it is consumed. {@link #readAll(Path)} collects small inputs into
 * {@link ICalCalendar} trees.
 *
 * <p>A file of a megabyte or more, read through the methods that take a {@link Path}, is turned into lines on a
 * second thread while the calling thread builds the components (on a machine with more than one processor); the
 * handler is still called on the calling thread, in file order, and the thread has ended when the method returns.
 *
 * <pre>{@code
 * ICalReadResult r = ICalReader.strict().readAll(Path.of("partner.ics"));
 * r.findings().forEach(System.out::println);   // "partner.ics:12:1: error ICAL-MISSING-UID: VEVENT has no UID"
 * for (ICalComponent e : r.events()) {
 *   System.out.println(e.summary().orElse("") + " " + e.start().flatMap(ICalDateTime::instant));
 * }
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ICalReader {

  private static final ICalReader STRICT = new ICalReader(true, ICalLimits.defaults());
  private static final ICalReader LENIENT = new ICalReader(false, ICalLimits.defaults());

  /**
   * Files from this size on are turned into lines on a second thread when the machine has more than one processor (on
   * two cores this saved a fifth of the time of readAll and a third of read with a handler for a 118 MiB file);
   * smaller files are read on the calling thread alone.
   */
  static final long BACKGROUND_LEXER_MIN_BYTES = 1 << 20;

  private final boolean strict;
  private final ICalLimits limits;

  private ICalReader(boolean strict, ICalLimits limits) {
    this.strict = strict;
    this.limits = limits;
  }

  /**
   * A reader that reports every departure from RFC 5545 as an error (MUST) or warning (SHOULD).
   *
   * @return the strict reader with default limits
   */
  public static ICalReader strict() {
    return STRICT;
  }

  /**
   * A reader that repairs what real producers write and reports each repair as a warning.
   *
   * @return the lenient reader with default limits
   */
  public static ICalReader lenient() {
    return LENIENT;
  }

  /**
   * This reader with other limits.
   *
   * @param newLimits the limits
   * @return a reader in the same mode
   */
  public ICalReader withLimits(ICalLimits newLimits) {
    return new ICalReader(strict, Objects.requireNonNull(newLimits, "newLimits"));
  }

  /**
   * Whether this reader is strict.
   *
   * @return {@code true} for {@link #strict()}
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * The limits.
   *
   * @return the limits
   */
  public ICalLimits limits() {
    return limits;
  }

  /**
   * Streams a file to a handler.
   *
   * @param path the file; the path as given is the source of positions, as in {@code GcmJson}
   * @param handler receives calendars, components and findings
   * @return every finding (at most {@link ICalLimits#maxFindingsPerCode()} per code)
   * @throws ICalLimitException if a limit is exceeded
   * @throws GcmException if the file cannot be read
   */
  public List<Finding> read(Path path, ICalHandler handler) {
    try (InputStream in = Files.newInputStream(path)) {
      boolean background =
          Files.size(path) >= BACKGROUND_LEXER_MIN_BYTES && Runtime.getRuntime().availableProcessors() > 1;
      return read(in, path.toString(), handler, background);
    } catch (IOException e) {
      throw new GcmException("cannot read " + path + ": " + e.getMessage(), SourcePosition.of(path.toString(), 0, 0),
          e);
    }
  }

  /**
   * Streams bytes to a handler. The stream is read to its end and not closed.
   *
   * @param in UTF-8 bytes (a UTF-16 byte order mark is honoured and reported)
   * @param sourceName the name used in positions, for example the file name
   * @param handler receives calendars, components and findings
   * @return every finding
   * @throws ICalLimitException if a limit is exceeded
   * @throws GcmException if reading fails
   */
  public List<Finding> read(InputStream in, String sourceName, ICalHandler handler) {
    return read(in, sourceName, handler, false);
  }

  /**
   * Streams bytes to a handler, the bytes turned into lines on the calling thread or, with {@code background}, on a
   * thread of its own (see {@link LinePipe}): the handler sees the same calls either way, on the calling thread.
   */
  List<Finding> read(InputStream in, String sourceName, ICalHandler handler, boolean background) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(handler, "handler");
    Assembler a = new Assembler(strict, limits, sourceName, handler);
    InputStream bytes = input(in, sourceName, a);
    try {
      if (background) {
        LinePipe.run(bytes, limits.maxLineLength(), a, a);
      } else {
        new Lexer(bytes, a, a, limits.maxLineLength()).run();
      }
      a.finish();
    } catch (RuntimeException e) {
      throw translate(e, sourceName);
    }
    return List.copyOf(a.findings());
  }

  /** The UTF-8 bytes of an input: the input itself, or its UTF-16 text encoded (reported). */
  private InputStream input(InputStream in, String sourceName, Assembler a) {
    try {
      InputStream bytes;
      BufferedInputStream buffered = new BufferedInputStream(in, 16);
      if (Lexer.startsWithUtf16Bom(buffered)) {
        a.report(ICalFindingCode.UTF16, 1, 1, "the file is UTF-16; RFC 5545 calendars are UTF-8",
            "save the file as UTF-8");
        bytes = new Utf8ReaderStream(new InputStreamReader(buffered, StandardCharsets.UTF_16));
      } else {
        bytes = buffered;
      }
      return bytes;
    } catch (IOException e) {
      throw new GcmException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
  }

  private static RuntimeException translate(RuntimeException e, String sourceName) {
    if (e instanceof Lexer.LineTooLongException t) {
      return new ICalLimitException(
          "maxLineLength",
          "an unfolded line is longer than " + t.limit + " characters (limit maxLineLength); the input is rejected",
          SourcePosition.of(sourceName, t.line, 1));
    }
    if (e instanceof UncheckedIOException) {
      return new GcmException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
    return e;
  }

  /**
   * The components of a file as a lazy stream, read as they are consumed: each element is a complete component
   * directly inside a VCALENDAR (VEVENT with its VALARMs, VTODO, VTIMEZONE, ...), in file order, as
   * {@link ICalHandler#component} would receive it. Close the stream to close the file.
   *
   * <pre>{@code
   * try (Stream<ICalComponent> s = ICalReader.lenient().stream(path, findings::add)) {
   *   long events = s.filter(c -> c.name().equals("VEVENT")).count();
   * }
   * }</pre>
   *
   * @param path the file; the path as given is the source of positions, as in {@code GcmJson}
   * @param findings receives each finding as it is found
   * @return the components
   * @throws GcmException if the file cannot be opened; reading errors and {@link ICalLimitException} are thrown by
   *     the stream's terminal operation
   */
  public Stream<ICalComponent> stream(Path path, Consumer<Finding> findings) {
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw new GcmException("cannot read " + path + ": " + e.getMessage(), SourcePosition.of(path.toString(), 0, 0),
          e);
    }
    return stream(in, path.toString(), findings).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The components of a stream of bytes as a lazy stream; see {@link #stream(Path, Consumer)}. The input is not
   * closed.
   *
   * @param in UTF-8 bytes
   * @param sourceName the name used in positions
   * @param findings receives each finding as it is found
   * @return the components
   */
  public Stream<ICalComponent> stream(InputStream in, String sourceName, Consumer<Finding> findings) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(findings, "findings");
    ArrayDeque<ICalComponent> queue = new ArrayDeque<>();
    Assembler a =
        new Assembler(strict, limits, sourceName, new ICalHandler() {
          @Override
          public void component(ICalCalendarHeader calendar, ICalComponent component) {
            queue.add(component);
          }

          @Override
          public void finding(Finding finding) {
            findings.accept(finding);
          }
        });
    Lexer lexer = new Lexer(input(in, sourceName, a), a, a, limits.maxLineLength());
    Spliterator<ICalComponent> split =
        new Spliterators.AbstractSpliterator<ICalComponent>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private boolean finished;

          @Override
          public boolean tryAdvance(Consumer<? super ICalComponent> action) {
            try {
              while (queue.isEmpty() && !finished) {
                if (!lexer.step()) {
                  a.finish();
                  finished = true;
                }
              }
            } catch (RuntimeException e) {
              finished = true;
              throw translate(e, sourceName);
            }
            ICalComponent c = queue.poll();
            if (c == null) {
              return false;
            }
            action.accept(c);
            return true;
          }
        };
    return StreamSupport.stream(split, false);
  }

  /**
   * Streams characters to a handler.
   *
   * @param in the characters; read to the end, not closed
   * @param sourceName the name used in positions
   * @param handler receives calendars, components and findings
   * @return every finding
   */
  public List<Finding> read(Reader in, String sourceName, ICalHandler handler) {
    return read(new Utf8ReaderStream(in), sourceName, handler);
  }

  /**
   * Reads a calendar given as text.
   *
   * @param text the calendar
   * @param sourceName the name used in positions
   * @param handler receives calendars, components and findings
   * @return every finding
   */
  public List<Finding> read(String text, String sourceName, ICalHandler handler) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName, handler);
  }

  /**
   * Reads a whole file into calendars. For large files prefer {@link #read(Path, ICalHandler)}.
   *
   * @param path the file
   * @return the calendars and findings
   */
  public ICalReadResult readAll(Path path) {
    Collector c = new Collector();
    List<Finding> f = read(path, c);
    return new ICalReadResult(c.calendars, f);
  }

  /**
   * Reads a whole stream into calendars.
   *
   * @param in UTF-8 bytes; read to the end, not closed
   * @param sourceName the name used in positions
   * @return the calendars and findings
   */
  public ICalReadResult readAll(InputStream in, String sourceName) {
    Collector c = new Collector();
    List<Finding> f = read(in, sourceName, c);
    return new ICalReadResult(c.calendars, f);
  }

  /**
   * Reads characters into calendars.
   *
   * @param in the characters; read to the end, not closed
   * @param sourceName the name used in positions
   * @return the calendars and findings
   */
  public ICalReadResult readAll(Reader in, String sourceName) {
    Collector c = new Collector();
    List<Finding> f = read(in, sourceName, c);
    return new ICalReadResult(c.calendars, f);
  }

  /**
   * Reads a calendar given as text.
   *
   * @param text the calendar
   * @param sourceName the name used in positions
   * @return the calendars and findings
   */
  public ICalReadResult readAll(String text, String sourceName) {
    Collector c = new Collector();
    List<Finding> f = read(text, sourceName, c);
    return new ICalReadResult(c.calendars, f);
  }

  @Override
  public String toString() {
    return (strict ? "ICalReader.strict()" : "ICalReader.lenient()") + " with " + limits;
  }

  /** Builds {@link ICalCalendar} trees. */
  private static final class Collector implements ICalHandler {
    final List<ICalCalendar> calendars = new ArrayList<>();
    private List<ICalComponent> components = new ArrayList<>();

    @Override
    public void startCalendar(ICalCalendarHeader calendar) {
      components = new ArrayList<>();
    }

    @Override
    public void component(ICalCalendarHeader calendar, ICalComponent component) {
      components.add(component);
    }

    @Override
    public void endCalendar(ICalCalendarHeader calendar, List<Finding> findings) {
      calendars.add(
          new ICalCalendar(calendar.properties(), components, calendar.timeZones(), calendar.position()));
    }
  }
}

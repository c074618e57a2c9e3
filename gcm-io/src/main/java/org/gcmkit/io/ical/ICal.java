package org.gcmkit.io.ical;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.internal.write.ContentLineWriter;
import org.gcmkit.io.ical.internal.write.FeedWriter;

/**
 * Writes iCalendar (RFC 5545) feeds of a schedule: the entry point for publishing a subscribable calendar of GCM
 * events that Google Calendar, Outlook, Apple Calendar and Thunderbird accept.
 *
 * <pre>{@code
 * Schedule schedule = Schedule.of(ReferenceData.gcm());
 * FeedDefinition feed = FeedDefinition.builder()
 *     .name("GCM consultations in Africa")
 *     .filter(EventFilter.builder().addRegions(Region.AFRICA).build())
 *     .build();
 * ICal.defaults().write(schedule, feed, Path.of("africa.ics"));
 * }</pre>
 *
 * <p>A feed is a {@code VCALENDAR} with {@code METHOD:PUBLISH}, the feed's name, description, refresh interval,
 * address and colour (RFC 7986 and the {@code X-WR-*} properties that Google and Outlook read), one {@code
 * VTIMEZONE} per zone its timed events use (generated from the JDK's tz rules for the years the feed spans), and one
 * {@code VEVENT} per event of {@link Schedule#feed(FeedDefinition)} in calendar order. Each event has the stable UID
 * {@code <event id>@gcmkit.org}, a {@code SEQUENCE} that counts its revisions, and {@code X-GCMKIT-*} properties from
 * which an importer recovers the event. The mapping, property by property, is in {@code docs/ical-feed.md}.
 *
 * <p>The output depends only on the data, the feed definition and the product id: no clock is read ({@code
 * DTSTAMP} comes from the data), so the same data gives the same bytes. It is written in UTF-8 with CRLF line ends,
 * folded at 75 octets, as it is produced: a feed of any size is written in constant memory beyond the schedule
 * itself.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ICal {

  /** The product id of {@link #defaults()}. */
  public static final String DEFAULT_PRODUCT_ID = "-//gcmkit//gcmkit 0.1//EN";

  private static final ICal DEFAULTS = new ICal(DEFAULT_PRODUCT_ID);

  private final String productId;
  private final FeedWriter writer;

  private ICal(String productId) {
    this.productId = productId;
    this.writer = new FeedWriter(productId);
  }

  /**
   * The writer with the default settings: product id {@value #DEFAULT_PRODUCT_ID}.
   *
   * @return the default instance
   * @since 0.1
   */
  public static ICal defaults() {
    return DEFAULTS;
  }

  /**
   * A copy that names another product in {@code PRODID}, such as {@code -//Example NGO//Events 2.1//EN}.
   *
   * @param prodId the product id (RFC 5545 3.7.3), not blank
   * @return the copy
   * @throws IllegalArgumentException if {@code prodId} is blank
   * @since 0.1
   */
  public ICal withProductId(String prodId) {
    Objects.requireNonNull(prodId, "prodId");
    if (prodId.isBlank()) {
      throw new IllegalArgumentException("a product id must not be blank");
    }
    return prodId.equals(productId) ? this : new ICal(prodId);
  }

  /**
   * The product id written in {@code PRODID}.
   *
   * @return the product id
   * @since 0.1
   */
  public String productId() {
    return productId;
  }

  /**
   * Writes the feed to a stream in UTF-8, as it is produced. The stream is flushed, not closed.
   *
   * @param schedule the schedule whose events the feed shows
   * @param feed which events, and the feed's name and settings
   * @param out the target
   * @throws UncheckedIOException if the stream fails
   * @since 0.1
   */
  public void write(Schedule schedule, FeedDefinition feed, OutputStream out) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(out, "out");
    // Not closed: closing the line writer would close the caller's stream; write(...) flushes it.
    ContentLineWriter lines = ContentLineWriter.of(out);
    try {
      writer.write(schedule, feed, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the feed to a file in UTF-8, replacing it if it exists.
   *
   * @param schedule the schedule whose events the feed shows
   * @param feed which events, and the feed's name and settings
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   * @since 0.1
   */
  public void write(Schedule schedule, FeedDefinition feed, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(schedule, feed, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The feed as a string, for small feeds and tests; large feeds are better streamed with {@link
   * #write(Schedule, FeedDefinition, OutputStream)}.
   *
   * @param schedule the schedule whose events the feed shows
   * @param feed which events, and the feed's name and settings
   * @return the iCalendar text, with CRLF line ends
   * @since 0.1
   */
  public String writeString(Schedule schedule, FeedDefinition feed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(schedule, feed, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ICal[" + productId + "]";
  }
}

/**
 * The RFC 5545 writing core (content lines, escaping, folding, typed values, VTIMEZONEs) and the mapping of feeds.
 *
 * <p>Not exported. Three pieces:
 *
 * <ul>
 *   <li>{@link org.gcmkit.io.ical.internal.write.ContentLineWriter}: a streaming writer of content lines
 *       ({@code NAME;PARAM=VALUE:VALUE} + CRLF) that escapes TEXT, quotes and escapes parameter values (RFC 6868),
 *       validates names and folds at 75 octets without splitting a UTF-8 sequence or, where it can, a grapheme
 *       cluster. It writes UTF-8 through one reusable byte buffer and never holds more than one physical line plus
 *       the buffer, so a 100,000-event calendar streams in constant memory.
 *   <li>{@link org.gcmkit.io.ical.internal.write.ValueFormat}: the typed value formats (DATE, DATE-TIME, DURATION,
 *       PERIOD, UTC-OFFSET, INTEGER, FLOAT/GEO), written as ASCII into a caller's byte array without allocation.
 *   <li>{@link org.gcmkit.io.ical.internal.write.VTimezoneGenerator}: {@code VTIMEZONE} components derived from the
 *       JDK's time-zone rules for a range of years, in a stable order, so the same data gives the same bytes.
 * </ul>
 *
 * <p>{@link org.gcmkit.io.ical.internal.write.FeedWriter} maps a schedule's events to a feed on top of them (the
 * public facade {@link org.gcmkit.io.ical.ICal} calls it); its static helpers state the rules an importer needs to
 * read the feed back.
 *
 * <p>Programmer errors (an invalid property name, a value that cannot be represented, a call out of sequence) throw
 * the JDK's {@code IllegalArgumentException} or {@code IllegalStateException}; I/O errors of the underlying stream
 * propagate as {@code IOException}.
 *
 * @since 0.1
 */
@NullMarked
package org.gcmkit.io.ical.internal.write;

import org.jspecify.annotations.NullMarked;

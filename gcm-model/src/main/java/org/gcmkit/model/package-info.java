/**
 * The GCM domain model: immutable values of the process that led to the Global Compact for Safe, Orderly and
 * Regular Migration and of its follow-up.
 *
 * <h2>What is here</h2>
 *
 * <ul>
 *   <li><b>Time and place.</b> {@link org.gcmkit.model.FuzzyDate} is a date that may be exact, a month, a part of a
 *       month ("early December"), an interval, approximate or uncertain, with its EDTF text form and its bounds.
 *       {@link org.gcmkit.model.Timing} is when an event takes place (timed in an IANA zone, all-day, or inexact);
 *       {@link org.gcmkit.model.Place} is where, how certain that is, and how people attend.
 *   <li><b>The process.</b> {@link org.gcmkit.model.Phase}s with their windows; {@link org.gcmkit.model.Event}s of
 *       every {@link org.gcmkit.model.EventKind kind}, with their status, their {@linkplain
 *       org.gcmkit.model.Revision revisions} (what was planned before) and their programmes: days, rounds, group
 *       sessions, tables with governments and agenda items are events too, linked by {@code parentId}.
 *   <li><b>Stakeholders.</b> {@link org.gcmkit.model.Organisation}s (with aliases, networks and their members,
 *       Member States), {@link org.gcmkit.model.Person}s, their {@link org.gcmkit.model.Membership}s (roles held
 *       on behalf of someone, from a date to a date), {@link org.gcmkit.model.Participation}s in events, and
 *       {@link org.gcmkit.model.Accreditation}s with their representatives.
 *   <li><b>Commitments.</b> The Ten {@link org.gcmkit.model.Act}s, the 23 {@link org.gcmkit.model.Objective}s,
 *       and {@link org.gcmkit.model.Goal}s with {@link org.gcmkit.model.Target}s and {@link
 *       org.gcmkit.model.Indicator}s, whose baselines, 2/5/12-year {@link org.gcmkit.model.Benchmark}s and
 *       measurements give a derived {@link org.gcmkit.model.ProgressStatus}.
 *   <li><b>Documents</b> with UN symbols and their aliases, drafts chained to their previous version, and
 *       resolutions with their {@link org.gcmkit.model.VoteResult}.
 *   <li><b>Sources.</b> Every record is {@link org.gcmkit.model.Sourced}: it names its {@link
 *       org.gcmkit.model.Source}s and a {@link org.gcmkit.model.Confidence}.
 *   <li><b>The data set</b>, {@link org.gcmkit.model.DataSet}, holds all of these and finds them by id.
 *   <li><b>Problems</b> found in data are {@link org.gcmkit.model.Finding}s with a position in the {@link
 *       org.gcmkit.model.SourcePosition source}; bad input that cannot be read at all is a {@link
 *       org.gcmkit.model.GcmException}.
 * </ul>
 *
 * <h2>How the values behave</h2>
 *
 * <p>Every value is immutable and thread-safe, and never returns {@code null}: an absent value is an empty {@link
 * java.util.Optional}, an absent list is empty. Values are built with a builder and copied with {@code with*}
 * methods:
 *
 * <pre>{@code
 * Event meeting = Event.builder()
 *     .id("mtg-2017-04-17")
 *     .kind(EventKind.CIVIL_SOCIETY_MEETING)
 *     .title("Civil Society Informal Meeting on the GCM in conjunction with the IDM")
 *     .status(EventStatus.HELD)
 *     .timing(Timing.at(LocalDateTime.of(2017, 4, 17, 14, 0), LocalDateTime.of(2017, 4, 17, 18, 0),
 *         ZoneId.of("America/New_York")))
 *     .place(Place.builder().venue("IOM New York Office").room("Conference room")
 *         .city("New York").country("US").attendance(AttendanceMode.HYBRID)
 *         .remoteDetails("conference call line").build())
 *     .addSources(Source.of("001_726fd14677ea13dc.txt"))
 *     .confidence(Confidence.HIGH)
 *     .build();
 *
 * Event held = meeting.withStatus(EventStatus.HELD);
 * }</pre>
 *
 * <p>Builders reject only {@code null}s and missing required attributes. Everything else — a group session with
 * one co-lead, an end before a start, a reference to an unknown person — can be built, so that a validator can
 * report every problem of a data set at once. Field rules are Jakarta Validation constraints on the accessors (see
 * {@link org.gcmkit.model.constraints}); rules across records are the validation module's domain rules.
 *
 * <p>The module depends only on {@code jakarta.validation-api} at run time.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = true)
package org.gcmkit.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

package org.gcmkit.model;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.gcmkit.model.constraints.CountryCode;
import org.immutables.value.Value;

/**
 * Where an event takes place: a venue and room, a city, a country, the IANA time zone that its local times are in,
 * how certain that is, and how people attend (in person, online, hybrid).
 *
 * <p>A place may be uncertain: the seeds say "probably Guadalajara", "Likely Addis Ababa", "San Salvador or another
 * location". The {@link #certainty()} says so, the other candidates are {@link #alternatives()}, and
 * {@link #sourceText()} keeps the words of the source. An online event has a place too, with
 * {@link AttendanceMode#ONLINE} and no city.
 *
 * <pre>{@code
 * Place palais = Place.builder()
 *     .venue("Palais des Nations").room("Room XIX")
 *     .city("Geneva").country("CH").zone(ZoneId.of("Europe/Zurich"))
 *     .build();
 *
 * Place guadalajara = Place.builder()
 *     .city("Guadalajara").country("MX").zone(ZoneId.of("America/Mexico_City"))
 *     .certainty(PlaceCertainty.PROBABLE)
 *     .sourceText("probably Guadalajara")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Place implements WithPlace {

  Place() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The venue: a building, a conference centre, an office.
   *
   * @return the venue, for example {@code "Palais des Nations"}, or empty
   */
  public abstract Optional<String> venue();

  /**
   * The room in the venue.
   *
   * @return the room, for example {@code "Conference room VII"}, or empty
   */
  public abstract Optional<String> room();

  /**
   * The street address.
   *
   * @return the address, for example {@code "48th Floor, Chanin Building, 122 East 42nd Street"}, or empty
   */
  public abstract Optional<String> address();

  /**
   * The city.
   *
   * @return the city, or empty when unknown or online
   */
  public abstract Optional<String> city();

  /**
   * The country as an ISO 3166-1 alpha-2 code.
   *
   * @return the code, for example {@code "MX"}, or empty
   */
  public abstract Optional<@CountryCode String> country();

  /**
   * The IANA time zone of the place, in which the local times of its events are given. Never a fixed offset:
   * Puerto Vallarta is {@code America/Mexico_City}, Marrakech {@code Africa/Casablanca}.
   *
   * @return the zone, or empty when unknown or online
   */
  public abstract Optional<ZoneId> zone();

  /**
   * The coordinates of the venue.
   *
   * @return the point, or empty
   */
  public abstract Optional<GeoPoint> geo();

  /**
   * How certain the place is.
   *
   * @return the certainty; {@link PlaceCertainty#CONFIRMED} unless set
   */
  @Value.Default
  public PlaceCertainty certainty() {
    return PlaceCertainty.CONFIRMED;
  }

  /**
   * The other candidate places, when this one is one of several.
   *
   * @return the alternatives, empty unless the place is a {@link PlaceCertainty#CANDIDATE}
   */
  public abstract List<@Valid Place> alternatives();

  /**
   * How people attend.
   *
   * @return the attendance mode; {@link AttendanceMode#IN_PERSON} unless set
   */
  @Value.Default
  public AttendanceMode attendance() {
    return AttendanceMode.IN_PERSON;
  }

  /**
   * How to take part remotely: a conference call line, a web address, access details.
   *
   * @return the details, or empty
   */
  public abstract Optional<String> remoteDetails();

  /**
   * The web address for remote participation or the recording.
   *
   * @return the address, or empty
   */
  public abstract Optional<URI> remoteUrl();

  /**
   * The words of the source that name the place, verbatim, when they qualify it.
   *
   * @return the phrase, for example {@code "San Salvador or another location"}, or empty
   */
  public abstract Optional<String> sourceText();

  /**
   * The place as one line for calendars and reports: venue, room, address, city and country, as known.
   *
   * @return for example {@code "Palais des Nations, Room XIX, Geneva, CH"}; empty for an online place with no
   *     venue
   */
  public final String label() {
    StringBuilder sb = new StringBuilder();
    venue().ifPresent(v -> append(sb, v));
    room().ifPresent(v -> append(sb, v));
    address().ifPresent(v -> append(sb, v));
    city().ifPresent(v -> append(sb, v));
    country().ifPresent(v -> append(sb, v));
    return sb.toString();
  }

  private static void append(StringBuilder sb, String part) {
    if (sb.length() > 0) {
      sb.append(", ");
    }
    sb.append(part);
  }

  /** Builds {@link Place} values; nothing is required. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}

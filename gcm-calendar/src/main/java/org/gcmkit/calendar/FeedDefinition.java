package org.gcmkit.calendar;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.gcmkit.model.constraints.LanguageTag;
import org.immutables.value.Value;

/**
 * A subscribable calendar feed of a schedule: its name and description, which events it holds, whether items of
 * their programmes (group sessions, tables, agenda items) become events of their own, how often subscribers should
 * refresh it, and its language.
 *
 * <pre>{@code
 * FeedDefinition feed = FeedDefinition.builder()
 *     .name("GCM consultations in Africa")
 *     .description("Consultations of the Global Compact for Migration process in Africa")
 *     .filter(EventFilter.builder().addRegions(Region.AFRICA).build())
 *     .refreshInterval(Duration.ofHours(12))
 *     .language("en")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FeedDefinition implements WithFeedDefinition {

  FeedDefinition() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A feed of every event of a schedule, with a name.
   *
   * @param name the feed's name
   * @return the definition
   */
  public static FeedDefinition named(String name) {
    return builder().name(name).build();
  }

  /**
   * The feed's name, shown by calendar applications (RFC 7986 {@code NAME}, {@code X-WR-CALNAME}).
   *
   * @return the name
   */
  @NotBlank
  public abstract String name();

  /**
   * What the feed holds (RFC 7986 {@code DESCRIPTION}, {@code X-WR-CALDESC}).
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Which events the feed holds.
   *
   * @return the filter; {@link EventFilter#all()} unless set
   */
  @Value.Default
  public EventFilter filter() {
    return EventFilter.all();
  }

  /**
   * Whether items of the programmes of the selected events become events of their own, linked to their event.
   *
   * @return {@code true} to include programme items; {@code false} unless set
   */
  @Value.Default
  public boolean includeProgramme() {
    return false;
  }

  /**
   * How often subscribers should refresh the feed (RFC 7986 {@code REFRESH-INTERVAL}, {@code X-PUBLISHED-TTL}).
   *
   * @return the interval; one day unless set
   */
  @Value.Default
  public Duration refreshInterval() {
    return Duration.ofDays(1);
  }

  /**
   * The language of the feed's text, as a BCP 47 tag.
   *
   * @return the language, or empty
   */
  public abstract Optional<@LanguageTag String> language();

  /**
   * Where the feed is published (RFC 7986 {@code URL}).
   *
   * @return the address, or empty
   */
  public abstract Optional<URI> url();

  /**
   * The feed's colour, as a CSS3 colour name (RFC 7986 {@code COLOR}), for example {@code "teal"}.
   *
   * @return the colour, or empty
   */
  public abstract Optional<String> color();

  /**
   * The zone calendar applications should show the feed in ({@code X-WR-TIMEZONE}).
   *
   * @return the zone, or empty
   */
  public abstract Optional<ZoneId> timeZone();

  /** Builds {@link FeedDefinition} values; {@code name} is required. */
  public static final class Builder extends ImmutableFeedDefinition.Builder {
    Builder() {}
  }
}

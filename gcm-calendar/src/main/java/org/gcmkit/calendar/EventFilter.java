package org.gcmkit.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Set;
import java.util.SortedSet;
import org.gcmkit.model.Commission;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Region;
import org.immutables.value.Value;

/**
 * Which events a schedule or a feed selects: by kind, region, commission, Act, objective, phase, organisation,
 * person or city.
 *
 * <p>Every criterion that is not empty must match (they combine with AND); within a criterion any value may match
 * (OR). An empty filter selects every event. Criteria other than {@link #kinds()} look at the event <em>and the
 * events it is part of</em>: a group session of the Pacific RCSC is in the Pacific, and a table of the civil society
 * stocktaking is in Phase II, even when only the parent says so.
 *
 * <ul>
 *   <li>{@link #regions()} match an event's {@linkplain org.gcmkit.model.Event#region() region} or a region its
 *       {@linkplain org.gcmkit.model.Event#commission() commission} covers ({@link Commission#regions()}).
 *   <li>{@link #organisationIds()} match an organisation that takes part in any role, or on whose behalf someone
 *       does; {@link #personIds()} match a person who takes part in any role.
 *   <li>{@link #cities()} match the place's city, ignoring case.
 * </ul>
 *
 * <pre>{@code
 * EventFilter africaAct3 = EventFilter.builder().addRegions(Region.AFRICA).addActs(3).build();
 * EventFilter hearings = EventFilter.builder().addKinds(EventKind.MULTI_STAKEHOLDER_HEARING).build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EventFilter implements WithEventFilter {

  private static final EventFilter ALL = builder().build();

  EventFilter() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The filter that selects every event.
   *
   * @return the empty filter
   */
  public static EventFilter all() {
    return ALL;
  }

  /**
   * The kinds of event selected; this criterion looks at the event itself only.
   *
   * @return the kinds, empty for any
   */
  public abstract Set<EventKind> kinds();

  /**
   * The regions selected.
   *
   * @return the regions, empty for any
   */
  public abstract Set<Region> regions();

  /**
   * The Regional Economic Commissions selected.
   *
   * @return the commissions, empty for any
   */
  public abstract Set<Commission> commissions();

  /**
   * The Acts selected, by number.
   *
   * @return the Acts, empty for any
   */
  @Value.NaturalOrder
  public abstract SortedSet<@Min(1) @Max(10) Integer> acts();

  /**
   * The GCM objectives selected, by number.
   *
   * @return the objectives, empty for any
   */
  @Value.NaturalOrder
  public abstract SortedSet<@Min(1) @Max(23) Integer> objectives();

  /**
   * The phases selected, by id.
   *
   * @return the phase ids, empty for any
   */
  public abstract Set<String> phaseIds();

  /**
   * The organisations selected, by id.
   *
   * @return the organisation ids, empty for any
   */
  public abstract Set<String> organisationIds();

  /**
   * The people selected, by id.
   *
   * @return the person ids, empty for any
   */
  public abstract Set<String> personIds();

  /**
   * The cities selected, compared ignoring case.
   *
   * @return the cities, empty for any
   */
  public abstract Set<String> cities();

  /**
   * Whether this filter selects every event.
   *
   * @return {@code true} when every criterion is empty
   */
  public final boolean isEmpty() {
    return kinds().isEmpty()
        && regions().isEmpty()
        && commissions().isEmpty()
        && acts().isEmpty()
        && objectives().isEmpty()
        && phaseIds().isEmpty()
        && organisationIds().isEmpty()
        && personIds().isEmpty()
        && cities().isEmpty();
  }

  /** Builds {@link EventFilter} values; every criterion is optional. */
  public static final class Builder extends ImmutableEventFilter.Builder {
    Builder() {}
  }
}

package org.gcmkit.io.ical;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.calendar.CalendarTime;
import org.gcmkit.model.Commission;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.Region;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;
import org.jspecify.annotations.Nullable;

/**
 * The texts that gcmkit feeds derive from an event (documented in {@code docs/ical-feed.md}), read backwards: the
 * CATEGORIES labels of kinds, Acts, regions and commissions, and the blocks that a feed appends to DESCRIPTION.
 */
final class Labels {

  private static final Map<String, EventKind> KINDS = new HashMap<>();
  private static final Map<String, Region> REGIONS = new HashMap<>();
  private static final Map<String, Commission> COMMISSIONS = new HashMap<>();

  static {
    for (EventKind k : EventKind.values()) {
      KINDS.put(kindLabel(k), k);
    }
    for (Region r : Region.values()) {
      REGIONS.put(regionLabel(r), r);
    }
    for (Commission c : Commission.values()) {
      COMMISSIONS.put(c.name(), c);
    }
  }

  private Labels() {}

  /** A kind's label: its name in sentence case, with IDM and GFMD in capitals ({@code "Thematic session"}). */
  static String kindLabel(EventKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
    return words.replace("Idm ", "IDM ").replace("Gfmd ", "GFMD ");
  }

  /** A region's label ({@code "Middle East and North Africa"}). */
  static String regionLabel(Region region) {
    switch (region) {
      case LATIN_AMERICA:
        return "Latin America";
      case MIDDLE_EAST_NORTH_AFRICA:
        return "Middle East and North Africa";
      case NORTH_AMERICA:
        return "North America";
      default:
        String n = region.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
  }

  static @Nullable EventKind kind(String label) {
    return KINDS.get(label);
  }

  static @Nullable Region region(String label) {
    return REGIONS.get(label);
  }

  static @Nullable Commission commission(String label) {
    return COMMISSIONS.get(label);
  }

  /** The Act of a label {@code "Act n"}, n from 1 to 10. */
  static @Nullable Integer act(String label) {
    if (!label.startsWith("Act ")) {
      return null;
    }
    String n = label.substring(4);
    for (int i = 1; i <= 10; i++) {
      if (n.equals(Integer.toString(i))) {
        return i;
      }
    }
    return null;
  }

  /**
   * The blocks that a feed writes into DESCRIPTION after the event's own description, separated by a blank line:
   * {@code "Theme: "} and the theme; {@code "Date not exact: "} and the EDTF of the start (and {@code " to "} and the
   * end's) when the event is shown over a window; {@code "Sources:"} and a line {@code "- reference"} (with
   * {@code " (locator)"}) per source.
   */
  static String descriptionTail(
      Optional<String> theme, Optional<Timing> timing, Optional<Place> place, List<Source> sources) {
    List<String> blocks = new ArrayList<>(3);
    theme.ifPresent(t -> blocks.add("Theme: " + t));
    if (timing.isPresent()) {
      ZoneId zone = timing.get().zone().or(() -> place.flatMap(Place::zone)).orElse(null);
      if (CalendarTime.of(timing.get(), zone).map(CalendarTime::isTentative).orElse(false)) {
        StringBuilder sb = new StringBuilder("Date not exact: ").append(timing.get().start().toEdtf());
        timing.get().end().ifPresent(e -> sb.append(" to ").append(e.toEdtf()));
        blocks.add(sb.toString());
      }
    }
    if (!sources.isEmpty()) {
      StringBuilder sb = new StringBuilder("Sources:");
      for (Source s : sources) {
        sb.append("\n- ").append(s.reference());
        s.locator().ifPresent(l -> sb.append(" (").append(l).append(')'));
      }
      blocks.add(sb.toString());
    }
    return String.join("\n\n", blocks);
  }
}

package org.gcmkit.io.ical;

import java.util.HashMap;
import java.util.Map;
import org.gcmkit.io.ical.internal.write.FeedWriter;
import org.gcmkit.model.Commission;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Region;
import org.jspecify.annotations.Nullable;

/**
 * The CATEGORIES labels that gcmkit feeds derive from an event's kind, Acts, region and commission ({@link
 * FeedWriter#categories}), read backwards.
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

  static String kindLabel(EventKind kind) {
    return FeedWriter.kindLabel(kind);
  }

  static String regionLabel(Region region) {
    return FeedWriter.regionLabel(region);
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

}

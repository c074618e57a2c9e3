package org.gcmkit.io.ical;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of the properties of one read, each distinct list kept once: a calendar repeats a few lists (the
 * TZID of its zones, LANGUAGE, VALUE=DATE) over hundreds of thousands of properties, and a shared list is one object
 * fewer per property. Lists are in the compact form of {@link PropertyTable#compactParams}, immutable, so sharing
 * them is safe. At most {@value #MAX_ENTRIES} lists are kept; later new ones are made for their property alone. One
 * per read; not thread-safe.
 */
final class ParamTable {

  private static final int SIZE = 1 << 13;
  private static final int MAX_ENTRIES = SIZE / 2;

  private final Object[][] table = new Object[SIZE][];
  private final int[] hashes = new int[SIZE];
  private int entries;

  /**
   * The compact form of a property's parameters, shared with an earlier property that has the same.
   *
   * @param names the names, in upper case
   * @param values the values of each
   * @param count how many of the entries are used
   * @return the compact form (empty when there are none)
   */
  Object[] of(String[] names, String[][] values, int count) {
    if (count == 0) {
      return PropertyTable.compactParams(names, values, 0);
    }
    int h = 1;
    for (int i = 0; i < count; i++) {
      h = 31 * h + names[i].hashCode();
      for (String v : values[i]) {
        h = 31 * h + v.hashCode();
      }
    }
    h ^= h >>> 16;
    int mask = SIZE - 1;
    for (int i = h & mask; ; i = i + 1 & mask) {
      Object[] e = table[i];
      if (e == null) {
        Object[] made = PropertyTable.compactParams(names, values, count);
        if (entries < MAX_ENTRIES) {
          table[i] = made;
          hashes[i] = h;
          entries++;
        }
        return made;
      }
      if (hashes[i] == h && same(e, names, values, count)) {
        return e;
      }
    }
  }

  private static boolean same(Object[] e, String[] names, String[][] values, int count) {
    if (e.length != 2 * count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!e[2 * i].equals(names[i]) || !sameValues(e[2 * i + 1], values[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameValues(@Nullable Object stored, String[] values) {
    if (stored instanceof String s) {
      return values.length == 1 && s.equals(values[0]);
    }
    String[] v = (String[]) stored;
    if (v == null || v.length != values.length) {
      return false;
    }
    for (int k = 0; k < v.length; k++) {
      if (!v[k].equals(values[k])) {
        return false;
      }
    }
    return true;
  }
}

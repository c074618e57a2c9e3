package org.gcmkit.io.ical;

import java.util.Locale;

/**
 * Names of components, properties and parameters as the reader stores them: in upper case. A look-up by name
 * converts the name asked for once and then compares with {@code equals}, which is much cheaper than {@code
 * equalsIgnoreCase} on every candidate; the name asked for is usually an upper-case constant already, often the
 * very instance the reader stored (the reader's name table holds the string constants of the known names).
 */
final class NameCase {

  private NameCase() {}

  /**
   * The name in upper case: the same instance when it has no lower-case letter.
   *
   * @param name a name, any case
   * @return the name in upper case
   */
  static String upper(String name) {
    for (int i = 0, n = name.length(); i < n; i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || c >= 0x80) {
        return name.toUpperCase(Locale.ROOT);
      }
    }
    return name;
  }

  /**
   * Whether a stored name is the name asked for, given in upper case by {@link #upper}.
   *
   * @param stored the stored name, upper case
   * @param wanted the name asked for, upper case
   * @return whether they are the same name
   */
  static boolean same(String stored, String wanted) {
    // The hash of a String is computed once and kept: stored names are few instances (the reader's name table), so
    // comparing hashes first rejects most candidates without looking at their characters.
    return stored == wanted || (stored.hashCode() == wanted.hashCode() && stored.equals(wanted));
  }
}

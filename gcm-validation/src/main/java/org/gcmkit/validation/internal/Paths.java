package org.gcmkit.validation.internal;

/**
 * Data paths in the syntax of {@link org.gcmkit.model.SourceMap}: accessor names joined by dots, list elements keyed
 * by id when they have one and by 0-based index otherwise, for example {@code
 * events[cs-stock-gs3].participants[2].personId}.
 */
public final class Paths {

  private Paths() {}

  /**
   * A property of the value at a path.
   *
   * @param prefix the path of the value; empty for the root
   * @param name the property
   * @return the path of the property
   */
  public static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + '.' + name;
  }

  /**
   * A list element by index.
   *
   * @param list the path of the list
   * @param index the index
   * @return the path of the element
   */
  public static String at(String list, int index) {
    return list + '[' + index + ']';
  }

  /**
   * A list element by id.
   *
   * @param list the path of the list
   * @param id the element's id
   * @return the path of the element
   */
  public static String at(String list, String id) {
    return list + '[' + id + ']';
  }

  /**
   * The path of an event of the data set.
   *
   * @param id the event's id
   * @return {@code events[id]}
   */
  public static String event(String id) {
    return "events[" + id + ']';
  }

  /**
   * The last segment of a path, for messages: {@code title} for {@code events[ts6].title}, {@code languages[1]}
   * for {@code events[ts6].languages[1]}.
   *
   * @param path the path
   * @return the last property with its key, or the whole path when it has one segment
   */
  public static String leaf(String path) {
    int depth = 0;
    for (int i = path.length() - 1; i >= 0; i--) {
      char c = path.charAt(i);
      if (c == ']') {
        depth++;
      } else if (c == '[') {
        depth--;
      } else if (c == '.' && depth == 0) {
        return path.substring(i + 1);
      }
    }
    return path;
  }
}

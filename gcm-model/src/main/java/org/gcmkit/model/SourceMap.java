package org.gcmkit.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the values of a data set were found in the file they were read from: a map from <em>data paths</em> to
 * {@linkplain SourcePosition positions}. Readers build it; validators use it to put a file position on every
 * {@link Finding}.
 *
 * <p>A data path names a value by the names of the model's accessors, with list elements keyed by their id when they
 * have one and by their 0-based index otherwise:
 *
 * <pre>
 * events[cs-stock-gs3]                          the event with id cs-stock-gs3
 * events[cs-stock-gs3].participants[2].personId  the person of its third participation
 * phases[ph-1].window                           the window of phase ph-1
 * acts[0].title                                 the title of the first Act in the list
 * </pre>
 *
 * <p>{@link #find(String)} falls back to the nearest enclosing value that has a position, so a finding about a
 * value the reader did not record (a missing attribute, say) still points at its record.
 *
 * <pre>{@code
 * SourceMap map = SourceMap.builder()
 *     .put("events[ts6]", SourcePosition.of("data.json", 40, 5))
 *     .put("events[ts6].title", SourcePosition.of("data.json", 43, 16))
 *     .build();
 * map.find("events[ts6].title");     // data.json:43:16
 * map.find("events[ts6].timing");    // data.json:40:5, the event itself
 * }</pre>
 *
 * @since 0.1
 */
public final class SourceMap {

  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private final Map<String, SourcePosition> positions;

  private SourceMap(Map<String, SourcePosition> positions) {
    this.positions = positions;
  }

  /**
   * The map of a data set that was not read from a file.
   *
   * @return an empty map
   */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder(16);
  }

  /**
   * A new builder for about as many positions as given, so that a reader of a large file does not grow the map
   * step by step.
   *
   * @param expectedPositions the number of positions expected
   * @return an empty builder
   * @throws IllegalArgumentException if the number is negative
   */
  public static Builder builder(int expectedPositions) {
    if (expectedPositions < 0) {
      throw new IllegalArgumentException("expectedPositions must not be negative: " + expectedPositions);
    }
    return new Builder(expectedPositions);
  }

  /**
   * The position of a value, or of the nearest enclosing value that has one.
   *
   * @param path a data path, for example {@code "events[ts6].participants[0].role"}
   * @return the position, or empty when neither the value nor anything enclosing it has one
   */
  public Optional<SourcePosition> find(String path) {
    String p = path;
    while (!p.isEmpty()) {
      SourcePosition pos = positions.get(p);
      if (pos != null) {
        return Optional.of(pos);
      }
      p = parent(p);
    }
    return Optional.empty();
  }

  /**
   * The number of recorded positions.
   *
   * @return the size
   */
  public int size() {
    return positions.size();
  }

  /**
   * Whether no position is recorded.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return positions.isEmpty();
  }

  /**
   * The path of the value enclosing the value at a path.
   *
   * @param path a data path
   * @return the enclosing path: {@code "events[ts6]"} for {@code "events[ts6].title"}, {@code "events"} for
   *     {@code "events[ts6]"}, and the empty string for a top-level name
   */
  public static String parent(String path) {
    int depth = 0;
    for (int i = path.length() - 1; i >= 0; i--) {
      char c = path.charAt(i);
      if (c == ']') {
        depth++;
      } else if (c == '[') {
        depth--;
        if (depth == 0) {
          return path.substring(0, i);
        }
      } else if (c == '.' && depth == 0) {
        return path.substring(0, i);
      }
    }
    return "";
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof SourceMap m && positions.equals(m.positions);
  }

  @Override
  public int hashCode() {
    return positions.hashCode();
  }

  @Override
  public String toString() {
    return "SourceMap[" + positions.size() + " positions]";
  }

  /**
   * Builds a {@link SourceMap}; a builder is not thread-safe, the map it builds is. {@link #build()} hands the
   * recorded positions over without copying them and leaves the builder empty.
   */
  public static final class Builder {

    private Map<String, SourcePosition> positions;

    private Builder(int expected) {
      positions = new HashMap<>(Math.max(16, (int) Math.min(1 << 30, (long) expected * 4 / 3 + 1)));
    }

    /**
     * Records the position of a value; a later position for the same path replaces an earlier one.
     *
     * @param path the data path
     * @param position where the value starts
     * @return this builder
     */
    public Builder put(String path, SourcePosition position) {
      positions.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(position, "position"));
      return this;
    }

    /**
     * The map of what was recorded; the builder is empty afterwards.
     *
     * @return an immutable map of what was recorded
     */
    public SourceMap build() {
      if (positions.isEmpty()) {
        return EMPTY;
      }
      SourceMap map = new SourceMap(Collections.unmodifiableMap(positions));
      positions = new HashMap<>();
      return map;
    }
  }
}

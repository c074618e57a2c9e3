package org.gcmkit.io.ical;

import java.util.List;
import java.util.Objects;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A property parameter: name, values (unquoted, RFC 6868 escapes decoded) and position.
 *
 * @since 0.1
 */
public final class ICalParameter {

  private final String name;
  private final List<String> values;
  private final SourcePosition position;

  ICalParameter(String name, List<String> values, SourcePosition position) {
    this.name = name;
    this.values = values;
    this.position = position;
  }

  /**
   * The name in upper case.
   *
   * @return for example {@code "TZID"}
   */
  public String name() {
    return name;
  }

  /**
   * The values; most parameters have one.
   *
   * @return the values, never empty
   */
  public List<String> values() {
    return values;
  }

  /**
   * The first value.
   *
   * @return the value
   */
  public String value() {
    return values.isEmpty() ? "" : values.get(0);
  }

  /**
   * Where the parameter name starts in the file.
   *
   * @return the position
   */
  public SourcePosition position() {
    return position;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ICalParameter p && p.name.equals(name) && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, values);
  }

  @Override
  public String toString() {
    return name + "=" + String.join(",", values);
  }
}

package org.gcmkit.io.ical;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gcmkit.calendar.recur.RecurrenceRule;
import org.gcmkit.io.ical.internal.read.Values;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A property of a component: name, parameters, raw value, typed value and positions.
 *
 * <p>The raw value is the text after the colon, unfolded but not unescaped: it is what the file says, and it is kept
 * for every property, known or not, so that X- and IANA properties survive a read. The typed value follows the
 * property's default type or its VALUE parameter; the typed accessors return empty when the value is of another type
 * or could not be parsed (the reader then reported an {@code ICAL-BAD-VALUE} finding).
 *
 * <p>A property is a view of its component's storage, made when it is asked for (a component keeps its properties in
 * a few arrays, not as objects): two views of the same property are equal but need not be the same object, and the
 * raw and text values are decoded on each call. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ICalProperty {

  private final PropertyTable table;
  private final int index;

  /** The view of row {@code index} of a component's table. */
  ICalProperty(PropertyTable table, int index) {
    this.table = table;
    this.index = index;
  }

  /** The row of this property in its component (its index in {@link ICalComponent#properties()}). */
  int index() {
    return index;
  }

  private String paramName(int i) {
    return (String) table.params(index)[2 * i];
  }

  private String[] paramValues(int i) {
    Object v = table.params(index)[2 * i + 1];
    return v instanceof String s ? new String[] {s} : (String[]) v;
  }

  /**
   * The index of the first parameter of a name, or -1. Names are stored in upper case, so a name given in upper case
   * (the usual case, often the very same constant) is compared with {@code equals}.
   */
  private int paramIndex(String parameterName) {
    String wanted = NameCase.upper(parameterName);
    Object[] params = table.params(index);
    for (int i = 0; i < params.length; i += 2) {
      if (NameCase.same((String) params[i], wanted)) {
        return i / 2;
      }
    }
    return -1;
  }

  /**
   * The name in upper case.
   *
   * @return for example {@code "DTSTART"} or {@code "X-WR-CALNAME"}
   */
  public String name() {
    return table.name(index);
  }

  /**
   * The parameters in file order.
   *
   * @return the parameters, empty when there are none
   */
  public List<ICalParameter> parameters() {
    Object[] params = table.params(index);
    if (params.length == 0) {
      return List.of();
    }
    List<ICalParameter> out = new ArrayList<>(params.length / 2);
    for (int i = 0; i < params.length / 2; i++) {
      out.add(
          new ICalParameter(
              paramName(i),
              Collections.unmodifiableList(Arrays.asList(paramValues(i))),
              SourcePosition.of(table.source(), table.paramLine(index, i), table.paramColumn(index, i))));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The first value of a parameter.
   *
   * @param parameterName the name, any case
   * @return the value, or empty when the parameter is absent
   */
  public Optional<String> parameter(String parameterName) {
    int i = paramIndex(parameterName);
    if (i < 0) {
      return Optional.empty();
    }
    Object v = table.params(index)[2 * i + 1];
    if (v instanceof String s) {
      return Optional.of(s);
    }
    String[] values = (String[]) v;
    return Optional.of(values.length == 0 ? "" : values[0]);
  }

  /**
   * All values of a parameter.
   *
   * @param parameterName the name, any case
   * @return the values, empty when the parameter is absent
   */
  public List<String> parameterValues(String parameterName) {
    int i = paramIndex(parameterName);
    return i < 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(paramValues(i)));
  }

  /**
   * The value as written: unfolded, not unescaped.
   *
   * @return the raw value
   */
  public String rawValue() {
    return table.raw(index);
  }

  /**
   * The type the value was read as.
   *
   * @return the type
   */
  public ICalValueType valueType() {
    return table.type(index);
  }

  /**
   * The typed value: a {@link String} (TEXT, URI, CAL-ADDRESS and unknown types), a {@code List<String>} (TEXT
   * lists such as CATEGORIES), {@link ICalDateTime}, a {@code List} of {@link ICalDateTime} or {@link ICalPeriod}
   * (RDATE, EXDATE, FREEBUSY), {@link ICalDuration}, {@link Integer}, {@link Double}, {@link Boolean},
   * {@link ZoneOffset}, {@link RecurrenceRule} or {@link ICalGeo}.
   *
   * @return the value, or empty when it could not be parsed
   */
  public Optional<Object> value() {
    return Optional.ofNullable(typed());
  }

  /** The stored value: {@code null} for TEXT and raw-text values (made on access) and for values that did not parse. */
  private @Nullable Object stored() {
    return table.stored(index);
  }

  /** The typed value; TEXT is kept raw and unescaped here, on access. */
  private @Nullable Object typed() {
    Object value = table.stored(index);
    if (value != null) {
      return value;
    }
    if (table.valueIsRaw(index)) {
      return table.raw(index);
    }
    if (table.type(index) != ICalValueType.TEXT) {
      return null;
    }
    String raw = table.raw(index);
    String name = table.name(index);
    if ("CATEGORIES".equals(name) || "RESOURCES".equals(name)) {
      int[] items = Values.splitList(raw);
      List<String> out = new ArrayList<>(items.length / 2);
      for (int i = 0; i < items.length; i += 2) {
        out.add(Values.unescape(raw, items[i], items[i + 1], null));
      }
      return Collections.unmodifiableList(out);
    }
    return Values.unescape(raw, 0, raw.length(), null);
  }

  /**
   * The value as text: unescaped TEXT, or the first item of a TEXT list, or the raw value of URI, CAL-ADDRESS and
   * unknown types.
   *
   * @return the text, or empty for other types
   */
  public Optional<String> text() {
    Object v = typed();
    if (v instanceof String s) {
      return Optional.of(s);
    }
    if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String s) {
      return Optional.of(s);
    }
    return Optional.empty();
  }

  /**
   * The items of a TEXT list (CATEGORIES, RESOURCES), or the one text value.
   *
   * @return the texts, empty for other types
   */
  public List<String> texts() {
    Object v = typed();
    if (v instanceof String s) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String s) {
          out.add(s);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The DATE or DATE-TIME value (the first one of a list).
   *
   * @return the value, or empty for other types
   */
  public Optional<ICalDateTime> dateTime() {
    Object value = stored();
    if (value instanceof ICalDateTime d) {
      return Optional.of(d);
    }
    if (value instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof ICalDateTime d) {
      return Optional.of(d);
    }
    return Optional.empty();
  }

  /**
   * The DATE and DATE-TIME values of a list (RDATE, EXDATE), or the one value.
   *
   * @return the values, empty for other types
   */
  public List<ICalDateTime> dateTimes() {
    Object value = stored();
    if (value instanceof ICalDateTime d) {
      return List.of(d);
    }
    List<ICalDateTime> out = new ArrayList<>();
    if (value instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof ICalDateTime d) {
          out.add(d);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The PERIOD values of a list (RDATE;VALUE=PERIOD, FREEBUSY).
   *
   * @return the periods, empty for other types
   */
  public List<ICalPeriod> periods() {
    Object value = stored();
    List<ICalPeriod> out = new ArrayList<>();
    if (value instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof ICalPeriod p) {
          out.add(p);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The DURATION value.
   *
   * @return the duration, or empty
   */
  public Optional<ICalDuration> duration() {
    Object value = stored();
    return value instanceof ICalDuration d ? Optional.of(d) : Optional.empty();
  }

  /**
   * The INTEGER value.
   *
   * @return the integer, or empty
   */
  public OptionalInt integer() {
    Object value = stored();
    return value instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /**
   * The FLOAT value.
   *
   * @return the number, or empty
   */
  public OptionalDouble decimal() {
    Object value = stored();
    return value instanceof Double d ? OptionalDouble.of(d) : OptionalDouble.empty();
  }

  /**
   * The BOOLEAN value.
   *
   * @return the boolean, or empty
   */
  public Optional<Boolean> bool() {
    Object value = stored();
    return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  /**
   * The UTC-OFFSET value.
   *
   * @return the offset, or empty
   */
  public Optional<ZoneOffset> utcOffset() {
    Object value = stored();
    return value instanceof ZoneOffset z ? Optional.of(z) : Optional.empty();
  }

  /**
   * The RECUR value.
   *
   * @return the rule, or empty
   */
  public Optional<RecurrenceRule> recurrenceRule() {
    Object value = stored();
    return value instanceof RecurrenceRule r ? Optional.of(r) : Optional.empty();
  }

  /**
   * The GEO value.
   *
   * @return the position, or empty
   */
  public Optional<ICalGeo> geo() {
    Object value = stored();
    return value instanceof ICalGeo g ? Optional.of(g) : Optional.empty();
  }

  /**
   * Where the property name starts in the file.
   *
   * @return the position
   */
  public SourcePosition position() {
    return SourcePosition.of(table.source(), table.line(index), table.column(index));
  }

  /**
   * Where the value starts in the file.
   *
   * @return the position
   */
  public SourcePosition valuePosition() {
    return SourcePosition.of(table.source(), table.valueLine(index), table.valueColumn(index));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ICalProperty p)) {
      return false;
    }
    return p.name().equals(name())
        && p.rawValue().equals(rawValue())
        && Arrays.deepEquals(p.table.params(p.index), table.params(index));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name(), rawValue(), table.params(index).length);
  }

  /**
   * The property as an unfolded content line.
   *
   * @return for example {@code "DTSTART;TZID=Europe/Paris:20180101T090000"}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name());
    for (int i = 0; i < table.params(index).length / 2; i++) {
      sb.append(';').append(paramName(i)).append('=');
      String[] values = paramValues(i);
      for (int j = 0; j < values.length; j++) {
        if (j > 0) {
          sb.append(',');
        }
        String v = values[j];
        boolean quote = v.indexOf(':') >= 0 || v.indexOf(';') >= 0 || v.indexOf(',') >= 0;
        sb.append(quote ? "\"" + v + "\"" : v);
      }
    }
    return sb.append(':').append(rawValue()).toString();
  }
}

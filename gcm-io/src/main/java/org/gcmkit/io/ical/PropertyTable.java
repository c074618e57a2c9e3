package org.gcmkit.io.ical;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one component, stored column-wise: a few arrays per component instead of a handful of objects per
 * property. {@link ICalProperty} is a view of one row, made on access.
 *
 * <p>A large calendar holds millions of properties; as objects (the property, its raw value as a {@code String} and
 * that string's array, its parameter positions) they were most of the objects of a read and most of the time the
 * garbage collector spent copying them. Here the raw values of all properties of a component are one UTF-8 array (a
 * Java string of text with one character outside Latin-1 would take two bytes for every character), and the
 * numbers (positions, end of each raw value, type) one {@code int} array. Immutable once built; thread-safe.
 */
final class PropertyTable {

  /** The stored value of a property whose typed value is its raw text (URI, CAL-ADDRESS, unknown types). */
  static final Object RAW = new Object();

  private static final Object[] NO_PARAMS = new Object[0];
  private static final ICalValueType[] TYPES = ICalValueType.values();

  // the columns of ints: positions of name and value, end of the raw value in text, type, parameter positions
  private static final int LINE = 0;
  private static final int COLUMN = 1;
  private static final int VALUE_LINE = 2;
  private static final int VALUE_COLUMN = 3;
  private static final int END = 4;
  private static final int TYPE = 5;
  private static final int PARAM_POSITIONS = 6;
  private static final int STRIDE = 7;

  private final String source;
  /** Three per property: name, parameters (the compact form of {@link #params}, or null), stored value. */
  private final @Nullable Object[] objects;
  /**
   * {@link #STRIDE} per property, then the positions of the parameters (line and column of each; a property's
   * {@link #PARAM_POSITIONS} is the index of its first, counted from the end of the rows).
   */
  private final int[] ints;
  /** The raw values, UTF-8, one after the other. */
  private final byte[] text;
  private final int size;

  private PropertyTable(String source, @Nullable Object[] objects, int[] ints, byte[] text, int size) {
    this.source = source;
    this.objects = objects;
    this.ints = ints;
    this.text = text;
    this.size = size;
  }

  /**
   * The parameters of a property in the compact form of this table: for each, its name and its values (one
   * {@code String}, or a {@code String[]} when there are none or several).
   *
   * @param names the names, in upper case
   * @param values the values of each
   * @param count how many of the entries are used
   * @return the compact form
   */
  static Object[] compactParams(String[] names, String[][] values, int count) {
    if (count == 0) {
      return NO_PARAMS;
    }
    Object[] out = new Object[count * 2];
    for (int i = 0; i < count; i++) {
      out[2 * i] = names[i];
      String[] v = values[i];
      out[2 * i + 1] = v.length == 1 ? v[0] : v.clone();
    }
    return out;
  }

  int size() {
    return size;
  }

  String source() {
    return source;
  }

  /** The name in upper case. */
  String name(int i) {
    return (String) objects[3 * i];
  }

  /**
   * The parameters: for each, its name and its values (one {@code String}, or a {@code String[]} when there are none
   * or several).
   */
  Object[] params(int i) {
    Object p = objects[3 * i + 1];
    return p == null ? NO_PARAMS : (Object[]) p;
  }

  /** The value as stored: {@code null} for TEXT (unescaped on access) and for values that did not parse. */
  @Nullable Object stored(int i) {
    Object v = objects[3 * i + 2];
    return v == RAW ? null : v;
  }

  /** Whether the typed value is the raw text. */
  boolean valueIsRaw(int i) {
    return objects[3 * i + 2] == RAW;
  }

  ICalValueType type(int i) {
    return TYPES[ints[STRIDE * i + TYPE]];
  }

  String raw(int i) {
    int from = i == 0 ? 0 : ints[STRIDE * (i - 1) + END];
    int to = ints[STRIDE * i + END];
    return from == to ? "" : new String(text, from, to - from, StandardCharsets.UTF_8);
  }

  int line(int i) {
    return ints[STRIDE * i + LINE];
  }

  int column(int i) {
    return ints[STRIDE * i + COLUMN];
  }

  int valueLine(int i) {
    return ints[STRIDE * i + VALUE_LINE];
  }

  int valueColumn(int i) {
    return ints[STRIDE * i + VALUE_COLUMN];
  }

  /** The line of parameter {@code p} of property {@code i}. */
  int paramLine(int i, int p) {
    return ints[STRIDE * size + ints[STRIDE * i + PARAM_POSITIONS] + 2 * p];
  }

  /** The column of parameter {@code p} of property {@code i}. */
  int paramColumn(int i, int p) {
    return ints[STRIDE * size + ints[STRIDE * i + PARAM_POSITIONS] + 2 * p + 1];
  }

  /**
   * The index of the first property of a name from an index on, or -1.
   *
   * @param upperName the name in upper case
   */
  int indexOf(String upperName, int from) {
    for (int i = from; i < size; i++) {
      if (NameCase.same(name(i), upperName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * This table with other stored values (the same rows otherwise).
   *
   * @param values the stored value of each property, {@code null} where it is to stay as it is
   */
  PropertyTable withValues(@Nullable Object[] values) {
    Object[] o = objects.clone();
    for (int i = 0; i < size; i++) {
      if (values[i] != null) {
        o[3 * i + 2] = values[i];
      }
    }
    return new PropertyTable(source, o, ints, text, size);
  }

  /** Collects the rows of one component; reusable after {@link #build()}. Not thread-safe. */
  static final class Builder {
    private final String source;
    private Object[] objects = new Object[3 * 16];
    private int[] ints = new int[STRIDE * 16];
    private int[] paramPositions = new int[32];
    private byte[] text = new byte[1024];
    private int size;
    private int paramLength;
    private int length;

    Builder(String source) {
      this.source = source;
    }

    int size() {
      return size;
    }

    /**
     * Adds a row.
     *
     * @param params the parameters in compact form (name, value(s)), empty when there are none
     * @param positions line and column of each parameter
     * @param raw the raw value in UTF-8 (from index 0)
     * @param rawLength its length in bytes
     * @param stored the stored value ({@link #RAW} for the raw text, {@code null} for TEXT and unparsed values)
     */
    void add(
        String name,
        Object[] params,
        int[] positions,
        byte[] raw,
        int rawLength,
        ICalValueType type,
        @Nullable Object stored,
        int line,
        int column,
        int valueLine,
        int valueColumn) {
      if (3 * size + 3 > objects.length) {
        objects = Arrays.copyOf(objects, objects.length * 2);
        ints = Arrays.copyOf(ints, ints.length * 2);
      }
      int o = 3 * size;
      objects[o] = name;
      objects[o + 1] = params.length == 0 ? null : params;
      objects[o + 2] = stored;
      int r = STRIDE * size;
      ensureText(rawLength);
      System.arraycopy(raw, 0, text, length, rawLength);
      length += rawLength;
      ints[r + LINE] = line;
      ints[r + COLUMN] = column;
      ints[r + VALUE_LINE] = valueLine;
      ints[r + VALUE_COLUMN] = valueColumn;
      ints[r + END] = length;
      ints[r + TYPE] = type.ordinal();
      ints[r + PARAM_POSITIONS] = paramLength;
      int n = params.length; // two slots per parameter, two positions per parameter
      if (n > 0) {
        if (paramLength + n > paramPositions.length) {
          paramPositions = Arrays.copyOf(paramPositions, Math.max(paramPositions.length * 2, paramLength + n));
        }
        System.arraycopy(positions, 0, paramPositions, paramLength, n);
        paramLength += n;
      }
      size++;
    }

    private void ensureText(int more) {
      if (length + more > text.length) {
        text = Arrays.copyOf(text, Math.max(text.length * 2, length + more));
      }
    }

    /** The table of the rows added since the last build; the builder is empty afterwards. */
    PropertyTable build() {
      int rows = STRIDE * size;
      int[] outInts = new int[rows + paramLength];
      System.arraycopy(ints, 0, outInts, 0, rows);
      System.arraycopy(paramPositions, 0, outInts, rows, paramLength);
      PropertyTable t =
          new PropertyTable(
              source, Arrays.copyOf(objects, 3 * size), outInts, Arrays.copyOf(text, length), size);
      Arrays.fill(objects, 0, 3 * size, null);
      size = 0;
      paramLength = 0;
      length = 0;
      return t;
    }
  }
}

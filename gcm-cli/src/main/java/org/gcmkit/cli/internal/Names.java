package org.gcmkit.cli.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Region;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Enum values on the command line as the JSON format writes them, in lower case with hyphens
 * ({@code regional-consultation}, {@code latin-america}); upper case and underscores are accepted too.
 */
final class Names {

  private Names() {}

  /**
   * The command-line name of a constant.
   *
   * @param e the constant
   * @return for example {@code "middle-east-north-africa"}
   */
  static String of(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parse(Class<E> type, String what, String value) {
    String key = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    throw new TypeConversionException("unknown " + what + " '" + value + "'; one of: " + String.join(", ",
        names(type)));
  }

  static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(of(e));
    }
    return names;
  }

  /** Converts {@code --kind} values. */
  static final class KindConverter implements ITypeConverter<EventKind> {
    @Override
    public EventKind convert(String value) {
      return parse(EventKind.class, "event kind", value);
    }
  }

  /** Converts {@code --region} values. */
  static final class RegionConverter implements ITypeConverter<Region> {
    @Override
    public Region convert(String value) {
      return parse(Region.class, "region", value);
    }
  }

  /** The event kinds, for help and completion. */
  static final class Kinds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(EventKind.class).iterator();
    }
  }

  /** The regions, for help and completion. */
  static final class Regions implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(Region.class).iterator();
    }
  }
}

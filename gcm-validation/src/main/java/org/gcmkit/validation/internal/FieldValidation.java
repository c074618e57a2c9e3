package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Document;
import org.gcmkit.model.Event;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.Target;
import org.gcmkit.model.constraints.CountryCode;
import org.gcmkit.model.constraints.LanguageTag;
import org.gcmkit.model.constraints.NonBlank;
import org.jspecify.annotations.Nullable;

/**
 * The model's field constraints, checked by a Jakarta {@link Validator} (Hibernate Validator configured to see
 * record-style accessors), turned into findings with stable codes and data paths in our syntax: Hibernate
 * Validator's {@code events[3].participants[2].personId} becomes {@code events[ts6].participants[2].personId},
 * list elements with an id keyed by it, and container-element nodes such as {@code <list element>} folded into
 * their index.
 */
public final class FieldValidation {

  private static final int MAX_VALUE_LENGTH = 60;

  /** A list of a data set whose elements Hibernate Validator validates in cascade. */
  static final class Section {
    final String name;
    final Function<DataSet, List<?>> records;

    Section(String name, Function<DataSet, List<?>> records) {
      this.name = name;
      this.records = records;
    }
  }

  /**
   * The cascaded lists of a {@link DataSet}, named as Hibernate Validator names them; the data set has no other
   * constraint of its own (a test holds this list to the data set's constraint metadata).
   */
  static final List<Section> SECTIONS = List.of(
      new Section("phases", DataSet::phases),
      new Section("events", DataSet::events),
      new Section("organisations", DataSet::organisations),
      new Section("people", DataSet::people),
      new Section("memberships", DataSet::memberships),
      new Section("accreditations", DataSet::accreditations),
      new Section("acts", DataSet::acts),
      new Section("objectives", DataSet::objectives),
      new Section("goals", DataSet::goals),
      new Section("documents", DataSet::documents),
      new Section("sources", DataSet::sources));

  private final Validator validator;

  /**
   * A field validation with a validator.
   *
   * @param validator the Jakarta validator
   */
  public FieldValidation(Validator validator) {
    this.validator = validator;
  }

  /**
   * Validates a value and its cascaded values. A {@link DataSet} is validated record by record, one call per element
   * of each of its cascaded lists (see {@link #SECTIONS}), which gives the same violations, paths and messages as one
   * cascading call over the data set: the records are immutable values, so none can contain another or itself, and
   * Hibernate Validator validates every occurrence of a value in sibling list elements either way. Per-record calls
   * do what plain per-object calls do: short property paths, and a record's own set of visited values instead of one
   * for the whole data set.
   *
   * @param root the value
   * @param sink the sink for the findings
   */
  public void validate(Object root, Sink sink) {
    if (root instanceof DataSet) {
      DataSet data = (DataSet) root;
      for (Section section : SECTIONS) {
        List<?> records = section.records.apply(data);
        for (int i = 0; i < records.size(); i++) {
          Object record = records.get(i);
          for (ConstraintViolation<Object> v : validator.validate(record)) {
            report(v, path(v, section.name, records, i), root, sink);
          }
        }
      }
    } else {
      validateCascading(root, sink);
    }
  }

  /**
   * Validates a value and its cascaded values in one Hibernate Validator call, a data set included. {@link
   * #validate} gives the same findings; this is the reference it is tested against.
   *
   * @param root the value
   * @param sink the sink for the findings
   */
  public void validateCascading(Object root, Sink sink) {
    for (ConstraintViolation<Object> v : validator.validate(root)) {
      report(v, path(v), root, sink);
    }
  }

  private static void report(ConstraintViolation<Object> v, String path, Object root, Sink sink) {
    String property = path.isEmpty() ? root.getClass().getSimpleName() : Paths.leaf(path);
    String value = show(v.getInvalidValue());
    Annotation a = v.getConstraintDescriptor().getAnnotation();
    Class<? extends Annotation> type = a.annotationType();
    if (type == NotBlank.class || type == NonBlank.class) {
      sink.add(Rule.FIELD_NOT_BLANK, path, property);
    } else if (type == Positive.class) {
      sink.add(Rule.FIELD_POSITIVE, path, property, value);
    } else if (type == PositiveOrZero.class) {
      sink.add(Rule.FIELD_POSITIVE_OR_ZERO, path, property, value);
    } else if (type == Min.class) {
      sink.add(Rule.FIELD_MIN, path, property, value, ((Min) a).value());
    } else if (type == Max.class) {
      sink.add(Rule.FIELD_MAX, path, property, value, ((Max) a).value());
    } else if (type == CountryCode.class) {
      sink.add(Rule.FIELD_COUNTRY_CODE, path, property, value);
    } else if (type == LanguageTag.class) {
      sink.add(Rule.FIELD_LANGUAGE_TAG, path, property, value);
    } else {
      sink.add(Rule.FIELD_CONSTRAINT, path, property, value, "@" + type.getSimpleName(), v.getMessage());
    }
  }

  private static String show(@Nullable Object value) {
    String s = String.valueOf(value);
    return s.length() > MAX_VALUE_LENGTH ? s.substring(0, MAX_VALUE_LENGTH) + "…" : s;
  }

  /**
   * The data path of a violation. Hibernate Validator's nodes give names and indexes; the elements behind the indexes
   * (whose ids key our paths) are read again from the validated values, from the root down.
   *
   * @param v the violation
   * @return the path in our syntax
   */
  static String path(ConstraintViolation<?> v) {
    return path(v, "", null, -1);
  }

  /**
   * The data path of a violation of a value validated on its own or, when {@code section} is not empty, of the
   * record at {@code index} in the data set's list {@code section}: the path that a cascading call over the data set
   * gives, whose first node would be {@code section} and whose next node would be in that list at {@code index}.
   */
  private static String path(ConstraintViolation<?> v, String section, @Nullable List<?> records, int index) {
    StringBuilder sb = new StringBuilder(section);
    Object bean = v.getRootBean();
    Object value = records;
    boolean first = section.isEmpty();
    boolean top = !first;
    for (Path.Node node : v.getPropertyPath()) {
      ElementKind kind = node.getKind();
      boolean inIterable = top || node.isInIterable();
      Integer nodeIndex = top ? Integer.valueOf(index) : node.getIndex();
      Object nodeKey = top ? null : node.getKey();
      if (kind == ElementKind.PROPERTY) {
        top = false;
        if (inIterable) {
          Object element = element(value, nodeIndex, nodeKey, null);
          sb.append('[').append(key(element, nodeIndex, nodeKey, value, null)).append(']');
          bean = element;
        } else if (!first) {
          bean = unwrap(value);
        }
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(node.getName());
        value = Accessors.read(bean, node.getName());
        first = false;
      } else if (kind == ElementKind.CONTAINER_ELEMENT) {
        top = false;
        if (inIterable) {
          Object element = element(value, nodeIndex, nodeKey, v.getInvalidValue());
          sb.append('[').append(key(element, nodeIndex, nodeKey, value, v.getInvalidValue()))
              .append(']');
          value = element;
        }
      }
    }
    return sb.toString();
  }

  private static @Nullable Object unwrap(@Nullable Object value) {
    return value instanceof java.util.Optional ? ((java.util.Optional<?>) value).orElse(null) : value;
  }

  /** The element of a container at an index or key; for a set, the invalid value itself. */
  private static @Nullable Object element(@Nullable Object container, @Nullable Integer index, @Nullable Object key,
      @Nullable Object leafValue) {
    container = unwrap(container);
    if (index != null && container instanceof List && index >= 0 && index < ((List<?>) container).size()) {
      return ((List<?>) container).get(index);
    }
    if (key != null && container instanceof Map) {
      return ((Map<?, ?>) container).get(key);
    }
    return index == null && key == null ? leafValue : null;
  }

  /**
   * The key of an element in a path: its id when it has one, else its index, its map key, or for a set the position
   * of the invalid value in the set's order.
   */
  private static String key(@Nullable Object element, @Nullable Integer index, @Nullable Object key,
      @Nullable Object container, @Nullable Object leafValue) {
    String id = idOf(element);
    if (id != null) {
      return id;
    }
    if (index != null) {
      return String.valueOf(index);
    }
    if (key != null) {
      return String.valueOf(key);
    }
    container = unwrap(container);
    if (container instanceof Iterable) {
      int i = 0;
      for (Iterator<?> it = ((Iterable<?>) container).iterator(); it.hasNext(); i++) {
        if (java.util.Objects.equals(it.next(), leafValue)) {
          return String.valueOf(i);
        }
      }
    }
    return "?";
  }

  /**
   * The id of a model record that has one.
   *
   * @param element a list element
   * @return its id, or null
   */
  static @Nullable String idOf(@Nullable Object element) {
    String id = rawId(element);
    return id == null || id.isBlank() ? null : id;
  }

  private static @Nullable String rawId(@Nullable Object element) {
    if (element instanceof Event) {
      return ((Event) element).id();
    } else if (element instanceof Phase) {
      return ((Phase) element).id();
    } else if (element instanceof Organisation) {
      return ((Organisation) element).id();
    } else if (element instanceof Person) {
      return ((Person) element).id();
    } else if (element instanceof Accreditation) {
      return ((Accreditation) element).id();
    } else if (element instanceof Document) {
      return ((Document) element).id();
    } else if (element instanceof Goal) {
      return ((Goal) element).id();
    } else if (element instanceof Target) {
      return ((Target) element).id();
    } else if (element instanceof Indicator) {
      return ((Indicator) element).id();
    }
    return null;
  }
}

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
import java.util.Set;
import org.gcmkit.model.Accreditation;
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
   * Validates a value and its cascaded values.
   *
   * @param root the value
   * @param sink the sink for the findings
   */
  public void validate(Object root, Sink sink) {
    Set<ConstraintViolation<Object>> violations = validator.validate(root);
    for (ConstraintViolation<Object> v : violations) {
      String path = path(v);
      String property = path.isEmpty() ? root.getClass().getSimpleName() : Paths.leaf(path);
      String value = show(v.getInvalidValue());
      Annotation a = v.getConstraintDescriptor().getAnnotation();
      Class<? extends Annotation> type = a.annotationType();
      if (type == NotBlank.class) {
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
  }

  private static String show(@Nullable Object value) {
    String s = String.valueOf(value);
    return s.length() > MAX_VALUE_LENGTH ? s.substring(0, MAX_VALUE_LENGTH) + "…" : s;
  }

  /**
   * The data path of a violation.
   *
   * @param v the violation
   * @return the path in our syntax
   */
  static String path(ConstraintViolation<?> v) {
    StringBuilder sb = new StringBuilder();
    Object container = null;
    for (Path.Node node : v.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.PROPERTY) {
        if (node.isInIterable()) {
          sb.append('[').append(key(container, node.getIndex(), node.getKey(), null)).append(']');
        }
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(node.getName());
        container = node.as(org.hibernate.validator.path.PropertyNode.class).getValue();
      } else if (kind == ElementKind.CONTAINER_ELEMENT) {
        if (node.isInIterable()) {
          sb.append('[').append(key(container, node.getIndex(), node.getKey(), v.getInvalidValue())).append(']');
        }
        container = node.as(org.hibernate.validator.path.ContainerElementNode.class).getValue();
      }
    }
    return sb.toString();
  }

  /** The key of an element: its id when it has one, else its index (for a set, the index of the invalid value). */
  private static String key(@Nullable Object container, @Nullable Integer index, @Nullable Object key,
      @Nullable Object leafValue) {
    if (key != null) {
      return String.valueOf(key);
    }
    if (container instanceof java.util.Optional) {
      container = ((java.util.Optional<?>) container).orElse(null);
    }
    if (index != null) {
      if (container instanceof List && index < ((List<?>) container).size()) {
        String id = idOf(((List<?>) container).get(index));
        if (id != null) {
          return id;
        }
      }
      return String.valueOf(index);
    }
    if (container instanceof Map) {
      return "?";
    }
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

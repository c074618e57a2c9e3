package org.gcmkit.io.json.internal;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.RelativeAnchor;
import org.jspecify.annotations.Nullable;

/**
 * The annotation bundles the mix-ins use, so that every mix-in says the same thing the same way and the module
 * behaves the same in any mapper, whatever that mapper's defaults.
 */
final class Annotations {

  private Annotations() {}

  /**
   * A value mix-in: only the properties it names are written, absent optionals are left out.
   */
  @Retention(RUNTIME)
  @Target({TYPE, ANNOTATION_TYPE})
  @JacksonAnnotationsInside
  @JsonAutoDetect(
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @interface Record {}

  /** A builder mix-in: only the methods it names are properties. */
  @Retention(RUNTIME)
  @Target({TYPE, ANNOTATION_TYPE})
  @JacksonAnnotationsInside
  @JsonAutoDetect(
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  @interface Building {}

  /** A builder property: {@code null}, and {@code null} in a list, is an error, never "absent". */
  @Retention(RUNTIME)
  @Target({METHOD, ANNOTATION_TYPE})
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @interface NoNulls {}

  /** A list, set or {@code OptionalInt} that is left out when empty. */
  @Retention(RUNTIME)
  @Target({METHOD, ANNOTATION_TYPE})
  @JacksonAnnotationsInside
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @interface OmitEmpty {}

  /** A boolean that is left out when {@code false}, its default in the model. */
  @Retention(RUNTIME)
  @Target({METHOD, ANNOTATION_TYPE})
  @JacksonAnnotationsInside
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @interface OmitFalse {}

  /** Leaves out {@link PlaceCertainty#CONFIRMED}, the model's default certainty of a place. */
  public static final class DefaultCertainty {
    @Override
    public boolean equals(@Nullable Object value) {
      return value == PlaceCertainty.CONFIRMED;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  /** Leaves out {@link AttendanceMode#IN_PERSON}, the model's default attendance. */
  public static final class DefaultAttendance {
    @Override
    public boolean equals(@Nullable Object value) {
      return value == AttendanceMode.IN_PERSON;
    }

    @Override
    public int hashCode() {
      return 2;
    }
  }

  /** Leaves out {@link RelativeAnchor#START}, the model's default anchor of a relative date. */
  public static final class DefaultAnchor {
    @Override
    public boolean equals(@Nullable Object value) {
      return value == RelativeAnchor.START;
    }

    @Override
    public int hashCode() {
      return 3;
    }
  }
}

package org.gcmkit.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.gcmkit.model.internal.NonBlankValidator;

/**
 * The annotated string, when there is one, holds at least one character that is not white space. Unlike Jakarta's
 * {@code @NotBlank}, {@code null} is valid, so the constraint fits the element of an optional value:
 * {@code Optional<@NonBlank String> uid()} accepts an empty {@code Optional} (Jakarta providers hand {@code null} to
 * the element constraints of an empty {@code Optional}) and rejects {@code Optional.of(" ")}.
 *
 * <p>Usable with any Jakarta Validation provider: the validator ships with this annotation.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = NonBlankValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NonBlank {

  /**
   * The message, or its key in the resource bundle.
   *
   * @return the message template
   */
  String message() default "{org.gcmkit.model.constraints.NonBlank.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

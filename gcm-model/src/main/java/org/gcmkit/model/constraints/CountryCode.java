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
import org.gcmkit.model.internal.CountryCodeValidator;

/**
 * The annotated string is an ISO 3166-1 alpha-2 country code in upper case, such as {@code "MX"} or {@code "CH"}.
 * {@code null} is valid (use {@code @NotNull} to require a value).
 *
 * <p>Usable with any Jakarta Validation provider: the validator ships with this annotation.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CountryCode {

  /**
   * The message, or its key in the resource bundle.
   *
   * @return the message template
   */
  String message() default "{org.gcmkit.model.constraints.CountryCode.message}";

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

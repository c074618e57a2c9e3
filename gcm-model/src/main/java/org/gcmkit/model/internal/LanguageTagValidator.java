package org.gcmkit.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.gcmkit.model.constraints.LanguageTag;
import org.jspecify.annotations.Nullable;

/** Checks {@link LanguageTag}: a well-formed BCP 47 language tag. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

  /** Creates the validator; the provider calls this. */
  public LanguageTagValidator() {}

  /**
   * Whether a tag is a well-formed BCP 47 language tag.
   *
   * @param tag the tag
   * @return {@code true} when well-formed
   */
  public static boolean isLanguageTag(String tag) {
    if (tag.isEmpty()) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || isLanguageTag(value);
  }
}

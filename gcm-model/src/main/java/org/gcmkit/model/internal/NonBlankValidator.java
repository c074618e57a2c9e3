package org.gcmkit.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gcmkit.model.constraints.NonBlank;
import org.jspecify.annotations.Nullable;

/** Checks {@link NonBlank}: absent, or with a character that is not white space. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {

  /** Creates the validator; the provider calls this. */
  public NonBlankValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

package org.gcmkit.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;
import org.gcmkit.model.constraints.CountryCode;
import org.jspecify.annotations.Nullable;

/** Checks {@link CountryCode}: an upper-case ISO 3166-1 alpha-2 code known to the JDK. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  /** Creates the validator; the provider calls this. */
  public CountryCodeValidator() {}

  /**
   * Whether a code is an ISO 3166-1 alpha-2 code.
   *
   * @param code the code
   * @return {@code true} when known
   */
  public static boolean isCountryCode(String code) {
    return CODES.contains(code);
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || CODES.contains(value);
  }
}

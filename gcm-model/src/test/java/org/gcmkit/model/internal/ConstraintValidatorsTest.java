package org.gcmkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstraintValidatorsTest {

  @Test
  void countryCodesAreUpperCaseIsoAlpha2() {
    CountryCodeValidator v = new CountryCodeValidator();

    assertThat(v.isValid("MX", null)).isTrue();
    assertThat(v.isValid("FJ", null)).isTrue();
    assertThat(v.isValid("mx", null)).isFalse();
    assertThat(v.isValid("MEX", null)).isFalse();
    assertThat(v.isValid("XX", null)).isFalse();
    assertThat(v.isValid(null, null)).isTrue();
  }

  @Test
  void languageTagsAreWellFormedBcp47() {
    LanguageTagValidator v = new LanguageTagValidator();

    assertThat(v.isValid("en", null)).isTrue();
    assertThat(v.isValid("es-419", null)).isTrue();
    assertThat(v.isValid("fr-CA", null)).isTrue();
    assertThat(v.isValid("", null)).isFalse();
    assertThat(v.isValid("english language", null)).isFalse();
    assertThat(v.isValid(null, null)).isTrue();
  }
}

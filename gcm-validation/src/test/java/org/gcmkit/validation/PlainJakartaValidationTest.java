package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Place;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * An application's own Jakarta Validation set-up, configured as {@code docs/validation.md} says, sees the model's
 * constraints on record-style accessors. Runs on the module path and, in a second Surefire execution, on the class
 * path.
 */
class PlainJakartaValidationTest {

  /** The meeting of 17 April 2017 with a blank title, a lower-case country and a language that is not a tag. */
  private static Event brokenEvent() {
    return Examples.event("mtg-2017-04-17", EventKind.CIVIL_SOCIETY_MEETING).title(" ")
        .place(Place.builder().city("New York").country("us").build())
        .addLanguages("en", "english language")
        .build();
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }

  @Test
  void theDocumentedValidationXmlIsTheOneTested() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "validation.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```xml\n") + "```xml\n".length();
    String documented = doc.substring(start, doc.indexOf("```", start));
    String tested;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/validation.xml")) {
      assertThat(in).as("META-INF/validation.xml on the test path").isNotNull();
      tested = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(tested.strip()).isEqualTo(documented.strip());
  }

  @Test
  void theDefaultFactoryConfiguredByValidationXmlSeesRecordStyleAccessors() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Event>> violations = factory.getValidator().validate(brokenEvent());

      assertThat(paths(violations)).containsExactlyInAnyOrder("title", "place.country",
          "languages[1].<list element>");
    }
  }

  @Test
  void aPlainValidatorAcceptsAnAbsentOptionalText() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Event withoutUid = brokenEvent().withTitle("A title").withPlace(brokenEvent().place().orElseThrow()
          .withCountry("MX")).withLanguages(List.of("en"));

      assertThat(factory.getValidator().validate(withoutUid)).isEmpty();
    }
  }

  @Test
  void aPlainValidatorReportsAPresentBlankOptionalText() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Event>> violations = factory.getValidator().validate(brokenEvent().withUid(" \t"));

      assertThat(violations).filteredOn(v -> v.getPropertyPath().toString().startsWith("uid"))
          .singleElement().satisfies(v -> assertThat(v.getMessage()).isEqualTo("must not be blank when present"));
    }
  }

  @Test
  void gcmkitConstraintsHaveTheirMessagesWithoutExpressionLanguage() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Event>> violations = factory.getValidator().validate(brokenEvent());

      assertThat(violations).filteredOn(v -> v.getPropertyPath().toString().equals("place.country"))
          .singleElement().satisfies(v -> assertThat(v.getMessage()).contains("ISO 3166-1").doesNotContain("{"));
    }
  }

  @Test
  void withoutTheStrategyAPlainValidatorSilentlyIgnoresTheModelsConstraints() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure().ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {

      assertThat(factory.getValidator().validate(brokenEvent())).isEmpty();
    }
  }

  @Test
  void theDocumentedProgrammaticConfigurationSeesThemInFrench() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure().ignoreXmlConfiguration()
        .addProperty(BaseHibernateValidatorConfiguration.GETTER_PROPERTY_SELECTION_STRATEGY_CLASSNAME,
            AccessorPropertySelectionStrategy.class.getName())
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH), Locale.FRENCH, false))
        .buildValidatorFactory()) {
      Set<ConstraintViolation<Event>> violations = factory.getValidator().validate(brokenEvent());

      assertThat(paths(violations)).contains("title", "place.country", "languages[1].<list element>");
      assertThat(violations).filteredOn(v -> v.getPropertyPath().toString().equals("place.country"))
          .singleElement().extracting(ConstraintViolation::getMessage)
          .isEqualTo("doit être un code de pays ISO 3166-1 alpha-2, comme MX ou CH");
    }
  }

  /** An application bean with a bean-style getter. */
  public static final class Applicant {
    private final @Nullable String name;

    Applicant(@Nullable String name) {
      this.name = name;
    }

    /**
     * The name.
     *
     * @return the name
     */
    @NotNull
    public @Nullable String getName() {
      return name;
    }
  }

  @Test
  void beanStyleGettersOfTheApplicationKeepTheirPropertyNames() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(paths(factory.getValidator().validate(new Applicant(null)))).containsExactly("name");
    }
  }
}

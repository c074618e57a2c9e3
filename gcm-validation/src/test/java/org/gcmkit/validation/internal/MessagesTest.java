package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundles of rule messages: every key in English, French and Spanish, and messages that render. */
class MessagesTest {

  static Stream<Arguments> rulesAndLanguages() {
    return Stream.of(Rule.values())
        .flatMap(r -> Messages.LANGUAGES.stream().map(l -> Arguments.of(r, l)));
  }

  static Set<String> expectedKeys() {
    Set<String> keys = new TreeSet<>();
    keys.add("report.summary");
    for (Rule r : Rule.values()) {
      keys.add(r.code() + ".title");
      keys.add(r.code() + ".message");
      keys.add(r.code() + ".hint");
    }
    return keys;
  }

  @Test
  void everyLanguageHasExactlyTheKeysOfTheRules() {
    for (String language : Messages.LANGUAGES) {
      assertThat(new TreeSet<>(Messages.forLocale(Locale.forLanguageTag(language)).keys()))
          .as(language).isEqualTo(expectedKeys());
    }
  }

  @Test
  void languagesWithoutABundleGetEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es"));
      assertThat(Messages.forLocale(Locale.GERMAN).locale().getLanguage()).isEqualTo("en");
      assertThat(Messages.forLocale(Locale.ENGLISH).title(Rule.GROUP_STAFFING))
          .isEqualTo("A group session has two co-leads and a rapporteur");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void regionalVariantsUseTheirLanguage() {
    assertThat(Messages.forLocale(Locale.CANADA_FRENCH).locale().getLanguage()).isEqualTo("fr");
    assertThat(Messages.forLocale(Locale.forLanguageTag("es-419")).locale().getLanguage()).isEqualTo("es");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("rulesAndLanguages")
  void messageAndHintRenderWithTheirArguments(Rule rule, String language) {
    Messages m = Messages.forLocale(Locale.forLanguageTag(language));
    Object[] args = new Object[rule.arguments()];
    for (int i = 0; i < args.length; i++) {
      args[i] = "«arg" + i + "»";
    }
    String message = m.message(rule, args);
    String hint = m.hint(rule, args);

    assertThat(message).isNotBlank().doesNotContain("{").doesNotContain("}");
    assertThat(hint).isNotBlank().doesNotContain("{").doesNotContain("}");
    assertThat(m.title(rule)).isNotBlank();
    for (int i = 0; i < args.length; i++) {
      assertThat(message + hint).as("argument %d of %s", i, rule).contains("«arg" + i + "»");
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("rulesAndLanguages")
  void translationsUseTheSameArgumentsAsEnglish(Rule rule, String language) {
    Messages en = Messages.forLocale(Locale.ENGLISH);
    Messages other = Messages.forLocale(Locale.forLanguageTag(language));
    for (String part : new String[] {".message", ".hint"}) {
      assertThat(placeholders(other.pattern(rule.code() + part)))
          .as("%s%s in %s", rule.code(), part, language)
          .isEqualTo(placeholders(en.pattern(rule.code() + part)));
    }
  }

  @Test
  void noPatternContainsAnAsciiApostropheThatMessageFormatWouldSwallow() {
    for (String language : Messages.LANGUAGES) {
      Messages m = Messages.forLocale(Locale.forLanguageTag(language));
      for (String key : m.keys()) {
        assertThat(m.pattern(key)).as("%s in %s", key, language).doesNotContain("'");
      }
    }
  }

  @Test
  void summaryCountsInEachLanguage() {
    assertThat(Messages.forLocale(Locale.ENGLISH).format("report.summary", 1, 2, 0))
        .isEqualTo("1 error, 2 warnings, 0 waived");
    assertThat(Messages.forLocale(Locale.FRENCH).format("report.summary", 0, 1, 1))
        .isEqualTo("aucune erreur, 1 avertissement, 1 levé(s) par dérogation");
    assertThat(Messages.forLocale(Locale.forLanguageTag("es")).format("report.summary", 3, 0, 2))
        .isEqualTo("3 errores, ninguna advertencia, 2 dispensado(s)");
  }

  @Test
  void frenchMessageRendersAccentsAndArguments() {
    assertThat(Messages.forLocale(Locale.FRENCH).message(Rule.GROUP_STAFFING, "cs-stock-gs3", "1", "0"))
        .isEqualTo("la séance de groupe cs-stock-gs3 a co-animateurs : 1, rapporteurs : 0 ; il lui faut deux"
            + " co-animateurs et un rapporteur");
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i + 1 < pattern.length(); i++) {
      if (pattern.charAt(i) == '{' && Character.isDigit(pattern.charAt(i + 1))) {
        out.add(pattern.charAt(i + 1) - '0');
      }
    }
    return out;
  }
}

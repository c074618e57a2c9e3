package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SdgCodeTest {

  @Test
  void goalHasNoTargetOrIndicator() {
    SdgCode code = SdgCode.parse("10");
    assertThat(code.goal()).isEqualTo(10);
    assertThat(code.target()).isEmpty();
    assertThat(code.indicator()).isEmpty();
    assertThat(code.isGoal()).isTrue();
    assertThat(code.isTarget()).isFalse();
    assertThat(code.isIndicator()).isFalse();
  }

  @Test
  void numberedTargetKeepsItsNumberAsText() {
    SdgCode code = SdgCode.parse("10.7");
    assertThat(code.goal()).isEqualTo(10);
    assertThat(code.target()).contains("7");
    assertThat(code.indicator()).isEmpty();
    assertThat(code.isTarget()).isTrue();
    assertThat(code.isGoal()).isFalse();
  }

  @Test
  void letteredTargetKeepsItsLetter() {
    SdgCode code = SdgCode.parse("10.a");
    assertThat(code.target()).contains("a");
    assertThat(code.isTarget()).isTrue();
  }

  @Test
  void indicatorHasGoalTargetAndNumber() {
    SdgCode code = SdgCode.parse("17.18.1");
    assertThat(code.goal()).isEqualTo(17);
    assertThat(code.target()).contains("18");
    assertThat(code.indicator()).isEqualTo(OptionalInt.of(1));
    assertThat(code.isIndicator()).isTrue();
    assertThat(code.isTarget()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "10", "17", "10.7", "10.a", "10.7.2", "10.a.1", "17.18.1", "8.10.2", "3.b.3"})
  void printsTheCanonicalForm(String text) {
    assertThat(SdgCode.parse(text)).hasToString(text);
  }

  @Test
  void parentIsOneLevelUp() {
    assertThat(SdgCode.parse("10.7.2").parent()).contains(SdgCode.parse("10.7"));
    assertThat(SdgCode.parse("10.a.1").parent()).contains(SdgCode.parse("10.a"));
    assertThat(SdgCode.parse("10.7").parent()).contains(SdgCode.parse("10"));
    assertThat(SdgCode.parse("10").parent()).isEmpty();
  }

  @Test
  void isWithinItsAncestorsAndItself() {
    SdgCode indicator = SdgCode.parse("10.7.2");
    assertThat(indicator.isWithin(SdgCode.parse("10"))).isTrue();
    assertThat(indicator.isWithin(SdgCode.parse("10.7"))).isTrue();
    assertThat(indicator.isWithin(indicator)).isTrue();
    assertThat(indicator.isWithin(SdgCode.parse("10.7.1"))).isFalse();
    assertThat(indicator.isWithin(SdgCode.parse("10.a"))).isFalse();
    assertThat(indicator.isWithin(SdgCode.parse("1"))).isFalse();
    assertThat(SdgCode.parse("10").isWithin(indicator)).isFalse();
    assertThat(SdgCode.parse("10.7").isWithin(SdgCode.parse("10.7.2"))).isFalse();
  }

  @Test
  void sortsInNaturalSdgOrder() {
    List<SdgCode> codes = new ArrayList<>();
    for (String s : List.of("11", "10.a.1", "10.10", "10.a", "10.2.1", "10.2", "10", "2.1", "10.b")) {
      codes.add(SdgCode.parse(s));
    }
    Collections.sort(codes);
    assertThat(codes).map(SdgCode::toString)
        .containsExactly("2.1", "10", "10.2", "10.2.1", "10.10", "10.a", "10.a.1", "10.b", "11");
  }

  @Test
  void equalCodesAreEqualAndHashAlike() {
    assertThat(SdgCode.parse("10.7.2")).isEqualTo(SdgCode.parse("10.7.2"));
    assertThat(SdgCode.parse("10.7.2").hashCode()).isEqualTo(SdgCode.parse("10.7.2").hashCode());
    assertThat(SdgCode.parse("10.7")).isNotEqualTo(SdgCode.parse("10.7.2"));
    assertThat(SdgCode.parse("10.7")).isNotEqualTo(SdgCode.parse("10.a"));
  }

  @ParameterizedTest(name = "{0} fails at {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\" | 0 | the text is empty",
        "0 | 0 | no leading zeros",
        "18 | 0 | goals are numbered 1 to 17, not 18",
        "010 | 0 | no leading zeros",
        "100 | 0 | at most two digits",
        "10. | 3 | expected a target",
        "10.07 | 3 | no leading zeros",
        "10.A | 3 | in lower case: 10.a",
        "10.ab | 4 | a single letter",
        "10.7. | 5 | expected an indicator number",
        "10.7.a | 5 | expected an indicator number",
        "10.7.2.1 | 6 | the last part",
        "10.7.2x | 6 | unexpected 'x'",
        "10,7 | 2 | unexpected ','",
        "a | 0 | expected a goal number",
        "\" 10\" | 0 | expected a goal number",
        "\"10 \" | 2 | unexpected ' '",
        "SDG 10 | 0 | expected a goal number"
      })
  void rejectsMalformedCodesNamingTheIndex(String text, int index, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SdgCode.parse(text))
        .withMessageContaining("at index " + index + ":")
        .withMessageContaining(message);
  }

  private static Gen<SdgCode> codes() {
    Gen<String> targets = Generate.range(1, 99).map(n -> String.valueOf(n))
        .mix(Generate.range('a', 'z').map(c -> String.valueOf((char) c.intValue())));
    return Generate.range(1, 17).zip(targets, Generate.range(0, 99), Generate.range(0, 2), (g, t, i, depth) -> {
      if (depth == 0) {
        return SdgCode.parse(String.valueOf(g));
      }
      if (depth == 1 || i == 0) {
        return SdgCode.parse(g + "." + t);
      }
      return SdgCode.parse(g + "." + t + "." + i);
    });
  }

  @Test
  void parsingTheTextGivesTheSameCode() {
    qt().forAll(codes()).checkAssert(c -> {
      assertThat(SdgCode.parse(c.toString())).isEqualTo(c);
      assertThat(SdgCode.parse(c.toString()).hashCode()).isEqualTo(c.hashCode());
    });
  }

  @Test
  void everyCodeIsWithinItsParentAndSortsAfterIt() {
    qt().forAll(codes()).checkAssert(c -> c.parent().ifPresent(parent -> {
      assertThat(c.isWithin(parent)).isTrue();
      assertThat(parent.isWithin(c)).isFalse();
      assertThat(parent.compareTo(c)).isNegative();
    }));
  }

  @Test
  void orderIsConsistentWithEquals() {
    qt().forAll(codes(), codes()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    });
  }
}

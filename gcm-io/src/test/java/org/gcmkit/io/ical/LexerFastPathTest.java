package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The lexer's fast paths (printable ASCII eight bytes at a time, two- and three-byte characters in the same loop,
 * the rest one by one) give the text and the positions of the careful path, wherever a special character falls.
 */
class LexerFastPathTest {

  /** Characters of one to four UTF-8 bytes, none of them special in TEXT. */
  private static final String[] CHARACTERS = {
    "a", "Z", "7", " ", "-", "é", "ß", "и", "\u05d0", "移", "€", "\u0800", "\uffef", "\uD83D\uDE00", "\uD834\uDD1E"
  };

  private static Gen<String> texts(int maxLength) {
    return lists().of(integers().between(0, CHARACTERS.length - 1)).ofSizeBetween(0, maxLength)
        .map(l -> l.stream().map(i -> CHARACTERS[i]).collect(Collectors.joining()));
  }

  private static List<Finding> without(List<Finding> findings, String code) {
    return findings.stream().filter(f -> !f.code().equals(code)).collect(Collectors.toList());
  }

  @Test
  void anyTextComesBackAsWrittenWithTheColumnOfWhatFollowsItInCodePoints() {
    qt().withFixedSeed(RecurrenceDifferentialTest.SEED).withExamples(500).forAll(texts(120))
        .checkAssert(text -> {
          ICalReadResult r = ICalReader.strict().readAll(LexerTest.cal("SUMMARY:" + text + "\\q"), "t.ics");
          ICalProperty summary = LexerTest.event(r).property("SUMMARY").orElseThrow();
          assertThat(summary.rawValue()).isEqualTo(text + "\\q");
          List<Finding> findings = without(r.findings(), "ICAL-LINE-TOO-LONG");
          assertThat(findings).extracting(Finding::code).containsExactly("ICAL-BAD-TEXT-ESCAPE");
          assertThat(findings.get(0).position())
              .contains(SourcePosition.of("t.ics", 8, 9 + text.codePointCount(0, text.length())));
        });
  }

  @Test
  void aControlCharacterAnywhereInALongAsciiRunIsRemovedAndReportedAtItsColumn() {
    Gen<Integer> controls = integers().between(0, 32).map(i -> i == 32 ? 0x7F : i)
        .assuming(c -> c != '\t' && c != '\n' && c != '\r');
    qt().withFixedSeed(RecurrenceDifferentialTest.SEED).withExamples(500)
        .forAll(integers().between(0, 150), integers().between(0, 150), controls)
        .checkAssert((before, after, control) -> {
          String a = "x".repeat(before);
          String b = "y".repeat(after);
          ICalReadResult r =
              ICalReader.lenient().readAll(LexerTest.cal("SUMMARY:" + a + (char) (int) control + b), "t.ics");
          assertThat(LexerTest.event(r).summary()).contains(a + b);
          List<Finding> findings = without(r.findings(), "ICAL-LINE-TOO-LONG");
          assertThat(findings).extracting(Finding::code).containsExactly("ICAL-CONTROL-CHAR");
          assertThat(findings.get(0).position()).contains(SourcePosition.of("t.ics", 8, 9 + before));
        });
  }

  @Test
  void aLineLongerThanTheReadBufferComesBackWhole() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 200_000; i++) {
      sb.append(CHARACTERS[i * 7 % CHARACTERS.length]);
    }
    String text = sb.toString();
    ICalReadResult r = ICalReader.lenient().readAll(LexerTest.cal("SUMMARY:" + text), "t.ics");
    assertThat(LexerTest.event(r).summary()).contains(text);
  }

  @Test
  void aNameAndParametersWithCharactersBeyondAsciiKeepTheirPositions() {
    ICalReadResult r = ICalReader.strict()
        .readAll(LexerTest.cal("ATTENDEE;CN=\"Zoë \uD83D\uDE00 Ю\";ROLE=CHAIR:mailto:z@example.org"), "t.ics");
    ICalProperty p = LexerTest.event(r).property("ATTENDEE").orElseThrow();
    assertThat(p.parameter("CN")).contains("Zoë \uD83D\uDE00 Ю");
    assertThat(p.parameters().get(1).position()).isEqualTo(SourcePosition.of("t.ics", 8, 23));
    assertThat(p.valuePosition()).isEqualTo(SourcePosition.of("t.ics", 8, 34));
    assertThat(p.rawValue()).isEqualTo("mailto:z@example.org");
  }
}

package org.gcmkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.gcmkit.io.ical.internal.read.Values;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * How the reader stores properties: a component's properties in one table with views made on access, parameter
 * lists shared within a read, identities for the duplicate-UID check in a hash set, TEXT escapes checked on UTF-8.
 */
class PropertyStorageTest {

  @Test
  void aPropertyAskedForTwiceGivesEqualViews() {
    ICalComponent e = ValuesTest.read("SUMMARY;LANGUAGE=fr:Réunion", "CATEGORIES:a,b");
    ICalProperty first = e.property("SUMMARY").orElseThrow();
    ICalProperty again = e.properties().get(e.properties().indexOf(first));

    assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(again.text()).contains("Réunion");
    assertThat(e.property("CATEGORIES").orElseThrow().texts()).containsExactly("a", "b");
  }

  @Test
  void twoEqualLinesAreEqualPropertiesButDifferentRows() {
    ICalComponent e = ValuesTest.read("COMMENT:same", "COMMENT:same");
    List<ICalProperty> comments = e.properties("COMMENT");

    assertThat(comments.get(0)).isEqualTo(comments.get(1));
    assertThat(comments.get(0).position()).isNotEqualTo(comments.get(1).position());
  }

  @Test
  void theListOfPropertiesCannotBeChanged() {
    ICalComponent e = ValuesTest.read("COMMENT:x");
    List<ICalProperty> all = e.properties();

    assertThat(all).isUnmodifiable();
    assertThatThrownBy(() -> all.get(all.size())).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void everyPropertyOfAComponentKeepsItsOwnRawValueAndParameters() {
    ICalComponent e = ValuesTest.read(
        "X-A;P=1:\uD83D\uDE00 first", "X-B:", "X-C;Q=\"a,b\",c;P=1:third 移民", "URL:http://example.org/x");

    assertThat(e.property("X-A").orElseThrow().rawValue()).isEqualTo("\uD83D\uDE00 first");
    assertThat(e.property("X-B").orElseThrow().rawValue()).isEmpty();
    ICalProperty c = e.property("X-C").orElseThrow();
    assertThat(c.rawValue()).isEqualTo("third 移民");
    assertThat(c.parameterValues("Q")).containsExactly("a,b", "c");
    assertThat(c.parameters().get(1).position()).isEqualTo(SourcePosition.of("t.ics", 10, 15));
    assertThat(e.property("URL").flatMap(ICalProperty::value)).contains("http://example.org/x");
  }

  @Test
  void equalParameterListsOfAReadAreOneObject() {
    ParamTable table = new ParamTable();
    Object[] a = table.of(new String[] {"TZID"}, new String[][] {{"Europe/Berlin"}}, 1);
    Object[] b = table.of(new String[] {"TZID"}, new String[][] {{new String("Europe/Berlin")}}, 1);
    Object[] other = table.of(new String[] {"TZID"}, new String[][] {{"Europe/Paris"}}, 1);
    Object[] list = table.of(new String[] {"MEMBER"}, new String[][] {{"a", "b"}}, 1);
    Object[] sameList = table.of(new String[] {"MEMBER"}, new String[][] {{"a", "b"}}, 1);
    Object[] otherList = table.of(new String[] {"MEMBER"}, new String[][] {{"a", "c"}}, 1);

    assertThat(b).isSameAs(a).containsExactly("TZID", "Europe/Berlin");
    assertThat(other).isNotSameAs(a).containsExactly("TZID", "Europe/Paris");
    assertThat(sameList).isSameAs(list);
    assertThat(otherList).isNotSameAs(list);
    assertThat(table.of(new String[0], new String[0][], 0)).isEmpty();
  }

  @Test
  void parameterListsBeyondTheTablesCapacityAreStillRight() {
    ParamTable table = new ParamTable();
    for (int i = 0; i < 20_000; i++) {
      String cn = "Participant " + i;
      assertThat(table.of(new String[] {"CN", "ROLE"}, new String[][] {{cn}, {"CHAIR"}}, 2))
          .containsExactly("CN", cn, "ROLE", "CHAIR");
    }
  }

  @Test
  void aUidIsADuplicateOnlyWithTheSameRecurrenceId() {
    UidSet set = new UidSet();
    ICalDateTime first = ICalDateTime.ofFloating(LocalDateTime.of(2018, 1, 1, 9, 0));
    ICalDateTime second = ICalDateTime.ofFloating(LocalDateTime.of(2018, 1, 2, 9, 0));

    assertThat(set.add("a", null)).isTrue();
    assertThat(set.add("a", null)).isFalse();
    assertThat(set.add("a", first)).isTrue();
    assertThat(set.add("a", second)).isTrue();
    assertThat(set.add(new String("a"), ICalDateTime.ofFloating(LocalDateTime.of(2018, 1, 2, 9, 0)))).isFalse();
  }

  @Test
  void theUidSetFindsEveryIdentityAfterGrowing() {
    UidSet set = new UidSet();
    for (int i = 0; i < 10_000; i++) {
      assertThat(set.add("uid-" + i, null)).isTrue();
    }
    for (int i = 0; i < 10_000; i++) {
      assertThat(set.add("uid-" + i, null)).as("uid-%d", i).isFalse();
    }
  }

  @Test
  void badTextEscapesAreFoundInUtf8AtTheirCharacterOffset() {
    byte[] utf8 = "移\uD83D\uDE00\\x a\\,b\\".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<int[]> found = new java.util.ArrayList<>();

    Values.checkEscapes(utf8, utf8.length, (offset, c) -> found.add(new int[] {Values.charCount(utf8, offset), c}));

    // 移 is one character, the emoji two: the first backslash is character 3, the last one character 10
    assertThat(found).containsExactly(new int[] {3, 'x'}, new int[] {10, 0});
  }

  @Test
  void aBadEscapeAfterCharactersBeyondAsciiIsReportedAtItsColumn() {
    List<Finding> findings = ValuesTest.findings("SUMMARY:移民 \\y");

    assertThat(findings).extracting(Finding::code).containsExactly("ICAL-BAD-TEXT-ESCAPE");
    assertThat(findings.get(0).position()).contains(SourcePosition.of("t.ics", 8, 12));
  }
}

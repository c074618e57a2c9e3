package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gcmkit.io.json.internal.FormatCatalog;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.Measurement;
import org.gcmkit.model.PartOfMonth;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What a written document looks like, byte for byte. */
class WriteFormatTest {

  private static final GcmJson JSON = GcmJson.defaults();

  static byte[] resource(String name) {
    try (InputStream in = WriteFormatTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource " + name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Event minimalEvent() {
    return Event.builder().id("e").kind(EventKind.MEETING).title("t").status(EventStatus.HELD).build();
  }

  @Test
  void writesTheGoldenDocument() {
    assertThat(new String(JSON.writeBytes(Fixtures.everyProperty()), StandardCharsets.UTF_8))
        .isEqualTo(new String(resource("every-property.json"), StandardCharsets.UTF_8));
  }

  @Test
  void readsTheGoldenDocument() {
    assertThat(JSON.read(new String(resource("every-property.json"), StandardCharsets.UTF_8)))
        .isEqualTo(Fixtures.everyProperty());
  }

  @Test
  void writesTheSmallGoldenDocument() {
    assertThat(JSON.writeBytes(Fixtures.small())).isEqualTo(resource("thematic-session-6.json"));
  }

  @Test
  void documentStartsWithTheFormat() {
    assertThat(JSON.prettyPrinted(false).writeString(DataSet.builder().title("t").build()))
        .isEqualTo("{\"format\":\"gcmkit/1\",\"title\":\"t\"}\n");
  }

  @Test
  void emptyDataSetIsTheFormatAlone() {
    assertThat(JSON.writeString(DataSet.builder().build())).isEqualTo("{\n  \"format\": \"gcmkit/1\"\n}\n");
  }

  @Test
  void absentOptionalsAndEmptyListsAreLeftOut() {
    assertThat(JSON.writeValue(minimalEvent()).replaceAll("\\s", ""))
        .isEqualTo("{\"id\":\"e\",\"kind\":\"meeting\",\"title\":\"t\",\"status\":\"held\"}");
  }

  @Test
  void emptyStringsArePresentValuesAndAreWritten() {
    Event e = Event.builder().from(minimalEvent()).title("").description("").build();

    assertThat(JSON.prettyPrinted(false).writeValue(e)).contains("\"title\":\"\"").contains("\"description\":\"\"");
  }

  @Test
  void modelDefaultsAreLeftOut() {
    Place place = Place.builder().city("Geneva").build();
    RelativeDate relative = RelativeDate.builder().anchorId("ts6").offset(Period.ofDays(-21)).build();
    Person person = Person.builder().id("p").name("n").build();

    assertThat(JSON.prettyPrinted(false).writeValue(place)).isEqualTo("{\"city\":\"Geneva\"}");
    assertThat(JSON.prettyPrinted(false).writeValue(relative)).isEqualTo("{\"anchorId\":\"ts6\",\"offset\":\"P-21D\"}");
    assertThat(JSON.prettyPrinted(false).writeValue(person)).isEqualTo("{\"id\":\"p\",\"name\":\"n\"}");
  }

  @Test
  void fuzzyDateWithoutPhraseIsItsEdtfText() {
    assertThat(JSON.writeValue(FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY)))
        .isEqualTo("\"2017-12-01/2017-12-10\"");
  }

  @Test
  void fuzzyDateWithPhraseIsAnObject() {
    FuzzyDate d = FuzzyDate.partOf(YearMonth.of(2017, 12), PartOfMonth.EARLY).withSourceText("early December");

    assertThat(JSON.prettyPrinted(false).writeValue(d))
        .isEqualTo("{\"edtf\":\"2017-12-01/2017-12-10\",\"text\":\"early December\"}");
  }

  @Test
  void enumsAreLowerCaseWithHyphens() {
    assertThat(JSON.writeValue(Role.PRESIDENT_OF_THE_GENERAL_ASSEMBLY))
        .isEqualTo("\"president-of-the-general-assembly\"");
    assertThat(JSON.readValue("\"co-lead\"", Role.class)).isEqualTo(Role.CO_LEAD);
  }

  @Test
  void decimalsKeepTheirDigitsAndScale() {
    Measurement m = Measurement.of(LocalDate.of(2019, 12, 19), new BigDecimal("1.50"));
    Measurement big = Measurement.of(LocalDate.of(2019, 12, 19),
        new BigDecimal("123456789012345678901234567890.123456789012345678901234567890"));
    Measurement exponent = Measurement.of(LocalDate.of(2019, 12, 19), new BigDecimal("1E+3"));

    assertThat(JSON.prettyPrinted(false).writeValue(m)).isEqualTo("{\"date\":\"2019-12-19\",\"value\":1.50}");
    assertThat(JSON.readValue(JSON.writeValue(m), Measurement.class).value().scale()).isEqualTo(2);
    assertThat(JSON.readValue(JSON.writeValue(big), Measurement.class)).isEqualTo(big);
    assertThat(JSON.prettyPrinted(false).writeValue(exponent)).contains("\"value\":1E+3");
  }

  @Test
  void geoPointIsLatitudeAndLongitude() {
    assertThat(JSON.prettyPrinted(false).writeValue(GeoPoint.of(46.2266, 6.1405)))
        .isEqualTo("{\"lat\":46.2266,\"lon\":6.1405}");
  }

  @Test
  void linesEndWithLineFeedAndTheDocumentWithOne() {
    String text = JSON.writeString(Fixtures.everyProperty());

    assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
  }

  @Test
  void indentationIsTwoSpacesWithColonAndSpace() {
    assertThat(JSON.writeString(DataSet.builder().title("t").addEvents(minimalEvent()).build())).isEqualTo(
        "{\n  \"format\": \"gcmkit/1\",\n  \"title\": \"t\",\n  \"events\": [\n    {\n      \"id\": \"e\",\n"
            + "      \"kind\": \"meeting\",\n      \"title\": \"t\",\n      \"status\": \"held\"\n    }\n  ]\n}\n");
  }

  @Test
  void compactOutputHasNoWhiteSpace() {
    String compact = JSON.prettyPrinted(false).writeString(DataSet.builder().title("t").addEvents(minimalEvent()).build());

    assertThat(compact).isEqualTo("{\"format\":\"gcmkit/1\",\"title\":\"t\",\"events\":[{\"id\":\"e\","
        + "\"kind\":\"meeting\",\"title\":\"t\",\"status\":\"held\"}]}\n");
  }

  @Test
  void textIsUtf8WithOnlyControlCharactersEscaped() {
    DataSet d = DataSet.builder().title("caf\u00e9 \uD83D\uDE00 \u202e \"q\" \\ / \u0001\t\n").build();

    byte[] bytes = JSON.prettyPrinted(false).writeBytes(d);

    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
        "{\"format\":\"gcmkit/1\",\"title\":\"caf\u00e9 \uD83D\uDE00 \u202e \\\"q\\\" \\\\ / \\u0001\\t\\n\"}\n");
  }

  @Test
  void propertiesFollowTheFormatOrderEverywhere() {
    JsonNode tree = JSON.toTree(Fixtures.everyProperty());

    int checked = assertOrdered(tree, DataSet.class, "");

    assertThat(checked).as("objects checked").isGreaterThan(40);
  }

  /** Checks an object's property order against its type's, and recurses into the records it holds. */
  private static int assertOrdered(JsonNode node, Class<?> type, String pointer) {
    List<String> order = FormatCatalog.properties(type);
    List<String> names = new ArrayList<>();
    int checked = 1;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      names.add(entry.getKey());
      Class<?> child = ModelTypes.elementType(type, entry.getKey());
      if (child == null || FormatCatalog.properties(child).isEmpty()) {
        continue;
      }
      JsonNode value = entry.getValue();
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            checked += assertOrdered(value.get(i), child, pointer + "/" + entry.getKey() + "/" + i);
          }
        }
      } else if (value.isObject()) {
        checked += assertOrdered(value, child, pointer + "/" + entry.getKey());
      }
    }
    assertThat(order).as("properties at " + pointer).containsSubsequence(names);
    return checked;
  }

  @Test
  void fileWriteAndReadRoundTrip(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gcm.json");

    JSON.write(Fixtures.everyProperty(), file);

    assertThat(Files.readAllBytes(file)).isEqualTo(resource("every-property.json"));
    assertThat(JSON.read(file)).isEqualTo(Fixtures.everyProperty());
  }

  @Test
  void streamsAreFlushedNotClosed() {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FilterOutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    JSON.write(Fixtures.small(), out);

    assertThat(closed[0]).isFalse();
    assertThat(bytes.toByteArray()).isEqualTo(resource("thematic-session-6.json"));
  }
}

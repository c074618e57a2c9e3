package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GcmException;
import org.junit.jupiter.api.Test;

/** Malformed and hostile documents: each gives a {@link JsonReadException} that says what, where and what was found. */
class ReadErrorTest {

  private static final GcmJson JSON = GcmJson.defaults();
  private static final String HEAD = "{\"format\": \"gcmkit/1\",\n";
  private static final String EVENT = "{\"id\": \"a\", \"kind\": \"meeting\", \"title\": \"t\", \"status\": \"held\"";

  private static JsonReadException error(GcmJson json, String document) {
    return catchThrowableOfType(JsonReadException.class, () -> json.read(document));
  }

  private static JsonReadException error(String document) {
    return error(JSON, document);
  }

  @Test
  void truncatedDocumentSaysItEndsUnexpectedly() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"note\": \"cut off he");

    assertThat(e.detail()).isEqualTo("the document ends unexpectedly at /events/0/note: a string is not closed;"
        + " is it truncated?");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.pointer()).isEqualTo("/events/0/note");
  }

  @Test
  void truncatedDocumentAfterAValueNamesTheOpenArray() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + "}");

    assertThat(e.detail()).startsWith("the document ends unexpectedly at /events/0: an array is not closed");
  }

  @Test
  void wrongTypeSaysWhatWasExpectedAndFound() {
    String line2 = "\"events\": [{\"id\": \"a\", \"kind\": \"meeting\", \"title\": 3, \"status\": \"held\"}]}";
    JsonReadException e = error(HEAD + line2);

    int column = line2.indexOf("3,") + 1;
    assertThat(e.detail()).isEqualTo("expected a string at /events/0/title, found a number");
    assertThat(e.position()).hasValueSatisfying(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(column);
      assertThat(p.jsonPointer()).contains("/events/0/title");
    });
    assertThat(e.getMessage()).isEqualTo("2:" + column + ": expected a string at /events/0/title, found a number");
  }

  @Test
  void wrongTypeForAListSaysAnArrayWasExpected() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"languages\": \"en\"}]}");

    assertThat(e.detail()).isEqualTo("expected an array at /events/0/languages, found a string");
  }

  @Test
  void wrongTypeForARecordSaysAnObjectWasExpected() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"timing\": \"2017-12\"}]}");

    assertThat(e.detail()).isEqualTo("expected an object at /events/0/timing, found a string");
  }

  @Test
  void numberForABooleanIsRejected() {
    JsonReadException e = error(HEAD + "\"people\": [{\"id\": \"p\", \"name\": \"n\", \"migrant\": 1}]}");

    assertThat(e.detail()).isEqualTo("expected true or false at /people/0/migrant, found a number");
  }

  @Test
  void stringForAnIntegerIsRejected() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"acts\": [1, \"2\"]}]}");

    assertThat(e.detail()).isEqualTo("expected an integer at /events/0/acts/1, found a string");
  }

  @Test
  void fractionForAnIntegerIsRejected() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"number\": 1.5}]}");

    assertThat(e.detail()).isEqualTo("expected an integer at /events/0/number, found a number");
  }

  @Test
  void integerOutOfRangeIsRejected() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"number\": 99999999999}]}");

    assertThat(e.detail()).isEqualTo(
        "expected an integer from -2147483648 to 2147483647 at /events/0/number, found a number out of that range");
  }

  @Test
  void nullIsNeverAValue() {
    JsonReadException e = error(HEAD + "\"events\": [{\"id\": \"a\", \"kind\": \"meeting\", \"title\": null, \"status\": \"held\"}]}");

    assertThat(e.detail()).isEqualTo("expected a string at /events/0/title, found null");
  }

  @Test
  void nullInAListIsRejected() {
    JsonReadException e = error(HEAD + "\"events\": [null]}");

    assertThat(e.detail()).isEqualTo("expected an object at /events/0, found null");
  }

  @Test
  void unknownEnumNameListsTheNames() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"confidence\": \"HIGH\"}]}");

    assertThat(e.detail()).isEqualTo(
        "expected one of 'high', 'medium', 'low' at /events/0/confidence, found 'HIGH'");
  }

  @Test
  void unknownPropertyIsRejectedWithTheKnownOnes() {
    String line2 = "\"events\": [{\"id\": \"a\", \"kind\": \"meeting\", \"titel\": \"t\"}]}";
    JsonReadException e = error(HEAD + line2);

    assertThat(e.detail()).startsWith("unknown property 'titel' at /events/0 \u2014 known properties: id, uid, kind,"
        + " title, description, theme, number,");
    assertThat(e.detail()).endsWith("sources, confidence, note; allow unknown properties to ignore it");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).as("the column of the unknown property's value").isEqualTo(line2.indexOf("\"t\"") + 1);
    assertThat(e.pointer()).isEqualTo("/events/0/titel");
  }

  @Test
  void unknownPropertyAtTheTopLevelIsRejected() {
    JsonReadException e = error(HEAD + "\"evnts\": []}");

    assertThat(e.detail()).startsWith("unknown property 'evnts' at the top level \u2014 known properties: format, title,");
  }

  @Test
  void unknownPropertyInsideAFuzzyDateIsRejected() {
    JsonReadException e = error(HEAD + "\"phases\": [{\"id\": \"p\", \"kind\": \"consultation\", \"name\": \"n\","
        + " \"window\": {\"edtf\": \"2017\", \"txt\": \"in 2017\"}}]}");

    assertThat(e.detail()).isEqualTo("unknown property 'txt' at /phases/0/window \u2014 known properties: edtf, text;"
        + " allow unknown properties to ignore it");
  }

  @Test
  void unknownPropertiesAreIgnoredOnRequest() {
    DataSet d = GcmJson.defaults().allowingUnknownProperties().read(HEAD + "\"evnts\": [{\"deep\": [1, {\"a\": []}]}],"
        + " \"events\": [" + EVENT + ", \"titel\": \"x\", \"place\": {\"geo\": {\"lat\": 1, \"lon\": 2, \"alt\": 3}}}]}");

    assertThat(d.events()).singleElement().satisfies(ev -> {
      assertThat(ev.title()).isEqualTo("t");
      assertThat(ev.place()).hasValueSatisfying(p -> assertThat(p.geo()).isPresent());
    });
  }

  @Test
  void missingRequiredPropertyNamesItAndTheRecord() {
    JsonReadException e = error(HEAD + "\"events\": [{\"id\": \"a\", \"kind\": \"meeting\", \"title\": \"t\"}]}");

    assertThat(e.detail()).isEqualTo("missing required property 'status' in the event at /events/0");
    assertThat(e.pointer()).isEqualTo("/events/0");
  }

  @Test
  void missingRequiredPropertiesAreAllNamed() {
    JsonReadException e = error(HEAD + "\"events\": [{\"id\": \"a\"}]}");

    assertThat(e.detail()).isEqualTo("missing required properties 'kind', 'title', 'status' in the event at /events/0");
  }

  @Test
  void missingRequiredPropertyOfASessionFormatIsNamed() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"sessionFormat\": {\"rounds\": 2}}]}");

    assertThat(e.detail()).isEqualTo("missing required properties 'sessionsPerRound', 'sessionLength' in the session"
        + " format at /events/0/sessionFormat");
  }

  @Test
  void edtfErrorPointsAtTheCharacterInTheString() {
    String doc = HEAD + "\"phases\": [{\"id\": \"p\", \"kind\": \"consultation\", \"name\": \"n\", \"window\": \"2017-02-30\"}]}";
    JsonReadException e = error(doc);

    assertThat(e.detail()).isEqualTo("expected an EDTF date such as \"2017-12-04\" or \"2017-12-01/2017-12-10\" at"
        + " /phases/0/window, found '2017-02-30': day 30 does not exist in February 2017; expected 01 to 28");
    String line = doc.split("\n")[1];
    assertThat(e.column()).isEqualTo(line.indexOf("30\"") + 1);
  }

  @Test
  void edtfErrorColumnCountsCodePointsNotBytes() {
    String doc = HEAD + "\"phases\": [{\"id\": \"\uD83D\uDE00é\", \"kind\": \"consultation\", \"name\": \"n\","
        + " \"window\": \"2017-1\"}]}";
    JsonReadException fromText = error(doc);
    JsonReadException fromBytes = catchThrowableOfType(JsonReadException.class,
        () -> JSON.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "doc.json"));

    String line = doc.split("\n")[1];
    int expected = line.codePointCount(0, line.indexOf("2017-1\"") + 5) + 1;
    assertThat(fromText.column()).isEqualTo(expected);
    assertThat(fromBytes.column()).isEqualTo(expected);
    assertThat(fromBytes.getMessage()).startsWith("doc.json:2:" + expected + ": expected an EDTF date");
  }

  @Test
  void edtfErrorColumnSkipsEscapes() {
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> JSON.readValue("\"\\u0032017-13\"", FuzzyDate.class));

    // the string is 2017-13; its bad month starts at index 5, which is column 12 of the raw text (the escape
    // \u0032 for '2' takes columns 2 to 7)
    assertThat(e.column()).isEqualTo(12);
  }

  @Test
  void badSdgCodeSaysWhy() {
    JsonReadException e = error(HEAD + "\"goals\": [{\"id\": \"g\", \"title\": \"t\", \"sdgCodes\": [\"18\"]}]}");

    assertThat(e.detail()).isEqualTo("expected an SDG code such as \"10\", \"10.7\", \"10.a\" or \"10.7.2\" at"
        + " /goals/0/sdgCodes/0, found '18': goals are numbered 1 to 17, not 18");
  }

  @Test
  void pointOffTheEarthIsRejected() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"place\": {\"geo\": {\"lat\": 91, \"lon\": 0}}}]}");

    assertThat(e.detail()).isEqualTo("expected a latitude from -90 to 90 and a longitude from -180 to 180 at"
        + " /events/0/place/geo, found lat 91.0, lon 0.0");
  }

  @Test
  void unknownZoneIsRejected() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"place\": {\"zone\": \"Mars/Olympus\"}}]}");

    assertThat(e.detail()).isEqualTo("expected an IANA time-zone id such as Europe/Zurich at /events/0/place/zone,"
        + " found 'Mars/Olympus': no such zone");
  }

  @Test
  void instantWithoutZoneIsRejected() {
    JsonReadException e = error(HEAD + "\"asOf\": \"2018-12-19T10:00:00\"}");

    assertThat(e.detail()).startsWith("expected an ISO 8601 instant in UTC (YYYY-MM-DDThh:mm:ssZ) at /asOf, found"
        + " '2018-12-19T10:00:00'");
  }

  @Test
  void deepNestingIsRejected() {
    String deep = "[".repeat(100) + "]".repeat(100);
    JsonReadException e = error(JSON.allowingUnknownProperties(), HEAD + "\"extra\": " + deep + "}");

    assertThat(e.detail()).startsWith("objects and arrays nested at /extra/0/0/0/");
    assertThat(e.detail()).endsWith("is more than the read limit of 64 levels deep; raise"
        + " ReadLimits.maxNestingDepth if the document is trusted");
  }

  @Test
  void deepNestingOfPlacesIsRejected() {
    StringBuilder place = new StringBuilder("{}");
    for (int i = 0; i < 40; i++) {
      place = new StringBuilder("{\"alternatives\": [").append(place).append("]}");
    }
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"place\": " + place + "}]}");

    assertThat(e.detail()).contains("is more than the read limit of 64 levels deep");
  }

  @Test
  void nestingWithinARaisedLimitIsRead() {
    StringBuilder place = new StringBuilder("{}");
    for (int i = 0; i < 40; i++) {
      place = new StringBuilder("{\"alternatives\": [").append(place).append("]}");
    }
    GcmJson deep = JSON.withLimits(ReadLimits.defaults().withMaxNestingDepth(100));

    assertThat(deep.read(HEAD + "\"events\": [" + EVENT + ", \"place\": " + place + "}]}").events()).hasSize(1);
  }

  @Test
  void hugeStringIsRejected() {
    JsonReadException e = error(HEAD + "\"title\": \"" + "x".repeat(1_000_001) + "\"}");

    assertThat(e.detail()).isEqualTo("a string at /title is more than the read limit of 1000000 characters long;"
        + " raise ReadLimits.maxStringLength if the document is trusted");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void hugeNumberIsRejected() {
    JsonReadException e = error(HEAD + "\"events\": [" + EVENT + ", \"number\": " + "9".repeat(200) + "}]}");

    assertThat(e.detail()).isEqualTo("a number at /events/0/number is more than the read limit of 100 characters"
        + " long; raise ReadLimits.maxNumberLength if the document is trusted");
  }

  @Test
  void hugePropertyNameIsRejected() {
    JsonReadException e = error(HEAD + "\"" + "n".repeat(300) + "\": 1}");

    assertThat(e.detail()).contains("a property name at").contains("read limit of 256 characters long");
  }

  @Test
  void documentLongerThanTheLimitIsRejectedBeforeParsing() {
    GcmJson small = JSON.withLimits(ReadLimits.defaults().withMaxDocumentLength(100));
    String doc = HEAD + "\"title\": \"" + "x".repeat(200) + "\"}";

    JsonReadException fromText = error(small, doc);
    JsonReadException fromStream = catchThrowableOfType(JsonReadException.class,
        () -> small.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "big.json"));

    assertThat(fromText.detail()).isEqualTo("the document is longer than the read limit of 100 characters (found "
        + doc.length() + "); raise ReadLimits.maxDocumentLength if the document is trusted");
    assertThat(fromStream.detail()).isEqualTo("the document is longer than the read limit of 100 bytes (found more);"
        + " raise ReadLimits.maxDocumentLength if the document is trusted");
    assertThat(fromStream.position()).hasValueSatisfying(p -> assertThat(p.source()).isEqualTo("big.json"));
  }

  @Test
  void duplicatePropertyNamesAreRejected() {
    String line2 = "\"events\": [{\"id\": \"a\", \"id\": \"b\", \"kind\": \"meeting\"}]}";
    JsonReadException e = error(HEAD + line2);

    assertThat(e.detail()).isEqualTo("duplicate property 'id' at /events/0: a property may appear only once in an"
        + " object");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).as("the column of the second name").isEqualTo(line2.lastIndexOf("\"id\"") + 1);
  }

  @Test
  void duplicateIdsAreKeptForValidation() {
    DataSet d = JSON.read(HEAD + "\"events\": [" + EVENT + "}, {\"id\": \"a\", \"kind\": \"webinar\", \"title\": \"u\","
        + " \"status\": \"planned\"}]}");

    assertThat(d.events()).extracting(Event::id).containsExactly("a", "a");
    assertThat(d.events()).extracting(Event::title).containsExactly("t", "u");
  }

  @Test
  void danglingReferencesAreKeptForValidation() {
    DataSet d = JSON.read(HEAD + "\"events\": [" + EVENT + ", \"parentId\": \"nowhere\", \"phaseId\": \"ph-9\","
        + " \"participants\": [{\"role\": \"speaker\", \"personId\": \"nobody\"}]}]}");

    Event e = d.events().get(0);
    assertThat(e.parentId()).contains("nowhere");
    assertThat(e.phaseId()).contains("ph-9");
    assertThat(e.participants().get(0).personId()).contains("nobody");
    assertThat(d.event("nowhere")).isEmpty();
  }

  @Test
  void missingFormatIsRejected() {
    JsonReadException e = error("{\"title\": \"t\"}");

    assertThat(e.detail()).isEqualTo("missing required property 'format' in the data set at the top level");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void otherFormatVersionIsRejected() {
    JsonReadException e = error("{\"format\": \"gcmkit/2\"}");

    assertThat(e.detail()).isEqualTo("expected \"gcmkit/1\" at /format, found 'gcmkit/2': this version of gcmkit"
        + " reads gcmkit/1 documents only");
    assertThat(e.column()).isEqualTo(12);
  }

  @Test
  void foreignFormatIsRejected() {
    JsonReadException e = error("{\"format\": \"geojson\"}");

    assertThat(e.detail()).isEqualTo("expected \"gcmkit/1\" at /format, found 'geojson': this is not a gcmkit"
        + " document");
  }

  @Test
  void arrayInsteadOfADocumentIsRejected() {
    JsonReadException e = error("[]");

    assertThat(e.detail()).isEqualTo("expected a gcmkit document: an object with \"format\": \"gcmkit/1\" at the top"
        + " level, found an array");
  }

  @Test
  void emptyDocumentIsRejected() {
    assertThat(error("").detail()).isEqualTo("the document is empty; expected a JSON value");
  }

  @Test
  void contentAfterTheDocumentIsRejected() {
    JsonReadException e = error("{\"format\": \"gcmkit/1\"}\n{}");

    assertThat(e.detail()).isEqualTo("unexpected content after the end of the document: found an object; a document"
        + " holds one value");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void invalidJsonIsRejected() {
    JsonReadException e = error("{\"format\": \"gcmkit/1\",, }");

    assertThat(e.detail()).startsWith("not valid JSON at /format: Unexpected character (','");
  }

  @Test
  void topLevelNullValueIsRejected() {
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.readValue("null", Event.class));

    assertThat(e.detail()).isEqualTo("expected an event at the top level, found null");
  }

  @Test
  void errorsInTreesHaveAPointerAndNoLine() {
    tools.jackson.databind.node.ObjectNode tree =
        (tools.jackson.databind.node.ObjectNode) JSON.toTree(Fixtures.thematicSession6());
    tree.put("status", 3);

    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.readValue(tree, Event.class));

    assertThat(e.pointer()).isEqualTo("/status");
    assertThat(e.line()).isZero();
    assertThat(e.getMessage()).startsWith("JSON tree: expected one of 'planned', 'tentative'");
  }

  @Test
  void readErrorsAreGcmExceptions() {
    assertThat(error("[]")).isInstanceOf(GcmException.class);
  }
}

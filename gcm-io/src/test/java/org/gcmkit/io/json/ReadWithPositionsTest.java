package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.model.SourceMap;
import org.gcmkit.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source map of a document: data paths to line, column and JSON pointer. */
class ReadWithPositionsTest {

  private static final GcmJson JSON = GcmJson.defaults();

  private static final String DOC = String.join("\n",
      "{",
      "  \"format\": \"gcmkit/1\",",
      "  \"events\": [",
      "    {",
      "      \"kind\": \"thematic-session\",",
      "      \"title\": \"Informal thematic session 6\",",
      "      \"status\": \"held\",",
      "      \"participants\": [",
      "        {\"role\": \"speaker\", \"personId\": \"p-1\"},",
      "        {\"role\": \"co-lead\", \"personId\": \"p-2\"}",
      "      ],",
      "      \"id\": \"ts6\"",
      "    },",
      "    {\"id\": \"ts\u00e9\", \"kind\": \"meeting\", \"title\": \"\uD83D\uDE00 caf\u00e9\", \"status\": \"held\"}",
      "  ],",
      "  \"acts\": [{\"number\": 1, \"title\": \"Drivers of human mobility\"}]",
      "}",
      "");

  private static SourcePosition at(SourceMap map, String path) {
    return map.find(path).orElseThrow(() -> new AssertionError("no position for " + path));
  }

  @Test
  void recordsAreKeyedByIdEvenWhenTheIdComesLast() {
    SourceMap map = JSON.readWithPositions(DOC, "data.json").sourceMap();

    assertThat(at(map, "events[ts6]")).isEqualTo(SourcePosition.ofJson("data.json", 4, 5, "/events/0"));
    assertThat(at(map, "events[ts6].title")).isEqualTo(SourcePosition.ofJson("data.json", 6, 16, "/events/0/title"));
  }

  @Test
  void elementsWithoutIdAreKeyedByIndex() {
    SourceMap map = JSON.readWithPositions(DOC, "data.json").sourceMap();

    assertThat(at(map, "events[ts6].participants[1].personId"))
        .isEqualTo(SourcePosition.ofJson("data.json", 10, 41, "/events/0/participants/1/personId"));
    assertThat(at(map, "acts[0].title").jsonPointer()).contains("/acts/0/title");
  }

  @Test
  void columnsCountCodePoints() {
    SourceMap map = JSON.readWithPositions(DOC, "data.json").sourceMap();
    String line14 = DOC.split("\n")[13];
    int statusColumn = line14.codePointCount(0, line14.indexOf("\"held\"")) + 1;

    assertThat(at(map, "events[ts\u00e9].status").column()).isEqualTo(statusColumn);
  }

  @Test
  void bytesAndCharactersGiveTheSamePositions() {
    SourceMap fromText = JSON.readWithPositions(DOC, "data.json").sourceMap();
    SourceMap fromBytes = JSON.readWithPositions(
        new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)), "data.json").sourceMap();

    assertThat(fromBytes).isEqualTo(fromText);
  }

  @Test
  void valuesWithoutAPositionFallBackToTheirRecord() {
    SourceMap map = JSON.readWithPositions(DOC, "data.json").sourceMap();

    assertThat(at(map, "events[ts6].timing")).isEqualTo(at(map, "events[ts6]"));
  }

  @Test
  void filesNameTheirPositions(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gcm.json");
    Files.writeString(file, DOC);

    ReadResult result = JSON.readWithPositions(file);

    assertThat(at(result.sourceMap(), "events[ts6]").source()).isEqualTo(file.toString());
    assertThat(result.dataSet()).isEqualTo(JSON.read(DOC));
  }

  @Test
  void everyValueOfAWrittenDocumentHasAPosition() {
    String text = JSON.writeString(Fixtures.everyProperty());
    SourceMap map = JSON.readWithPositions(text, "every.json").sourceMap();

    assertThat(map.find("documents[ga-73-195].vote.inFavour")).hasValueSatisfying(p ->
        assertThat(p.jsonPointer()).contains("/documents/0/vote/inFavour"));
    assertThat(map.find("events[example-meeting].timing.relativeTo.offset")).isPresent();
    assertThat(map.find("goals[example-goal].targets[example-target].indicators[example-indicator].benchmarks[0]"
        + ".value")).isPresent();
  }
}

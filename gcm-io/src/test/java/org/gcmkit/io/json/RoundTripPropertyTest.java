package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gcmkit.io.json.ModelGenerators.dataSets;
import static org.gcmkit.io.json.ModelGenerators.events;
import static org.gcmkit.io.json.ModelGenerators.fuzzyDates;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.FuzzyDate;
import org.junit.jupiter.api.Test;

/** Round trips over generated data sets that cover every type, attribute and shape of the model. */
class RoundTripPropertyTest {

  private static final GcmJson JSON = GcmJson.defaults();
  private static final GcmJson COMPACT = JSON.prettyPrinted(false);
  private static final int EXAMPLES = 300;

  @Test
  void readingWhatWasWrittenGivesAnEqualDataSet() {
    qt().withExamples(EXAMPLES).forAll(dataSets())
        .checkAssert(d -> assertThat(JSON.read(JSON.writeString(d))).isEqualTo(d));
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(EXAMPLES).forAll(dataSets()).checkAssert(d -> {
      byte[] first = JSON.writeBytes(d);
      byte[] second = JSON.writeBytes(JSON.read(new ByteArrayInputStream(first)));
      assertThat(second).isEqualTo(first);
    });
  }

  @Test
  void compactDocumentsRoundTrip() {
    qt().withExamples(EXAMPLES).forAll(dataSets()).checkAssert(d -> {
      String text = COMPACT.writeString(d);
      assertThat(COMPACT.read(text)).isEqualTo(d);
      assertThat(COMPACT.writeString(COMPACT.read(text))).isEqualTo(text);
    });
  }

  @Test
  void indentedAndCompactDocumentsHoldTheSameData() {
    qt().withExamples(EXAMPLES).forAll(dataSets())
        .checkAssert(d -> assertThat(JSON.read(COMPACT.writeString(d))).isEqualTo(JSON.read(JSON.writeString(d))));
  }

  @Test
  void everyWrittenDocumentIsValidAgainstTheSchema() {
    qt().withExamples(EXAMPLES).forAll(dataSets()).checkAssert(d -> {
      assertThat(SchemaCheck.errors(JSON.writeString(d))).isEmpty();
      assertThat(SchemaCheck.errors(COMPACT.writeString(d))).isEmpty();
    });
  }

  @Test
  void treesRoundTrip() {
    qt().withExamples(EXAMPLES).forAll(dataSets())
        .checkAssert(d -> assertThat(JSON.read(JSON.toTree(d))).isEqualTo(d));
  }

  @Test
  void streamsWritersAndStringsGiveTheSameText() {
    qt().withExamples(100).forAll(dataSets()).checkAssert(d -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JSON.write(d, bytes);
      String text = JSON.writeString(d);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
      assertThat(JSON.read(new StringReader(text))).isEqualTo(d);
    });
  }

  @Test
  void readingWithPositionsGivesTheSameDataSet() {
    qt().withExamples(100).forAll(dataSets()).checkAssert(d -> {
      String text = JSON.writeString(d);
      ReadResult result = JSON.readWithPositions(text, "generated.json");
      assertThat(result.dataSet()).isEqualTo(d);
      assertThat(result.sourceMap().isEmpty()).isFalse();
    });
  }

  @Test
  void eventsRoundTripAsSingleValues() {
    qt().withExamples(EXAMPLES).forAll(events())
        .checkAssert(e -> assertThat(JSON.readValue(JSON.writeValue(e), Event.class)).isEqualTo(e));
  }

  @Test
  void fuzzyDatesRoundTripAsSingleValues() {
    qt().withExamples(1000).forAll(fuzzyDates())
        .checkAssert(f -> assertThat(JSON.readValue(JSON.writeValue(f), FuzzyDate.class)).isEqualTo(f));
  }

  @Test
  void writingIsDeterministic() {
    qt().withExamples(100).forAll(dataSets()).checkAssert(d -> {
      DataSet copy = DataSet.builder().from(d).build();
      assertThat(JSON.writeBytes(copy)).isEqualTo(JSON.writeBytes(d));
    });
  }
}

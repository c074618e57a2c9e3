package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gcmkit.io.json.internal.EnumCodec;
import org.gcmkit.io.json.internal.FormatCatalog;
import org.gcmkit.model.DataSet;
import org.junit.jupiter.api.Test;

/** {@code docs/json-format.md} shows a valid document and lists the format as it is. */
class DocsTest {

  private static final Path DOC = Path.of("..", "docs", "json-format.md");

  private static List<String> lines() throws IOException {
    return Files.readAllLines(DOC, StandardCharsets.UTF_8);
  }

  /** The first {@code json} code block: the example document. */
  private static String example() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean in = false;
    for (String line : lines()) {
      if (!in && line.equals("```json")) {
        in = true;
      } else if (in && line.equals("```")) {
        return sb.toString();
      } else if (in) {
        sb.append(line).append('\n');
      }
    }
    throw new AssertionError("no json example in " + DOC);
  }

  /** The property column of the table under each {@code ### name} heading. */
  private static Map<String, List<String>> tables() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String heading = null;
    for (String line : lines()) {
      if (line.startsWith("### ")) {
        heading = line.substring(4);
      } else if (heading != null && line.startsWith("| `")) {
        out.computeIfAbsent(heading, h -> new ArrayList<>()).add(line.substring(3, line.indexOf('`', 3)));
      }
    }
    return out;
  }

  /** The values listed under each {@code #### name} heading. */
  private static Map<String, List<String>> enumLists() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String heading = null;
    for (String line : lines()) {
      if (line.startsWith("#### ")) {
        heading = line.substring(5);
      } else if (heading != null && line.startsWith("`")) {
        out.put(heading, Arrays.stream(line.split(", ")).map(v -> v.replace("`", "")).collect(Collectors.toList()));
        heading = null;
      }
    }
    return out;
  }

  private static String defName(Class<?> type) {
    String simple = type.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  @Test
  void exampleIsValidAgainstTheSchema() throws IOException {
    assertThat(SchemaCheck.errors(example())).isEmpty();
  }

  @Test
  void exampleIsWhatGcmkitWritesForItsData() throws IOException {
    DataSet read = GcmJson.defaults().read(example());

    assertThat(read).isEqualTo(Fixtures.small());
    assertThat(GcmJson.defaults().writeString(read)).isEqualTo(example());
  }

  @Test
  void tablesListEveryTypesPropertiesInFormatOrder() throws IOException {
    Map<String, List<String>> tables = tables();

    assertThat(tables.get("dataSet")).isEqualTo(FormatCatalog.properties(DataSet.class));
    for (FormatCatalog.Binding b : FormatCatalog.records()) {
      assertThat(tables.get(defName(b.type()))).as(b.type().getSimpleName())
          .isEqualTo(FormatCatalog.properties(b.type()));
    }
  }

  @Test
  void enumerationListsAreTheModelsJsonNames() throws IOException {
    Map<String, List<String>> lists = enumLists();

    assertThat(lists).hasSize(20);
    for (Class<? extends Enum<?>> type : FormatCatalog.ENUMS) {
      List<String> listed = lists.get(defName(type));
      if (listed != null) {
        assertThat(listed).as(type.getSimpleName()).isEqualTo(Arrays.stream(type.getEnumConstants())
            .map(c -> EnumCodec.jsonName((Enum<?>) c)).collect(Collectors.toList()));
      }
    }
  }

  @Test
  void documentedDefaultLimitsAreTheDefaults() throws IOException {
    String doc = String.join("\n", lines());
    ReadLimits d = ReadLimits.defaults();

    assertThat(doc).contains("| document length | 256 MiB (268,435,456 bytes");
    assertThat(d.maxDocumentLength()).isEqualTo(268_435_456L);
    assertThat(doc).contains("| nesting depth of objects and arrays | " + d.maxNestingDepth() + " |");
    assertThat(doc).contains("| string length | 1,000,000 characters |");
    assertThat(d.maxStringLength()).isEqualTo(1_000_000);
    assertThat(doc).contains("| number length | " + d.maxNumberLength() + " characters |");
    assertThat(doc).contains("| property name length | " + d.maxNameLength() + " characters |");
  }
}

package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gcmkit.io.json.internal.EnumCodec;
import org.gcmkit.io.json.internal.FormatCatalog;
import org.gcmkit.model.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema: shipped, published, in step with the format, and as strict as the reader on what it checks. */
class JsonSchemaTest {

  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(GcmJson.schema());
  private static final String HEAD = "{\"format\": \"gcmkit/1\", ";
  private static final String EVENT = "{\"id\": \"a\", \"kind\": \"meeting\", \"title\": \"t\", \"status\": \"held\"";

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
      out.add(it.next().getKey());
    }
    return out;
  }

  private static String defName(Class<?> type) {
    String simple = type.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  @Test
  void schemaInTheJarIsTheOneInDocs() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "gcmkit-1.schema.json"), StandardCharsets.UTF_8);

    assertThat(GcmJson.schema()).isEqualTo(docs);
  }

  @Test
  void schemaIsDraft2020_12() {
    assertThat(SCHEMA.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void goldenDocumentsAreValid() {
    assertThat(SchemaCheck.errors(new String(WriteFormatTest.resource("every-property.json"),
        StandardCharsets.UTF_8))).isEmpty();
    assertThat(SchemaCheck.errors(new String(WriteFormatTest.resource("thematic-session-6.json"),
        StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void schemaListsTheDocumentPropertiesInFormatOrder() {
    assertThat(names(SCHEMA.get("properties"))).isEqualTo(FormatCatalog.properties(DataSet.class));
  }

  @Test
  void schemaListsEveryRecordsPropertiesInFormatOrder() {
    for (FormatCatalog.Binding b : FormatCatalog.records()) {
      JsonNode def = SCHEMA.get("$defs").get(defName(b.type()));
      assertThat(def).as("definition of " + b.type().getSimpleName()).isNotNull();
      assertThat(names(def.get("properties"))).as(b.type().getSimpleName())
          .isEqualTo(FormatCatalog.properties(b.type()));
      assertThat(def.get("additionalProperties").asBoolean()).as(b.type().getSimpleName()).isFalse();
    }
  }

  @Test
  void schemaRequiresWhatTheBuildersRequire() throws Exception {
    for (FormatCatalog.Binding b : FormatCatalog.records()) {
      JsonNode def = SCHEMA.get("$defs").get(defName(b.type()));
      List<String> required = new ArrayList<>();
      if (def.has("required")) {
        def.get("required").forEach(n -> required.add(n.asString()));
      }
      assertThat(required).as(b.type().getSimpleName()).isEqualTo(requiredByBuilder(b.type()));
    }
  }

  /** The attributes an empty builder complains about, in format order; a factory type requires its parameters. */
  private static List<String> requiredByBuilder(Class<?> type) throws Exception {
    Method builder;
    try {
      builder = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return FormatCatalog.properties(type);
    }
    Object b = builder.invoke(null);
    try {
      b.getClass().getMethod("build").invoke(b);
      return List.of();
    } catch (InvocationTargetException e) {
      String message = e.getCause().getMessage();
      List<String> missing = Arrays.asList(
          message.substring(message.indexOf('[') + 1, message.indexOf(']')).split(",\\s*"));
      return FormatCatalog.properties(type).stream().filter(missing::contains).collect(Collectors.toList());
    }
  }

  @Test
  void schemaEnumsAreTheModelsJsonNames() {
    int checked = 0;
    for (Class<? extends Enum<?>> type : FormatCatalog.ENUMS) {
      JsonNode def = SCHEMA.get("$defs").get(defName(type));
      if (def == null) {
        continue;
      }
      List<String> schemaNames = new ArrayList<>();
      def.get("enum").forEach(n -> schemaNames.add(n.asString()));
      List<String> modelNames = Arrays.stream(type.getEnumConstants())
          .map(c -> EnumCodec.jsonName((Enum<?>) c))
          .collect(Collectors.toList());
      assertThat(schemaNames).as(type.getSimpleName()).isEqualTo(modelNames);
      checked++;
    }
    assertThat(checked).as("enums in the schema").isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"title\": \"missing format\"}",
    "{\"format\": \"gcmkit/2\"}",
    HEAD + "\"evnts\": []}",
    HEAD + "\"events\": [" + EVENT + ", \"titel\": \"unknown property\"}]}",
    HEAD + "\"events\": [{\"id\": \"a\", \"kind\": \"meeting\", \"title\": 3, \"status\": \"held\"}]}",
    HEAD + "\"events\": [{\"id\": \"a\", \"kind\": \"meeting\", \"title\": \"t\"}]}",
    HEAD + "\"events\": [" + EVENT + ", \"kind\": \"meating\"}]}",
    HEAD + "\"events\": [" + EVENT + ", \"number\": 1.5}]}",
    HEAD + "\"events\": [" + EVENT + ", \"number\": 99999999999}]}",
    HEAD + "\"events\": [" + EVENT + ", \"languages\": \"en\"}]}",
    HEAD + "\"events\": [" + EVENT + ", \"timing\": {\"start\": \"17 April 2017\"}}]}",
    HEAD + "\"events\": [" + EVENT + ", \"timing\": {\"start\": {\"edtf\": \"2017\"}}}]}",
    HEAD + "\"events\": [" + EVENT + ", \"place\": {\"geo\": {\"lat\": 91, \"lon\": 0}}}]}",
    HEAD + "\"events\": [" + EVENT + ", \"created\": \"2017-04-17T14:00:00\"}]}",
    HEAD + "\"events\": [null]}",
    HEAD + "\"events\": [" + EVENT + ", \"title\": null}]}",
    HEAD + "\"complete\": \"yes\"}",
    HEAD + "\"goals\": [{\"id\": \"g\", \"title\": \"t\", \"sdgCodes\": [\"18\"]}]}",
    "[]"
  })
  void schemaRejectsWhatTheReaderRejects(String document) {
    assertThatThrownBy(() -> GcmJson.defaults().read(document)).isInstanceOf(JsonReadException.class);
    assertThat(SchemaCheck.errors(document)).as(document).isNotEmpty();
  }

  @Test
  void schemaAcceptsAMinimalDocument() {
    assertThat(SchemaCheck.errors("{\"format\": \"gcmkit/1\"}")).isEmpty();
  }
}

package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.StreamWriteFeature;

/** The module in an application's own mapper, whatever that mapper's defaults. */
class GcmJacksonModuleTest {

  private static final GcmJson COMPACT = GcmJson.defaults().prettyPrinted(false);

  /** A mapper configured the way an application might: every default that could change the format, changed. */
  private static JsonMapper unusualMapper() {
    return JsonMapper.builder()
        .addModule(new GcmJacksonModule())
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
            JsonInclude.Include.ALWAYS))
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(EnumFeature.WRITE_ENUMS_USING_INDEX)
        .build();
  }

  @Test
  void anyMapperWritesTheSameJson() {
    DataSet d = Fixtures.everyProperty();

    String written = unusualMapper().writeValueAsString(d);

    assertThat(written + "\n").isEqualTo(COMPACT.writeString(d));
  }

  @Test
  void anyMapperReadsTheFormat() {
    DataSet d = Fixtures.everyProperty();

    assertThat(unusualMapper().readValue(COMPACT.writeString(d), DataSet.class)).isEqualTo(d);
  }

  @Test
  void singleValuesBindToo() {
    Event e = Fixtures.thematicSession6();
    JsonMapper mapper = JsonMapper.builder().addModule(new GcmJacksonModule()).build();

    assertThat(mapper.readValue(mapper.writeValueAsString(e), Event.class)).isEqualTo(e);
  }

  @Test
  void unknownPropertiesFollowTheMappersSetting() {
    String json = "{\"id\": \"a\", \"kind\": \"meeting\", \"title\": \"t\", \"status\": \"held\", \"x\": 1}";
    JsonMapper strict = JsonMapper.builder().addModule(new GcmJacksonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    JsonMapper lenient = JsonMapper.builder().addModule(new GcmJacksonModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    assertThatThrownBy(() -> strict.readValue(json, Event.class)).isInstanceOf(UnrecognizedPropertyException.class);
    assertThat(lenient.readValue(json, Event.class).id()).isEqualTo("a");
  }

  @Test
  void moduleHasAStableName() {
    assertThat(new GcmJacksonModule().getModuleName()).isEqualTo("gcmkit");
    assertThat(new GcmJacksonModule().getRegistrationId()).isEqualTo(new GcmJacksonModule().getRegistrationId());
  }
}

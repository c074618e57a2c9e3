package org.gcmkit.io.json;

import org.gcmkit.io.json.internal.ModuleSetup;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that binds the gcmkit model: mix-ins for the records (written in the format's property order,
 * built through their builders) and (de)serializers for the data set document, {@link org.gcmkit.model.FuzzyDate},
 * {@link org.gcmkit.model.SdgCode}, {@link org.gcmkit.model.GeoPoint}, {@link org.gcmkit.model.SourcePosition} and
 * the enums. {@link GcmJson} uses it; register it in an application's own mapper to send and receive model values,
 * for example from a Spring Boot or Micronaut controller:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *     .addModule(new GcmJacksonModule())
 *     .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
 *     .build();
 * String json = mapper.writeValueAsString(event);
 * Event back = mapper.readValue(json, Event.class);
 * }</pre>
 *
 * <p>The module fixes everything that makes up the format — property names and order, which empty values are left
 * out, the text of dates, zones, URIs and enums, and that {@code null} is never a value — so a mapper with other
 * defaults writes the same JSON. What stays the mapper's choice: whether unknown properties are rejected
 * ({@code FAIL_ON_UNKNOWN_PROPERTIES}), whether a string property accepts a number (coercion), read limits, and
 * indentation. {@link GcmJson} sets all of these strictly; the module never enables default typing.
 *
 * @since 0.1
 */
public final class GcmJacksonModule extends JacksonModule {

  /** A new module; instances are interchangeable and register the same thing. */
  public GcmJacksonModule() {}

  @Override
  public String getModuleName() {
    return "gcmkit";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getRegistrationId() {
    return GcmJacksonModule.class;
  }

  @Override
  public void setupModule(SetupContext context) {
    ModuleSetup.setUp(context);
  }
}

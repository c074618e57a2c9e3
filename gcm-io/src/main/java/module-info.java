/**
 * Reading and writing gcmkit data. The JSON part binds the model with Jackson 3 through {@link
 * org.gcmkit.io.json.GcmJacksonModule}; {@link org.gcmkit.io.json.GcmJson} is its facade.
 */
module org.gcmkit.io {
  requires transitive org.gcmkit.model;
  requires transitive tools.jackson.databind;
  requires com.fasterxml.jackson.annotation;
  requires static org.jspecify;

  exports org.gcmkit.io.json;

  // Jackson instantiates the (de)serializers and inclusion filters that the mix-ins name, and reads the mix-ins.
  opens org.gcmkit.io.json.internal to
      tools.jackson.databind;
}

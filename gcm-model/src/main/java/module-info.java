/**
 * The gcmkit domain model: immutable values of the GCM process.
 */
module org.gcmkit.model {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.gcmkit.model;
  exports org.gcmkit.model.constraints;

  opens org.gcmkit.model;
  opens org.gcmkit.model.internal;
}

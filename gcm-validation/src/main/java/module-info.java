/**
 * Validation of gcmkit data: the model's field constraints, checked by Hibernate Validator, and the domain rules of
 * the GCM process across records. Entry point: {@link org.gcmkit.validation.GcmValidator}.
 */
module org.gcmkit.validation {
  requires transitive org.gcmkit.model;
  requires transitive org.hibernate.validator;
  requires static org.jspecify;

  exports org.gcmkit.validation;
}

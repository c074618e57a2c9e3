package org.gcmkit.io.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The format's JSON Schema, loaded into an independent validator (networknt json-schema-validator) with format
 * assertions on, so that {@code date}, {@code date-time} and {@code uri-reference} are checked too.
 */
final class SchemaCheck {

  static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
      .getSchema(GcmJson.schema(), InputFormat.JSON);

  private SchemaCheck() {}

  /** The schema's complaints about a document; empty when it is valid. */
  static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream().map(Object::toString).collect(Collectors.toList());
  }
}

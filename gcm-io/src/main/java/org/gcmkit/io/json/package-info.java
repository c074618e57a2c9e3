/**
 * gcmkit's JSON: the versioned {@code gcmkit/1} document format of a {@link org.gcmkit.model.DataSet}, and the JSON
 * form of every model value, bound with Jackson 3.
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link org.gcmkit.io.json.GcmJson} reads and writes documents and single values, from and to files,
 *       streams, readers, writers, strings and {@code JsonNode} trees.
 *   <li>{@link org.gcmkit.io.json.GcmJacksonModule} binds the model in an application's own {@code JsonMapper}.
 *   <li>{@link org.gcmkit.io.json.JsonReadException} is what bad input throws: line, column, JSON pointer, what was
 *       expected and what was found.
 *   <li>{@link org.gcmkit.io.json.ReadLimits} bounds what a reader accepts; {@link org.gcmkit.io.json.ReadResult}
 *       carries a data set with the positions of its values.
 * </ul>
 *
 * <pre>{@code
 * GcmJson json = GcmJson.defaults();
 * json.write(data, Path.of("gcm.json"));
 * DataSet back = json.read(Path.of("gcm.json"));
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * <p>A document is an object whose first property is {@code "format": "gcmkit/1"}, followed by the data set's
 * properties. Every type has a fixed property order (the order of the model's accessors); absent optional values,
 * empty lists and default values ({@code false}, a confirmed place, attendance in person) are left out. Dates,
 * instants, durations and periods are ISO 8601 strings; inexact dates are EDTF strings, or {@code {"edtf": ...,
 * "text": ...}} when they carry the phrase they were taken from; zones are IANA ids; enums are lower-case names with
 * hyphens ({@code "thematic-session"}); decimals are JSON numbers with their exact digits. The JSON Schema is in the
 * jar ({@link org.gcmkit.io.json.GcmJson#schema()}) and in {@code docs/gcmkit-1.schema.json}; {@code
 * docs/json-format.md} describes the format, its limits and its versioning.
 */
@NullMarked
package org.gcmkit.io.json;

import org.jspecify.annotations.NullMarked;

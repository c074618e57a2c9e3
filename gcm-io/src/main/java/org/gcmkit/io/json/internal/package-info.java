/**
 * The implementation of gcmkit's JSON binding: mix-ins that tell Jackson how each model type is written and built,
 * small (de)serializers for the scalar value types, the data set's document codec, the parser wrapper that records
 * source positions, and the translation of Jackson's exceptions into {@link org.gcmkit.io.json.JsonReadException}s.
 * Not exported: nothing here is API.
 */
@NullMarked
package org.gcmkit.io.json.internal;

import org.jspecify.annotations.NullMarked;

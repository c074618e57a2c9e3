/**
 * Jakarta Validation constraints of the gcmkit model that the standard ones do not cover.
 *
 * <p>Each constraint carries its own validator, so any Jakarta Validation 3.1 provider checks it without
 * configuration. Messages are looked up under the annotation's name in the provider's
 * {@code ValidationMessages} bundle; gcmkit's validation module ships English, French and Spanish messages.
 */
@NullMarked
package org.gcmkit.model.constraints;

import org.jspecify.annotations.NullMarked;

/**
 * Jakarta Validation constraints of the gcmkit model that the standard ones do not cover.
 *
 * <p>Each constraint carries its own validator, so any Jakarta Validation 3.1 provider checks it without
 * configuration. Messages are looked up under the annotation's name ({@code
 * org.gcmkit.model.constraints.CountryCode.message}); gcmkit's validation module ships them in English, French and
 * Spanish as {@code ContributorValidationMessages} bundles, which Hibernate Validator merges with the application's
 * own {@code ValidationMessages}.
 */
@NullMarked
package org.gcmkit.model.constraints;

import org.jspecify.annotations.NullMarked;

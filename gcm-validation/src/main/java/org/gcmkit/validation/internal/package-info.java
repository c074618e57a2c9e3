/**
 * Implementation of gcmkit validation: the bridge to Hibernate Validator, the domain rules and their messages. Not
 * exported.
 */
@NullMarked
package org.gcmkit.validation.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Validation of gcmkit data.
 */
@NullMarked
package org.gcmkit.validation;

import org.jspecify.annotations.NullMarked;

/**
 * Implementation of the model's constraints. Not exported; opened so that validation providers can instantiate the
 * validators.
 */
@NullMarked
package org.gcmkit.model.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The reference data set of the GCM process, shipped with gcmkit: {@link org.gcmkit.io.reference.ReferenceData#gcm()}.
 */
@NullMarked
package org.gcmkit.io.reference;

import org.jspecify.annotations.NullMarked;

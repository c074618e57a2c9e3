/**
 * The GCM domain model: immutable values of the Global Compact for Migration process.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = true)
package org.gcmkit.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

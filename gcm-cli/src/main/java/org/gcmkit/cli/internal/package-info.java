/**
 * The commands of {@code gcm} and what they share: the root command and its subcommands (picocli), the output
 * streams, atomic file output, loading of input data, and findings as text and JSON. Not API.
 */
@org.jspecify.annotations.NullMarked
package org.gcmkit.cli.internal;

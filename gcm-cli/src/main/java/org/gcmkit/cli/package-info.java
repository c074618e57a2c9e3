/**
 * The {@code gcm} command line tool. {@link org.gcmkit.cli.Gcm#main(String...)} runs it as a program, {@link
 * org.gcmkit.cli.Gcm#run(java.io.OutputStream, java.io.OutputStream, String...)} in-process with its own output
 * streams.
 *
 * <pre>{@code
 * gcm feed --region africa -o africa.ics     # an iCalendar feed of the embedded reference data
 * gcm export -o gcm.json                      # the reference data set as gcmkit JSON
 * gcm validate data.json partner.ics          # findings with FILE:LINE:COL, exit 0, 1 or 2
 * }</pre>
 *
 * <p>{@code docs/cli.md} describes every command, option and exit code.
 */
@org.jspecify.annotations.NullMarked
package org.gcmkit.cli;

/**
 * The iCalendar reader's implementation: the lexer, value parsers, VTIMEZONE compiler and the Windows zone table.
 * Not exported.
 */
@NullMarked
package org.gcmkit.io.ical.internal.read;

import org.jspecify.annotations.NullMarked;

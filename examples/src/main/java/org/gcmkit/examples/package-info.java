/**
 * Examples of gcmkit, each a program with a {@code main} method and a {@code run} method that the tests call:
 *
 * <ul>
 *   <li>{@link org.gcmkit.examples.BuildAndValidate}: build an event with its programme and validate it;
 *   <li>{@link org.gcmkit.examples.FilteredFeed}: write an iCalendar feed of one region from the reference data;
 *   <li>{@link org.gcmkit.examples.PartnerData}: read a JSON data set from another tool and report its problems
 *       with their positions;
 *   <li>{@link org.gcmkit.examples.PartnerCalendar}: import a partner's Outlook calendar, report its problems with
 *       their positions and write its sound events as a clean feed.
 * </ul>
 *
 * <p>The README's "Examples" section walks through them.
 */
@org.jspecify.annotations.NullMarked
package org.gcmkit.examples;

/**
 * Small runnable programs that use gcmkit as an application would: {@link org.gcmkit.examples.BuildAndValidate},
 * {@link org.gcmkit.examples.FilteredFeed}, {@link org.gcmkit.examples.PartnerData} and {@link
 * org.gcmkit.examples.PartnerCalendar}. Not published.
 */
module org.gcmkit.examples {
  requires org.gcmkit.io;
  requires org.gcmkit.validation;
  requires static org.jspecify;

  exports org.gcmkit.examples;
}

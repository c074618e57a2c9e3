/**
 * Small runnable programs that use gcmkit as an application would: {@link org.gcmkit.examples.BuildAndValidate},
 * {@link org.gcmkit.examples.FilteredFeed} and {@link org.gcmkit.examples.PartnerData}. Not published.
 */
module org.gcmkit.examples {
  requires org.gcmkit.io;
  requires org.gcmkit.validation;
  requires static org.jspecify;

  exports org.gcmkit.examples;
}

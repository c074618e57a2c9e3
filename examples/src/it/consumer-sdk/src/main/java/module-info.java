/** An application that uses gcmkit's published modules on the module path. */
module org.gcmkit.consumer.sdk {
  requires org.gcmkit.io;
  requires org.gcmkit.validation;
}

/** A consumer of gcmkit on the module path. */
module org.gcmkit.consumer.modular {
  requires org.gcmkit.model;
}

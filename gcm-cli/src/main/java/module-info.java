/**
 * The {@code gcm} command: iCalendar feeds and JSON exports of gcmkit data (by default the embedded reference data
 * set of the GCM process), and validation of JSON data sets and iCalendar files with positions and exit codes. Entry
 * point: {@link org.gcmkit.cli.Gcm}. The commands live in the unexported package {@code org.gcmkit.cli.internal},
 * opened to picocli, which reads their annotations and sets their options.
 */
module org.gcmkit.cli {
  requires org.gcmkit.io;
  requires org.gcmkit.validation;
  requires info.picocli;
  requires java.logging;
  requires static org.jspecify;

  exports org.gcmkit.cli;

  opens org.gcmkit.cli.internal to
      info.picocli;
}

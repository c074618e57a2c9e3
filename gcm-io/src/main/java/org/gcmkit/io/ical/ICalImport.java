package org.gcmkit.io.ical;

import java.util.List;
import java.util.Objects;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourceMap;

/**
 * An iCalendar file imported as a data set: the events, where each of their values came from, and every finding of
 * the reader and of the mapping.
 *
 * <pre>{@code
 * ICalImport imported = ICalImporter.lenient().read(Path.of("partner.ics"));
 * imported.findings().forEach(System.out::println);
 * ValidationReport report = GcmValidator.create().validate(imported.dataSet(), imported.sourceMap());
 * }</pre>
 *
 * @since 0.1
 */
public final class ICalImport {

  private final DataSet dataSet;
  private final SourceMap sourceMap;
  private final List<Finding> findings;

  ICalImport(DataSet dataSet, SourceMap sourceMap, List<Finding> findings) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    this.findings = List.copyOf(findings);
  }

  /**
   * The data set: one event per VEVENT in file order, the people and organisations that gcmkit participant
   * properties name (see {@link ICalImporter#withReferences}), the calendar's name and description as title and
   * description, and its {@code X-GCMKIT-AS-OF} as {@code asOf}.
   *
   * @return the data set
   * @since 0.1
   */
  public DataSet dataSet() {
    return dataSet;
  }

  /**
   * The file positions of the data set's values, by data path ({@code events[<id>].title}), for
   * {@code GcmValidator.validate(dataSet, sourceMap)}.
   *
   * @return the positions
   * @since 0.1
   */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /**
   * The findings of the reader and of the mapping, in the order found.
   *
   * @return the findings
   * @since 0.1
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether any finding is an error.
   *
   * @return {@code true} when the file has errors
   * @since 0.1
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  @Override
  public String toString() {
    return "ICalImport[" + dataSet.events().size() + " events, " + findings.size() + " findings]";
  }
}

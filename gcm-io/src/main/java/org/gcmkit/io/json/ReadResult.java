package org.gcmkit.io.json;

import java.util.Objects;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.SourceMap;
import org.jspecify.annotations.Nullable;

/**
 * A data set read from a document, with where each of its values was found: the {@link SourceMap} maps data paths
 * ({@code events[ts6].participants[2].personId}) to the line, column and JSON pointer of the value, so that a
 * validator can put a file position on each finding.
 *
 * <pre>{@code
 * ReadResult result = GcmJson.defaults().readWithPositions(Path.of("data.json"));
 * DataSet data = result.dataSet();
 * result.sourceMap().find("events[ts6].title");   // Optional[data.json:43:16]
 * }</pre>
 *
 * @since 0.1
 */
public final class ReadResult {

  private final DataSet dataSet;
  private final SourceMap sourceMap;

  private ReadResult(DataSet dataSet, SourceMap sourceMap) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
  }

  /**
   * A result.
   *
   * @param dataSet the data set
   * @param sourceMap the positions of its values
   * @return the result
   */
  public static ReadResult of(DataSet dataSet, SourceMap sourceMap) {
    return new ReadResult(dataSet, sourceMap);
  }

  /**
   * The data set.
   *
   * @return the data set
   */
  public DataSet dataSet() {
    return dataSet;
  }

  /**
   * Where the values of the data set were found.
   *
   * @return the map from data paths to positions
   */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReadResult r && dataSet.equals(r.dataSet) && sourceMap.equals(r.sourceMap);
  }

  @Override
  public int hashCode() {
    return 31 * dataSet.hashCode() + sourceMap.hashCode();
  }

  @Override
  public String toString() {
    return "ReadResult[" + dataSet.events().size() + " events, " + sourceMap + "]";
  }
}

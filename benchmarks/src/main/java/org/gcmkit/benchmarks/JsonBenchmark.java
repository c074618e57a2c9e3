package org.gcmkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.DataSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the JSON of a data set: {@link GcmJson} against plain Jackson 3 binding the same document to
 * {@link PlainDataSet}. Both read from and write to memory (a byte array, a counting sink), so the disk is not
 * measured. Both write compact JSON (no indentation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

  /** The number of events of the data set. */
  @Param({"100000"})
  public int events;

  private GcmJson gcm;
  private JsonMapper jackson;
  private DataSet data;
  private PlainDataSet plain;
  private byte[] json;

  /** Builds the data set, its JSON and its plain twin. */
  @Setup
  public void setUp() {
    gcm = GcmJson.defaults().prettyPrinted(false);
    jackson = plainMapper();
    data = DataSetGenerator.dataSet(events, Inputs.SEED);
    json = gcm.writeBytes(data);
    plain = jackson.readValue(json, PlainDataSet.class);
  }

  /**
   * The plain mapper: fields in declaration order, absent values left out, as gcmkit writes them.
   *
   * @return the mapper
   */
  static JsonMapper plainMapper() {
    return JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }

  /**
   * gcmkit reads.
   *
   * @return the number of events
   */
  @Benchmark
  public int gcmkitRead() {
    return gcm.read(new ByteArrayInputStream(json)).events().size();
  }

  /**
   * Plain Jackson reads.
   *
   * @return the number of events
   */
  @Benchmark
  public int jacksonRead() {
    return jackson.readValue(new ByteArrayInputStream(json), PlainDataSet.class).events.size();
  }

  /**
   * gcmkit writes.
   *
   * @return the number of bytes
   */
  @Benchmark
  public long gcmkitWrite() {
    CountingSink sink = new CountingSink();
    gcm.write(data, sink);
    return sink.count();
  }

  /**
   * Plain Jackson writes.
   *
   * @return the number of bytes
   */
  @Benchmark
  public long jacksonWrite() {
    CountingSink sink = new CountingSink();
    jackson.writeValue(sink, plain);
    return sink.count();
  }
}

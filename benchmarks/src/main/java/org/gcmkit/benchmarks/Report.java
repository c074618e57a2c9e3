package org.gcmkit.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints JMH's JSON results as Markdown tables: the median time of every benchmark, then for each gcmkit method the
 * ratio of each peer's median to ours (above 1: gcmkit is faster; below 1: slower).
 *
 * <p>A gcmkit method is named {@code gcmkit...}; a peer is paired with it when the peer's name ends in the same
 * suffix ({@code jacksonRead} with {@code gcmkitRead}), or with every gcmkit method of its class when no peer shares
 * a suffix ({@code ical4j} with {@code gcmkitReadAll} and {@code gcmkitStream}).
 */
public final class Report {

  private Report() {}

  /** One benchmark's result. */
  private record Row(String benchmark, String method, String params, double median, double min, double max,
      int samples, String unit) {}

  /**
   * Prints the tables.
   *
   * @param args JMH result files ({@code -rf json})
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    List<Row> rows = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (!Files.isRegularFile(p) || Files.size(p) == 0) {
        continue;
      }
      for (JsonNode r : mapper.readTree(p.toFile())) {
        String full = r.get("benchmark").asString();
        int dot = full.lastIndexOf('.');
        String benchmark = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
        String method = full.substring(dot + 1);
        StringBuilder params = new StringBuilder();
        JsonNode ps = r.get("params");
        if (ps != null) {
          for (Map.Entry<String, JsonNode> e : ps.properties()) {
            params.append(params.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue().asString());
          }
        }
        JsonNode m = r.get("primaryMetric");
        JsonNode pct = m.get("scorePercentiles");
        int samples = 0;
        for (JsonNode fork : m.get("rawData")) {
          samples += fork.size();
        }
        rows.add(new Row(benchmark, method, params.toString(), pct.get("50.0").asDouble(), pct.get("0.0").asDouble(),
            pct.get("100.0").asDouble(), samples, m.get("scoreUnit").asString()));
      }
    }
    System.out.println("| benchmark | input | method | median | min | max | samples |");
    System.out.println("| --- | --- | --- | ---: | ---: | ---: | ---: |");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s %s | %s | %s | %d |%n", r.benchmark, r.params, r.method,
          fmt(r.median), r.unit, fmt(r.min), fmt(r.max), r.samples);
    }
    System.out.println();
    System.out.println("| benchmark | input | gcmkit | peer | peer ÷ gcmkit (median) |");
    System.out.println("| --- | --- | --- | --- | ---: |");
    Map<String, List<Row>> groups = new TreeMap<>();
    for (Row r : rows) {
      groups.computeIfAbsent(r.benchmark + "\u0000" + r.params, k -> new ArrayList<>()).add(r);
    }
    for (List<Row> g : groups.values()) {
      Map<String, Row> ours = new LinkedHashMap<>();
      List<Row> peers = new ArrayList<>();
      for (Row r : g) {
        if (r.method.startsWith("gcmkit")) {
          ours.put(r.method.substring("gcmkit".length()), r);
        } else {
          peers.add(r);
        }
      }
      for (Map.Entry<String, Row> o : ours.entrySet()) {
        for (Row p : peers) {
          boolean suffixed = false;
          for (String k : ours.keySet()) {
            suffixed |= !k.isEmpty() && p.method.endsWith(k);
          }
          boolean match = !suffixed || p.method.endsWith(o.getKey());
          if (match) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.2f |%n", o.getValue().benchmark, o.getValue().params,
                o.getValue().method, p.method, p.median / o.getValue().median);
          }
        }
      }
    }
  }

  private static String fmt(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }
}

package org.gcmkit.io.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gcmkit.model.Confidence;

/**
 * The fact base {@code gcm-facts.tsv} (a copy of {@code shared/domain/gcm-facts.tsv} in the test resources, so that
 * CI has it) and the checked-in list of rows mapped differently, {@code gcm-facts-exceptions.tsv}.
 */
final class FactBase {

  /** One row of the fact base. */
  record Row(String id, String kind, String name, String start, String end, String city, String country,
      String timezone, String organiser, String details, List<String> sources, Confidence confidence, String note) {

    /** The value of a {@code key=value} hint in the details ({@code parent=}, {@code status=}), if any. */
    Optional<String> hint(String key) {
      for (String part : details.split(";")) {
        String p = part.strip();
        if (p.startsWith(key + "=")) {
          return Optional.of(p.substring(key.length() + 1).strip());
        }
      }
      return Optional.empty();
    }

    /** The target of a plan: {@code status=superseded_by X}, without a comment after the id. */
    Optional<String> supersededBy() {
      return hint("status").filter(s -> s.startsWith("superseded_by ")).map(s -> s.substring(14).strip().split(" ")[0]);
    }
  }

  /** One entry of the exceptions list: a row mapped differently from the default for its kind. */
  record Deviation(String id, String aspect, String representation, String reason) {}

  private FactBase() {}

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    List<String> lines = lines("gcm-facts.tsv");
    String[] header = lines.get(0).split("\t", -1);
    if (header.length != 13 || !header[0].equals("id") || !header[11].equals("confidence")) {
      throw new IllegalStateException("unexpected header of gcm-facts.tsv: " + Arrays.toString(header));
    }
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 13) {
        throw new IllegalStateException("row with " + f.length + " fields: " + line);
      }
      List<String> sources = Arrays.stream(f[10].split(";")).map(String::strip).filter(s -> !s.isEmpty())
          .collect(Collectors.toList());
      rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], sources,
          Confidence.valueOf(f[11].toUpperCase(java.util.Locale.ROOT)), f[12]));
    }
    return rows;
  }

  static Map<String, Row> rowsById() {
    Map<String, Row> map = new LinkedHashMap<>();
    for (Row r : rows()) {
      map.put(r.id(), r);
    }
    return map;
  }

  static List<Deviation> deviations() {
    List<Deviation> list = new ArrayList<>();
    for (String line : lines("gcm-facts-exceptions.tsv")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4 || f[3].isBlank()) {
        throw new IllegalStateException("an exception needs id, aspect, representation and a reason: " + line);
      }
      list.add(new Deviation(f[0], f[1], f[2], f[3]));
    }
    return list;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = FactBase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

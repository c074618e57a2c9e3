package org.gcmkit.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.io.reference.FactBase.Row;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.DatePrecision;
import org.gcmkit.model.Event;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Source;
import org.gcmkit.model.Sourced;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;
import org.junit.jupiter.api.Test;

/**
 * Every record says where its facts come from and how far they can be trusted, every source is a seed or a URL of
 * the fact base, and no event has a time of day that the sources do not give.
 */
class ProvenanceTest {

  private static final DataSet DATA = GcmReferenceData.dataSet();
  private static final Set<String> SEEDS = Set.of(Refs.SEED_000, Refs.SEED_001, Refs.SEED_002, Refs.SEED_003,
      Refs.SEED_004);

  /**
   * Timed events that are not rows of the fact base, with the row whose start or details give their times: the
   * stakeholder dialogue of thematic session 6 ("13 Oct 09:00-09:50") and the presentation of the zero draft
   * (15:00).
   */
  private static final Map<String, String> TIMES_FROM_ROW = Map.of(
      "ts6-stakeholder-dialogue", "ts6",
      "zero-draft-presentation", "zero-draft");

  /** Every record of the data set that carries sources and a confidence, with a name for messages. */
  private static Map<String, Sourced> records() {
    Map<String, Sourced> map = new java.util.LinkedHashMap<>();
    DATA.phases().forEach(p -> {
      map.put("phase " + p.id(), p);
      for (int i = 0; i < p.revisions().size(); i++) {
        map.put("phase " + p.id() + " revision " + i, p.revisions().get(i));
      }
    });
    DATA.events().forEach(e -> {
      map.put("event " + e.id(), e);
      for (int i = 0; i < e.revisions().size(); i++) {
        map.put("event " + e.id() + " revision " + i, e.revisions().get(i));
      }
    });
    DATA.organisations().forEach(o -> map.put("organisation " + o.id(), o));
    DATA.people().forEach(p -> map.put("person " + p.id(), p));
    for (int i = 0; i < DATA.memberships().size(); i++) {
      map.put("membership " + i + " of " + DATA.memberships().get(i).personId(), DATA.memberships().get(i));
    }
    DATA.acts().forEach(a -> map.put("act " + a.number(), a));
    DATA.objectives().forEach(o -> map.put("objective " + o.number(), o));
    DATA.documents().forEach(d -> map.put("document " + d.id(), d));
    return map;
  }

  @Test
  void everyRecordHasASourceAndAConfidence() {
    List<String> lacking = records().entrySet().stream()
        .filter(r -> r.getValue().sources().isEmpty() || r.getValue().confidence().isEmpty())
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());

    assertThat(records().keySet()).extracting(k -> k.substring(0, k.indexOf(' '))).contains("phase", "event",
        "organisation", "person", "membership", "act", "objective", "document");
    assertThat(lacking).isEmpty();
  }

  @Test
  void headcountsAndWaiversHaveSources() {
    List<Headcount> counts = DATA.events().stream().flatMap(e -> e.headcounts().stream()).collect(Collectors.toList());
    List<Waiver> waivers = DATA.documents().stream().flatMap(d -> d.waivers().stream()).collect(Collectors.toList());

    assertThat(counts).allSatisfy(h -> {
      assertThat(h.sources()).isNotEmpty();
      boolean fromSeed = h.sources().stream().anyMatch(src -> !src.isUrl());
      assertThat(h.sourceText().isPresent()).as("verbatim words only from a seed: %s", h).isEqualTo(fromSeed);
    });
    assertThat(waivers).allSatisfy(w -> assertThat(w.sources()).isNotEmpty());
  }

  @Test
  void theWordsOfAHeadcountAreInTheQuoteOfItsSeed() {
    List<String> unquoted = DATA.events().stream().flatMap(e -> e.headcounts().stream())
        .filter(h -> h.sourceText().isPresent())
        .filter(h -> h.sources().stream().noneMatch(src -> src.quote().map(q -> q.contains(h.sourceText().get()))
            .orElse(false)))
        .map(h -> h.sourceText().get())
        .collect(Collectors.toList());

    assertThat(unquoted).isEmpty();
  }

  @Test
  void everySourceIsASeedOrAUrlOfTheFactBase() {
    Set<String> factBaseUrls = FactBase.rows().stream().flatMap(r -> r.sources().stream())
        .filter(s -> s.startsWith("http")).collect(Collectors.toSet());
    List<String> foreign = allSources()
        .map(Source::reference)
        .filter(ref -> !SEEDS.contains(ref) && !factBaseUrls.contains(ref))
        .distinct()
        .collect(Collectors.toList());

    assertThat(foreign).isEmpty();
  }

  @Test
  void quotesComeFromSeedsOnly() {
    List<String> quotedUrls = allSources().filter(s -> s.quote().isPresent() && s.isUrl()).map(Source::reference)
        .collect(Collectors.toList());

    assertThat(quotedUrls).as("URLs are cited, never quoted: their text was not read verbatim").isEmpty();
  }

  private static Stream<Source> allSources() {
    Stream<Source> own = records().values().stream().flatMap(r -> r.sources().stream());
    Stream<Source> inner = Stream.of(
        DATA.events().stream().flatMap(e -> e.headcounts().stream()).flatMap(h -> h.sources().stream()),
        DATA.events().stream().flatMap(e -> e.participants().stream()).flatMap(p -> p.sources().stream()),
        DATA.documents().stream().flatMap(d -> d.waivers().stream()).flatMap(w -> w.sources().stream()),
        DATA.sources().stream()).flatMap(s -> s);
    return Stream.concat(own, inner);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Times of day

  @Test
  void noEventHasATimeOfDayTheSourcesDoNotGive() {
    Map<String, Row> rows = FactBase.rowsById();
    List<String> invented = new ArrayList<>();
    for (Event e : DATA.events()) {
      List<LocalDateTime> times = times(e.timing());
      if (times.isEmpty()) {
        continue;
      }
      Row row = rows.get(TIMES_FROM_ROW.getOrDefault(e.id(), e.id()));
      if (row == null) {
        invented.add(e.id() + " has times but no row of the fact base gives them");
        continue;
      }
      String text = row.start() + " " + row.end() + " " + row.details();
      for (LocalDateTime t : times) {
        if (!text.contains(t.format(DateTimeFormatter.ofPattern("HH:mm")))) {
          invented.add(e.id() + " at " + t + " is not in row " + row.id());
        }
      }
    }

    assertThat(invented).isEmpty();
  }

  @Test
  void everyTimedRowOfTheFactBaseIsTimedInTheDataSet() {
    List<String> untimed = FactBase.rows().stream()
        .filter(r -> r.start().contains("T"))
        .filter(r -> DATA.event(r.id()).map(e -> times(e.timing()).isEmpty()).orElse(false))
        .map(Row::id)
        .collect(Collectors.toList());

    assertThat(untimed).isEmpty();
  }

  @Test
  void noRevisionOrDocumentHasATimeOfDayTheSourcesDoNotGive() {
    List<String> timed = new ArrayList<>();
    for (Event e : DATA.events()) {
      for (Revision r : e.revisions()) {
        if (!times(r.timing()).isEmpty()) {
          timed.add("revision of " + e.id());
        }
      }
    }
    DATA.documents().forEach(d -> Stream.of(d.issued(), d.due()).flatMap(Optional::stream)
        .filter(f -> f.precision() == DatePrecision.TIME).forEach(f -> timed.add(d.id())));

    assertThat(timed).containsExactly("zero-draft");
    assertThat(FactBase.rowsById().get("zero-draft").start()).isEqualTo("2018-02-05T15:00");
  }

  private static List<LocalDateTime> times(Optional<Timing> timing) {
    List<LocalDateTime> list = new ArrayList<>();
    timing.ifPresent(t -> {
      t.start().dateTime().ifPresent(list::add);
      t.end().flatMap(FuzzyDate::dateTime).ifPresent(list::add);
    });
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------

  @Test
  void participantsAreNamedBySourcesNotInvented() {
    Set<String> people = new HashSet<>();
    DATA.people().forEach(p -> people.add(p.id()));
    List<String> placeholders = DATA.events().stream().flatMap(e -> e.participants().stream())
        .map(Participation::personId).flatMap(Optional::stream)
        .filter(id -> !people.contains(id) || id.matches(".*(co-lead|rapporteur|facilitator|participant).*"))
        .collect(Collectors.toList());

    assertThat(placeholders).isEmpty();
  }
}

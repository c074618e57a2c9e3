package org.gcmkit.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.Event;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;
import org.jspecify.annotations.Nullable;

/** Concept notes four weeks ahead (R30) and vote counts (R42). */
final class DocumentRules {

  /** R30: "out four weeks before, at minimum". */
  static final int LEAD_DAYS = 28;

  private DocumentRules() {}

  /**
   * Checks a document; the lead time needs its event, so only with a data set.
   *
   * @param sink the sink
   * @param d the document
   * @param path its data path
   * @param data the data set, or null
   */
  static void check(Sink sink, Document d, String path, @Nullable DataSet data) {
    d.vote().ifPresent(v -> vote(sink, v, Paths.join(path, "vote")));
    if (data != null && d.kind() == DocumentKind.CONCEPT_NOTE && d.eventId().isPresent()) {
      Optional<Event> event = data.event(d.eventId().get());
      if (event.isPresent() && event.get().timing().isPresent()) {
        leadTime(sink, d, path, event.get());
      }
    }
  }

  /**
   * R30: the concept note is out (issued, else due) at least 28 days before the first day of its session. Late for
   * certain is an error; late only for some of the days the dates allow is a warning. A waiver on the document or
   * its event suspends both.
   */
  private static void leadTime(Sink sink, Document d, String path, Event event) {
    Optional<FuzzyDate> out = d.issued().isPresent() ? d.issued() : d.due();
    if (out.isEmpty()) {
      return;
    }
    String property = d.issued().isPresent() ? "issued" : "due";
    LocalDate sessionFirst = event.timing().get().firstDay();
    LocalDate sessionLast = event.timing().get().start().latest();
    if (!finite(sessionFirst) || !finite(sessionLast) || !finite(out.get().earliest())) {
      return;
    }
    LocalDate latestAllowedCertain = sessionFirst.minusDays(LEAD_DAYS);
    LocalDate latestAllowedAtBest = sessionLast.minusDays(LEAD_DAYS);
    List<Waiver> waivers = new ArrayList<>(d.waivers());
    waivers.addAll(event.waivers());
    String p = Paths.join(path, property);
    if (out.get().earliest().isAfter(latestAllowedAtBest)) {
      sink.add(Rule.CONCEPT_NOTE_LEAD_TIME, waivers, p, d.id(), out.get().toEdtf(), event.id(), latestAllowedAtBest);
    } else if (out.get().latest().isAfter(latestAllowedCertain)) {
      sink.add(Rule.CONCEPT_NOTE_LEAD_TIME_UNCERTAIN, waivers, p, d.id(), out.get().toEdtf(), event.id(),
          latestAllowedCertain);
    }
  }

  private static boolean finite(LocalDate date) {
    return date.getYear() > -9999 && date.getYear() < 9999;
  }

  /**
   * R42: "GA vote counts must sum to membership (152+5+12+24=193)", and the States named as voting against are as
   * many as the votes against.
   *
   * @param sink the sink
   * @param v the result
   * @param path its data path
   */
  static void vote(Sink sink, VoteResult v, String path) {
    OptionalInt[] counts = {v.inFavour(), v.against(), v.abstentions(), v.notVoting()};
    if (v.membership().isPresent()) {
      long sum = 0;
      boolean all = true;
      StringBuilder text = new StringBuilder();
      for (OptionalInt c : counts) {
        if (c.isPresent()) {
          sum += c.getAsInt();
          text.append(text.length() == 0 ? "" : " + ").append(c.getAsInt());
        } else {
          all = false;
        }
      }
      int membership = v.membership().getAsInt();
      if (text.length() > 0 && ((all && sum != membership) || sum > membership)) {
        sink.add(Rule.VOTE_SUM, path, text + " = " + sum, membership);
      }
    }
    if (!v.againstIds().isEmpty() && v.against().isPresent() && v.againstIds().size() != v.against().getAsInt()) {
      sink.add(Rule.VOTE_AGAINST_IDS, Paths.join(path, "againstIds"), v.against().getAsInt(), v.againstIds().size());
    }
  }
}

package org.gcmkit.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Document;
import org.gcmkit.model.Event;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Objective;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Participation;
import org.gcmkit.model.ReportEntry;
import org.gcmkit.model.Representative;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;

/** Ids unique per kind of record, references that resolve, no cycles, and waivers that name a waivable rule. */
final class IntegrityRules {

  private IntegrityRules() {}

  /**
   * Runs the integrity rules over a data set.
   *
   * @param ctx the context
   */
  static void check(Context ctx) {
    DataSet d = ctx.data;
    Sink sink = ctx.sink;
    unique(sink, "phases", d.phases(), p -> p.id());
    if (ctx.eventIndex.size() != ctx.n) {
      unique(sink, "events", d.events(), Event::id);
    }
    unique(sink, "organisations", d.organisations(), Organisation::id);
    unique(sink, "people", d.people(), p -> p.id());
    unique(sink, "accreditations", d.accreditations(), Accreditation::id);
    unique(sink, "documents", d.documents(), Document::id);
    unique(sink, "goals", d.goals(), Goal::id);
    uniqueNumbers(sink, "acts", d.acts().stream().map(a -> a.number()).collect(java.util.stream.Collectors.toList()));
    uniqueNumbers(sink, "objectives",
        d.objectives().stream().map(Objective::number).collect(java.util.stream.Collectors.toList()));
    Map<String, Integer> targets = new HashMap<>();
    Map<String, Integer> indicators = new HashMap<>();
    for (Goal g : d.goals()) {
      String gp = Paths.at("goals", g.id());
      for (Target t : g.targets()) {
        String tp = Paths.at(Paths.join(gp, "targets"), t.id());
        if (targets.merge(t.id(), 1, Integer::sum) == 2) {
          sink.add(Rule.ID_DUPLICATE, tp, "targets", t.id(), 2);
        }
        for (Indicator ind : t.indicators()) {
          if (indicators.merge(ind.id(), 1, Integer::sum) == 2) {
            sink.add(Rule.ID_DUPLICATE, Paths.at(Paths.join(tp, "indicators"), ind.id()), "indicators", ind.id(), 2);
          }
        }
      }
    }
    references(ctx);
    cycles(ctx);
  }

  private static <T> void unique(Sink sink, String list, List<T> records, Function<T, String> id) {
    Map<String, Integer> count = new HashMap<>(records.size() * 2);
    for (T r : records) {
      count.merge(id.apply(r), 1, Integer::sum);
    }
    if (count.size() == records.size()) {
      return;
    }
    Map<String, Boolean> done = new HashMap<>();
    for (T r : records) {
      String key = id.apply(r);
      int c = count.get(key);
      if (c > 1 && done.putIfAbsent(key, Boolean.TRUE) == null) {
        sink.add(Rule.ID_DUPLICATE, Paths.at(list, key), list, key, c);
      }
    }
  }

  private static void uniqueNumbers(Sink sink, String list, List<Integer> numbers) {
    Map<Integer, Integer> first = new HashMap<>();
    for (int k = 0; k < numbers.size(); k++) {
      Integer before = first.putIfAbsent(numbers.get(k), k);
      if (before != null) {
        sink.add(Rule.ID_DUPLICATE, Paths.at(list, k), list, numbers.get(k), 2);
      }
    }
  }

  private static void references(Context ctx) {
    DataSet d = ctx.data;
    Sink s = ctx.sink;
    for (int i = 0; i < ctx.n; i++) {
      Event e = ctx.events.get(i);
      if (e.parentId().isPresent() && ctx.indexOf(e.parentId().get()) < 0) {
        s.add(Rule.REF_EVENT, Paths.join(ctx.path(i), "parentId"), "parentId", e.parentId().get());
      }
      if (e.phaseId().isPresent() && d.phase(e.phaseId().get()).isEmpty()) {
        s.add(Rule.REF_PHASE, Paths.join(ctx.path(i), "phaseId"), "phaseId", e.phaseId().get());
      }
      List<Participation> ps = e.participants();
      for (int k = 0; k < ps.size(); k++) {
        Participation x = ps.get(k);
        int person = ctx.seatPerson[ctx.seatStart[i] + k];
        if (person >= ctx.knownPeople) {
          s.add(Rule.REF_PERSON, participant(ctx, i, k, "personId"), "personId", ctx.personId[person]);
        }
        Optional<String> org = x.organisationId();
        if (org.isPresent() && !ctx.hasOrganisation(org.get())) {
          s.add(Rule.REF_ORGANISATION, participant(ctx, i, k, "organisationId"), "organisationId", org.get());
        }
        Optional<String> behalf = x.onBehalfOf();
        if (behalf.isPresent() && !ctx.hasOrganisation(behalf.get())) {
          s.add(Rule.REF_ORGANISATION, participant(ctx, i, k, "onBehalfOf"), "onBehalfOf", behalf.get());
        }
      }
      if (e.timing().isPresent()) {
        anchor(ctx, e.timing().get(), i, -1);
      }
      List<Revision> rs = e.revisions();
      for (int k = 0; k < rs.size(); k++) {
        if (rs.get(k).timing().isPresent()) {
          anchor(ctx, rs.get(k).timing().get(), i, k);
        }
      }
      List<ReportEntry> report = e.report();
      for (int k = 0; k < report.size(); k++) {
        Optional<String> rapporteur = report.get(k).rapporteurId();
        if (rapporteur.isPresent() && !ctx.hasPerson(rapporteur.get())) {
          s.add(Rule.REF_PERSON, Paths.join(Paths.at(Paths.join(ctx.path(i), "report"), k), "rapporteurId"),
              "rapporteurId", rapporteur.get());
        }
      }
    }
    for (Organisation o : d.organisations()) {
      String op = Paths.at("organisations", o.id());
      organisation(ctx, o.parentId(), op, "parentId");
      for (int k = 0; k < o.memberIds().size(); k++) {
        String id = o.memberIds().get(k);
        if (d.organisation(id).isEmpty()) {
          s.add(Rule.REF_ORGANISATION, Paths.at(Paths.join(op, "memberIds"), k), "memberIds", id);
        }
      }
    }
    List<Membership> ms = d.memberships();
    for (int k = 0; k < ms.size(); k++) {
      Membership m = ms.get(k);
      String mp = Paths.at("memberships", k);
      person(ctx, Optional.of(m.personId()), mp, "personId");
      organisation(ctx, m.organisationId(), mp, "organisationId");
      organisation(ctx, m.onBehalfOf(), mp, "onBehalfOf");
    }
    for (Accreditation a : d.accreditations()) {
      String ap = Paths.at("accreditations", a.id());
      organisation(ctx, Optional.of(a.organisationId()), ap, "organisationId");
      event(ctx, a.eventId(), ap, "eventId");
      List<Representative> reps = a.representatives();
      for (int k = 0; k < reps.size(); k++) {
        Representative r = reps.get(k);
        String rp = Paths.at(Paths.join(ap, "representatives"), k);
        person(ctx, Optional.of(r.personId()), rp, "personId");
        person(ctx, r.authorisedBy(), rp, "authorisedBy");
      }
    }
    List<Objective> objectives = d.objectives();
    for (int k = 0; k < objectives.size(); k++) {
      Optional<String> doc = objectives.get(k).addedIn();
      if (doc.isPresent() && d.document(doc.get()).isEmpty()) {
        s.add(Rule.REF_DOCUMENT, Paths.join(Paths.at("objectives", k), "addedIn"), "addedIn", doc.get());
      }
    }
    for (Document doc : d.documents()) {
      String dp = Paths.at("documents", doc.id());
      event(ctx, doc.eventId(), dp, "eventId");
      if (doc.previousVersionId().isPresent() && d.document(doc.previousVersionId().get()).isEmpty()) {
        s.add(Rule.REF_DOCUMENT, Paths.join(dp, "previousVersionId"), "previousVersionId",
            doc.previousVersionId().get());
      }
      for (int k = 0; k < doc.authorIds().size(); k++) {
        String id = doc.authorIds().get(k);
        if (d.organisation(id).isEmpty() && d.person(id).isEmpty()) {
          s.add(Rule.REF_AUTHOR, Paths.at(Paths.join(dp, "authorIds"), k), "authorIds", id);
        }
      }
      if (doc.vote().isPresent()) {
        List<String> against = doc.vote().get().againstIds();
        for (int k = 0; k < against.size(); k++) {
          if (d.organisation(against.get(k)).isEmpty()) {
            s.add(Rule.REF_ORGANISATION, Paths.at(Paths.join(Paths.join(dp, "vote"), "againstIds"), k),
                "againstIds", against.get(k));
          }
        }
      }
    }
  }

  /** The anchor of the timing of event {@code i}, or of its revision {@code revision} when that is not -1. */
  private static void anchor(Context ctx, Timing t, int i, int revision) {
    if (t.relativeTo().isPresent() && ctx.indexOf(t.relativeTo().get().anchorId()) < 0) {
      String path = revision < 0 ? Paths.join(ctx.path(i), "timing")
          : Paths.join(Paths.at(Paths.join(ctx.path(i), "revisions"), revision), "timing");
      ctx.sink.add(Rule.REF_EVENT, Paths.join(Paths.join(path, "relativeTo"), "anchorId"), "anchorId",
          t.relativeTo().get().anchorId());
    }
  }

  private static String participant(Context ctx, int i, int k, String property) {
    return Paths.join(Paths.at(Paths.join(ctx.path(i), "participants"), k), property);
  }

  private static void person(Context ctx, Optional<String> id, String record, String property) {
    if (id.isPresent() && !ctx.hasPerson(id.get())) {
      ctx.sink.add(Rule.REF_PERSON, Paths.join(record, property), property, id.get());
    }
  }

  private static void organisation(Context ctx, Optional<String> id, String record, String property) {
    if (id.isPresent() && !ctx.hasOrganisation(id.get())) {
      ctx.sink.add(Rule.REF_ORGANISATION, Paths.join(record, property), property, id.get());
    }
  }

  private static void event(Context ctx, Optional<String> id, String record, String property) {
    if (id.isPresent() && ctx.indexOf(id.get()) < 0) {
      ctx.sink.add(Rule.REF_EVENT, Paths.join(record, property), property, id.get());
    }
  }

  /** Parents of events and organisations, and versions of documents, never loop. */
  private static void cycles(Context ctx) {
    for (int[] cycle : ctx.cycles) {
      ctx.sink.add(Rule.REF_CYCLE, Paths.join(ctx.path(cycle[0]), "parentId"), ctx.events.get(cycle[0]).id(),
          chain(cycle, k -> ctx.events.get(k).id()));
    }
    List<Organisation> orgs = ctx.data.organisations();
    cyclesOf(ctx, "organisations", orgs, Organisation::id, Organisation::parentId, "parentId");
    cyclesOf(ctx, "documents", ctx.data.documents(), Document::id, Document::previousVersionId, "previousVersionId");
  }

  private static <T> void cyclesOf(Context ctx, String list, List<T> records, Function<T, String> id,
      Function<T, Optional<String>> parentOf, String property) {
    Map<String, Integer> index = new HashMap<>(records.size() * 2);
    for (int k = 0; k < records.size(); k++) {
      index.putIfAbsent(id.apply(records.get(k)), k);
    }
    int[] parent = new int[records.size()];
    for (int k = 0; k < records.size(); k++) {
      Optional<String> p = parentOf.apply(records.get(k));
      Integer pi = p.isPresent() ? index.get(p.get()) : null;
      parent[k] = pi == null ? -1 : pi;
    }
    for (int[] cycle : Graph.cycles(parent, new boolean[records.size()])) {
      String first = id.apply(records.get(cycle[0]));
      ctx.sink.add(Rule.REF_CYCLE, Paths.join(Paths.at(list, first), property), first,
          chain(cycle, k -> id.apply(records.get(k))));
    }
  }

  private static String chain(int[] cycle, java.util.function.IntFunction<String> name) {
    StringBuilder sb = new StringBuilder();
    for (int k : cycle) {
      sb.append(name.apply(k)).append(" → ");
    }
    return sb.append(name.apply(cycle[0])).toString();
  }

  /**
   * Waivers name a rule that exists and may be waived.
   *
   * @param sink the sink
   * @param waivers the waivers of a record
   * @param path the record's path
   */
  static void waivers(Sink sink, List<Waiver> waivers, String path) {
    for (int k = 0; k < waivers.size(); k++) {
      String code = waivers.get(k).code();
      String wp = Paths.join(Paths.at(Paths.join(path, "waivers"), k), "code");
      Optional<Rule> rule = Rule.byCode(code);
      if (rule.isEmpty()) {
        if (!code.isBlank()) {
          sink.add(Rule.WAIVER_UNKNOWN_CODE, wp, code);
        }
      } else if (!rule.get().waivable()) {
        sink.add(Rule.WAIVER_NOT_ALLOWED, wp, code);
      }
    }
  }
}

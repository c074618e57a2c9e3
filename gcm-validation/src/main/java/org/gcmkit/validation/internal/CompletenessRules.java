package org.gcmkit.validation.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gcmkit.model.Commission;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Region;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Sourced;
import org.gcmkit.model.Target;

/**
 * What a data set that claims to be {@linkplain DataSet#complete() complete} must hold: the counts the seeds fix
 * (R15, R16) and a source and a confidence on every record.
 */
final class CompletenessRules {

  /** R15: "6 global Thematic Consultations". */
  static final int THEMATIC_SESSIONS = 6;
  /** R15: "7 regional civil society consultations". */
  static final int RCSCS = 7;
  /** R15: "4 full regional consultations … and an additional meeting by the ECE". */
  static final int REGIONAL_CONSULTATIONS = 5;
  /** Seed 004: "Now and How: TEN ACTS". */
  static final int ACTS = 10;
  /** A/RES/73/195, paragraph 16: 23 objectives. */
  static final int OBJECTIVES = 23;
  /** R16: "400+ participants". */
  static final int RCSC_PARTICIPANTS = 400;

  private CompletenessRules() {}

  /**
   * Runs the rules when the data set claims to be complete.
   *
   * @param ctx the context
   */
  static void check(Context ctx) {
    DataSet d = ctx.data;
    if (!d.complete()) {
      return;
    }
    int thematic = 0;
    int rcsc = 0;
    int recs = 0;
    Set<Region> regions = EnumSet.noneOf(Region.class);
    Set<Commission> commissions = EnumSet.noneOf(Commission.class);
    int withRegion = 0;
    int withCommission = 0;
    long participants = 0;
    int counted = 0;
    for (Event e : d.events()) {
      if (e.status() == EventStatus.CANCELLED) {
        continue;
      }
      if (e.kind() == EventKind.THEMATIC_SESSION) {
        thematic++;
      } else if (e.kind() == EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION) {
        rcsc++;
        if (e.region().isPresent()) {
          regions.add(e.region().get());
          withRegion++;
        }
        for (Headcount h : e.headcounts()) {
          if (h.basis() == CountBasis.ACTUAL && h.category() == CountCategory.PARTICIPANTS) {
            if (h.maximum().isPresent()) {
              participants += h.maximum().getAsInt();
              counted++;
            } else if (h.minimum().isPresent()) {
              participants = Long.MAX_VALUE / 2;
              counted++;
            }
            break;
          }
        }
      } else if (e.kind() == EventKind.REGIONAL_CONSULTATION) {
        recs++;
        if (e.commission().isPresent()) {
          commissions.add(e.commission().get());
          withCommission++;
        }
      }
    }
    if (thematic != THEMATIC_SESSIONS) {
      ctx.sink.add(Rule.COUNT_THEMATIC_SESSIONS, "events", thematic, THEMATIC_SESSIONS);
    }
    Set<Region> missingRegions = EnumSet.allOf(Region.class);
    missingRegions.removeAll(regions);
    if (rcsc != RCSCS || (withRegion == rcsc && !missingRegions.isEmpty())) {
      ctx.sink.add(Rule.COUNT_RCSC, "events", rcsc, RCSCS, names(missingRegions));
    }
    Set<Commission> missing = EnumSet.allOf(Commission.class);
    missing.removeAll(commissions);
    if (recs != REGIONAL_CONSULTATIONS || (withCommission == recs && !missing.isEmpty())) {
      ctx.sink.add(Rule.COUNT_REGIONAL_CONSULTATIONS, "events", recs, REGIONAL_CONSULTATIONS, names(missing));
    }
    if (distinct(d.acts().stream().map(a -> a.number()).collect(java.util.stream.Collectors.toList())) != ACTS) {
      ctx.sink.add(Rule.COUNT_ACTS, "acts", d.acts().size(), ACTS);
    }
    if (distinct(d.objectives().stream().map(o -> o.number()).collect(java.util.stream.Collectors.toList()))
        != OBJECTIVES) {
      ctx.sink.add(Rule.COUNT_OBJECTIVES, "objectives", d.objectives().size(), OBJECTIVES);
    }
    if (rcsc == RCSCS && counted == RCSCS && participants < RCSC_PARTICIPANTS) {
      ctx.sink.add(Rule.RCSC_TOTAL, "events", participants);
    }
    sources(ctx);
  }

  private static String names(Set<? extends Enum<?>> values) {
    Set<String> out = new TreeSet<>();
    values.forEach(v -> out.add(v.name()));
    return out.isEmpty() ? "—" : String.join(", ", out);
  }

  private static int distinct(List<Integer> numbers) {
    return new java.util.HashSet<>(numbers).size();
  }

  private static void sources(Context ctx) {
    DataSet d = ctx.data;
    d.phases().forEach(p -> sourced(ctx, p, Paths.at("phases", p.id())));
    for (Event e : d.events()) {
      String ep = Paths.event(e.id());
      sourced(ctx, e, ep);
      List<Revision> rs = e.revisions();
      for (int k = 0; k < rs.size(); k++) {
        sourced(ctx, rs.get(k), Paths.at(Paths.join(ep, "revisions"), k));
      }
    }
    d.organisations().forEach(o -> sourced(ctx, o, Paths.at("organisations", o.id())));
    d.people().forEach(p -> sourced(ctx, p, Paths.at("people", p.id())));
    for (int k = 0; k < d.memberships().size(); k++) {
      sourced(ctx, d.memberships().get(k), Paths.at("memberships", k));
    }
    d.accreditations().forEach(a -> sourced(ctx, a, Paths.at("accreditations", a.id())));
    for (int k = 0; k < d.acts().size(); k++) {
      sourced(ctx, d.acts().get(k), Paths.at("acts", k));
    }
    for (int k = 0; k < d.objectives().size(); k++) {
      sourced(ctx, d.objectives().get(k), Paths.at("objectives", k));
    }
    for (Goal g : d.goals()) {
      String gp = Paths.at("goals", g.id());
      sourced(ctx, g, gp);
      for (Target t : g.targets()) {
        String tp = Paths.at(Paths.join(gp, "targets"), t.id());
        sourced(ctx, t, tp);
        for (Indicator i : t.indicators()) {
          sourced(ctx, i, Paths.at(Paths.join(tp, "indicators"), i.id()));
        }
      }
    }
    d.documents().forEach(doc -> sourced(ctx, doc, Paths.at("documents", doc.id())));
  }

  private static void sourced(Context ctx, Sourced r, String path) {
    if (r.sources().isEmpty()) {
      ctx.sink.add(Rule.SOURCE_MISSING, Paths.join(path, "sources"), path);
    }
    if (r.confidence().isEmpty()) {
      ctx.sink.add(Rule.CONFIDENCE_MISSING, Paths.join(path, "confidence"), path);
    }
  }
}

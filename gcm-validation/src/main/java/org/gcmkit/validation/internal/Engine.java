package org.gcmkit.validation.internal;

import java.util.List;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Document;
import org.gcmkit.model.Event;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;

/** Runs the domain rules over a data set, or over one value on its own. */
public final class Engine {

  private Engine() {}

  /**
   * Runs every domain rule over a data set, in one pass over each kind of record plus the sorts of the overlap
   * sweep.
   *
   * @param data the data set
   * @param sink the sink
   */
  public static void rules(DataSet data, Sink sink) {
    Context ctx = Context.of(data, sink);
    sink.eventIndex(ctx.eventIndex);
    IntegrityRules.check(ctx);
    for (int i = 0; i < ctx.n; i++) {
      EventRules.check(ctx, i);
      ScheduleRules.check(ctx, i);
      List<Waiver> waivers = ctx.events.get(i).waivers();
      if (!waivers.isEmpty()) {
        IntegrityRules.waivers(sink, waivers, ctx.path(i));
      }
    }
    ProgrammeRules.check(ctx);
    OverlapRule.check(ctx);
    StakeholderRules.check(ctx);
    List<Document> documents = data.documents();
    for (Document d : documents) {
      String path = Paths.at("documents", d.id());
      DocumentRules.check(sink, d, path, data);
      IntegrityRules.waivers(sink, d.waivers(), path);
    }
    for (Goal g : data.goals()) {
      GoalRules.goal(sink, g, Paths.at("goals", g.id()));
    }
    CompletenessRules.check(ctx);
  }

  /**
   * Runs the rules that need only the value itself: for an event its timings, participants and headcounts; for a
   * document its vote; for an accreditation its deadline, quota and representatives; for goals, targets and
   * indicators their benchmarks. Rules that need other records do not run.
   *
   * @param value a model value
   * @param sink the sink
   */
  public static void rulesOfValue(Object value, Sink sink) {
    if (value instanceof Event) {
      Event e = (Event) value;
      Context ctx = Context.ofEvent(e, sink);
      EventRules.check(ctx, 0);
      IntegrityRules.waivers(sink, e.waivers(), "");
    } else if (value instanceof Timing) {
      Timing t = (Timing) value;
      TimingRules.check(Context.standalone(sink), t, () -> "", t.zone().orElse(null), -1, List.of());
    } else if (value instanceof Document) {
      Document d = (Document) value;
      DocumentRules.check(sink, d, "", null);
      IntegrityRules.waivers(sink, d.waivers(), "");
    } else if (value instanceof VoteResult) {
      DocumentRules.vote(sink, (VoteResult) value, "");
    } else if (value instanceof Accreditation) {
      StakeholderRules.accreditation(sink, (Accreditation) value, "", null);
    } else if (value instanceof Goal) {
      GoalRules.goal(sink, (Goal) value, "");
    } else if (value instanceof Target) {
      GoalRules.target(sink, (Target) value, "");
    } else if (value instanceof Indicator) {
      GoalRules.indicator(sink, (Indicator) value, "", java.util.Optional.empty());
    }
  }
}

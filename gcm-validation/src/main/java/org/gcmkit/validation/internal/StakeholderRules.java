package org.gcmkit.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.AccreditationKind;
import org.gcmkit.model.AccreditationStatus;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Representative;
import org.gcmkit.model.Role;
import org.jspecify.annotations.Nullable;

/** Accreditation and registration (seed 000: R18, R19, R21–R25, R36), migrants' affiliation (R29), negotiations (R34). */
final class StakeholderRules {

  private StakeholderRules() {}

  /**
   * Checks one accreditation; the rules that need other records run only with a data set.
   *
   * @param sink the sink
   * @param a the accreditation
   * @param path its data path
   * @param data the data set, or null when the accreditation is validated on its own
   */
  static void accreditation(Sink sink, Accreditation a, String path, @Nullable DataSet data) {
    List<Representative> reps = a.representatives();
    if (a.status() == AccreditationStatus.OBJECTED && a.objectionReason().map(String::isBlank).orElse(true)) {
      sink.add(Rule.OBJECTION_REASON, Paths.join(path, "objectionReason"), a.id());
    }
    Optional<FuzzyDate> deadline = a.deadline();
    if (deadline.isPresent() && a.appliedOn().isPresent() && a.status() != AccreditationStatus.REJECTED
        && a.status() != AccreditationStatus.WITHDRAWN) {
      FuzzyDate applied = a.appliedOn().get();
      if (applied.isAfter(deadline.get())) {
        sink.add(Rule.ACCREDITATION_DEADLINE, Paths.join(path, "appliedOn"), a.id(), applied.toEdtf(),
            deadline.get().toEdtf());
      } else if (possiblyAfter(applied, deadline.get())) {
        sink.add(Rule.ACCREDITATION_DEADLINE_UNCERTAIN, Paths.join(path, "appliedOn"), a.id(), applied.toEdtf(),
            deadline.get().toEdtf());
      }
    }
    if (!reps.isEmpty() && (a.status() == AccreditationStatus.OBJECTED || a.status() == AccreditationStatus.REJECTED
        || a.status() == AccreditationStatus.WITHDRAWN)) {
      sink.add(Rule.REGISTRATION_NOT_ACCREDITED, Paths.join(path, "representatives"), a.id(), a.status());
    }
    Set<String> registered = new HashSet<>();
    int places = 0;
    for (Representative r : reps) {
      registered.add(r.personId());
      if (r.substituteFor().isEmpty()) {
        places++;
      }
    }
    if (a.quota().isPresent() && places > a.quota().getAsInt()) {
      sink.add(Rule.ACCREDITATION_QUOTA, Paths.join(path, "representatives"), a.organisationId(), places,
          a.quota().getAsInt());
    }
    Map<Integer, String> priorities = new HashMap<>();
    for (int k = 0; k < reps.size(); k++) {
      Representative r = reps.get(k);
      String rp = Paths.at(Paths.join(path, "representatives"), k);
      if (r.priority().isPresent()) {
        String before = priorities.putIfAbsent(r.priority().getAsInt(), r.personId());
        if (before != null) {
          sink.add(Rule.REPRESENTATIVE_PRIORITY, Paths.join(rp, "priority"), a.id(), r.priority().getAsInt(),
              r.personId());
        }
      }
      if (deadline.isPresent() && r.registeredOn().isPresent()) {
        FuzzyDate on = r.registeredOn().get();
        if (on.isAfter(deadline.get())) {
          sink.add(Rule.REGISTRATION_DEADLINE, Paths.join(rp, "registeredOn"), r.personId(), on.toEdtf(),
              deadline.get().toEdtf());
        } else if (possiblyAfter(on, deadline.get())) {
          sink.add(Rule.REGISTRATION_DEADLINE_UNCERTAIN, Paths.join(rp, "registeredOn"), r.personId(), on.toEdtf(),
              deadline.get().toEdtf());
        }
      }
      if (r.substituteFor().isPresent() && !registered.contains(r.substituteFor().get())) {
        sink.add(Rule.SUBSTITUTE, Paths.join(rp, "substituteFor"), r.personId(), r.substituteFor().get());
      }
      if (data != null) {
        authorisation(sink, a, r, rp, data);
      }
    }
    if (data != null && a.kind() == AccreditationKind.SPECIAL_ACCREDITATION && a.eventId().isPresent()) {
      Optional<Event> event = data.event(a.eventId().get());
      if (event.isPresent() && event.get().kind() == EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION) {
        sink.add(Rule.RCSC_ACCREDITATION, Paths.join(path, "kind"), a.id(), event.get().id());
      }
    }
  }

  /** Whether some day the first date allows is after some day the deadline allows. */
  private static boolean possiblyAfter(FuzzyDate date, FuzzyDate deadline) {
    return date.latest().isAfter(deadline.earliest());
  }

  /**
   * R24: "Orgs will need to authorize someone to participate on behalf of org … Will need to come from senior person
   * in org (ED, etc.)": the authoriser holds a senior role in the organisation, not certainly ended before (or begun
   * after) the registration.
   */
  private static void authorisation(Sink sink, Accreditation a, Representative r, String rp, DataSet data) {
    if (r.authorisedBy().isEmpty()) {
      sink.add(Rule.REPRESENTATIVE_AUTHORISATION, Paths.join(rp, "authorisedBy"), r.personId(), "—",
          a.organisationId());
      return;
    }
    String by = r.authorisedBy().get();
    for (Membership m : data.membershipsOf(by)) {
      if (!m.isSenior() || !m.organisationId().map(a.organisationId()::equals).orElse(false)) {
        continue;
      }
      if (r.registeredOn().isPresent()) {
        FuzzyDate on = r.registeredOn().get();
        if (m.end().map(end -> end.isBefore(on)).orElse(false)
            || m.start().map(start -> start.isAfter(on)).orElse(false)) {
          continue;
        }
      }
      return;
    }
    sink.add(Rule.REPRESENTATIVE_AUTHORISATION, Paths.join(rp, "authorisedBy"), r.personId(), by, a.organisationId());
  }

  /**
   * Rules across the accreditations, people and negotiations of a data set.
   *
   * @param ctx the context
   */
  static void check(Context ctx) {
    DataSet data = ctx.data;
    Map<String, String> once = new HashMap<>();
    for (Accreditation a : data.accreditations()) {
      String path = Paths.at("accreditations", a.id());
      accreditation(ctx.sink, a, path, data);
      String key = a.organisationId() + '\u0000' + a.kind() + '\u0000' + a.eventId().orElse("");
      String before = once.putIfAbsent(key, a.id());
      if (before != null && !before.equals(a.id())) {
        ctx.sink.add(Rule.ACCREDITATION_ONCE, path, a.organisationId(), before);
      }
    }
    migrants(ctx);
    negotiations(ctx);
  }

  /** R29: "Each migrant will need to be affiliated with an organization". */
  private static void migrants(Context ctx) {
    DataSet data = ctx.data;
    boolean[] affiliated = null;
    for (Person p : data.people()) {
      if (!p.migrant()) {
        continue;
      }
      if (data.membershipsOf(p.id()).stream().anyMatch(m -> m.organisationId().isPresent())) {
        continue;
      }
      if (affiliated == null) {
        affiliated = affiliated(ctx);
      }
      if (!affiliated[ctx.personNumber(p.id())]) {
        ctx.sink.add(Rule.MIGRANT_AFFILIATION, Paths.join(Paths.at("people", p.id()), "migrant"), p.id());
      }
    }
  }

  /** By person number, whether the person takes part in an event for an organisation. */
  private static boolean[] affiliated(Context ctx) {
    boolean[] affiliated = new boolean[ctx.personCount];
    for (int i = 0; i < ctx.n; i++) {
      List<Participation> ps = ctx.events.get(i).participants();
      for (int k = 0; k < ps.size(); k++) {
        int person = ctx.seatPerson[ctx.seatStart[i] + k];
        if (person >= 0 && !affiliated[person]) {
          Participation x = ps.get(k);
          affiliated[person] = x.organisationId().isPresent() || x.onBehalfOf().isPresent();
        }
      }
    }
    return affiliated;
  }

  /** R34: "Formal negotiations – states only". */
  private static void negotiations(Context ctx) {
    for (int i = 0; i < ctx.n; i++) {
      Event e = ctx.events.get(i);
      if (e.kind() != EventKind.NEGOTIATION_ROUND) {
        continue;
      }
      List<Participation> ps = e.participants();
      for (int k = 0; k < ps.size(); k++) {
        Participation x = ps.get(k);
        if (x.role() == Role.OBSERVER) {
          continue;
        }
        Optional<String> orgId = x.onBehalfOf().or(x::organisationId);
        Optional<Organisation> org = orgId.flatMap(ctx.data::organisation);
        if (org.isPresent() && !stateSide(org.get(), ctx)) {
          ctx.sink.add(Rule.NEGOTIATION_STATES_ONLY, e.waivers(), Paths.at(Paths.join(ctx.path(i), "participants"), k),
              e.id(), x.personId().orElse(org.get().id()), org.get().id());
        }
      }
    }
  }

  /**
   * Whether an organisation is on the States' side of a negotiation: a State, a UN entity, a regional body, or a
   * group whose members all are (the co-facilitators are Mexico and Switzerland).
   */
  private static boolean stateSide(Organisation org, Context ctx) {
    if (stateSide(org.type())) {
      return true;
    }
    if (org.memberIds().isEmpty()) {
      return false;
    }
    for (String member : org.memberIds()) {
      Optional<Organisation> m = ctx.data.organisation(member);
      if (m.isEmpty() || !stateSide(m.get().type())) {
        return false;
      }
    }
    return true;
  }

  private static boolean stateSide(OrganisationType type) {
    return type == OrganisationType.MEMBER_STATE || type == OrganisationType.UN_ENTITY
        || type == OrganisationType.REGIONAL_BODY;
  }
}

package org.gcmkit.validation.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Role;
import org.gcmkit.model.SessionFormat;
import org.gcmkit.model.Timing;

/**
 * Rules about a meeting's programme as a whole: the declared format of its rounds (R3), one group session per
 * participant and round (R4), the tables with governments that follow the group sessions (R5, R7, R8, R10), and
 * lunch tables without an agenda (R9). Each runs over indexes of the data set in linear time.
 */
final class ProgrammeRules {

  private ProgrammeRules() {}

  /**
   * Runs the programme rules over a data set.
   *
   * @param ctx the context
   */
  static void check(Context ctx) {
    rounds(ctx);
    meetings(ctx);
    lunchTables(ctx);
  }

  private static boolean active(Event e) {
    return e.status() != EventStatus.CANCELLED && e.status() != EventStatus.POSTPONED;
  }

  /** R3 and R4: the rounds under each event with a session format, and the people in each round. */
  private static void rounds(Context ctx) {
    Map<Integer, List<Integer>> roundsByOwner = new LinkedHashMap<>();
    for (int i = 0; i < ctx.n; i++) {
      Event e = ctx.events.get(i);
      if (e.kind() != EventKind.SESSION_ROUND || !active(e)) {
        continue;
      }
      participantsOnce(ctx, i);
      int owner = ctx.parent[i];
      while (owner >= 0 && ctx.events.get(owner).sessionFormat().isEmpty()) {
        owner = ctx.parent[owner];
      }
      if (owner >= 0) {
        roundsByOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<Integer, List<Integer>> entry : roundsByOwner.entrySet()) {
      int owner = entry.getKey();
      Event meeting = ctx.events.get(owner);
      SessionFormat format = meeting.sessionFormat().get();
      List<Integer> rounds = entry.getValue();
      if (rounds.size() != format.rounds()) {
        ctx.sink.add(Rule.ROUND_COUNT, meeting.waivers(), Paths.join(ctx.path(owner), "sessionFormat"), meeting.id(),
            format.rounds(), rounds.size());
      }
      for (int round : rounds) {
        Event r = ctx.events.get(round);
        List<Integer> sessions = new ArrayList<>();
        for (int k = 0; k < ctx.childCount(round); k++) {
          int c = ctx.child(round, k);
          if (ctx.events.get(c).kind() == EventKind.GROUP_SESSION && active(ctx.events.get(c))) {
            sessions.add(c);
          }
        }
        if (sessions.size() != format.sessionsPerRound()) {
          ctx.sink.add(Rule.ROUND_SESSIONS, r.waivers(), ctx.path(round), r.id(), format.sessionsPerRound(),
              sessions.size());
        }
        boolean roundChecked = false;
        for (int s : sessions) {
          Event gs = ctx.events.get(s);
          if (gs.timing().isPresent()) {
            length(ctx, s, gs.timing().get(), format.sessionLength());
          } else if (!roundChecked && r.timing().isPresent()) {
            length(ctx, round, r.timing().get(), format.sessionLength());
            roundChecked = true;
          }
        }
      }
    }
  }

  private static void length(Context ctx, int i, Timing t, Duration expected) {
    Optional<LocalDateTime> start = t.start().dateTime();
    Optional<LocalDateTime> end = t.end().flatMap(f -> f.dateTime());
    if (start.isEmpty() || end.isEmpty()) {
      return;
    }
    Duration actual = Duration.between(start.get(), end.get());
    if (!actual.equals(expected)) {
      Event e = ctx.events.get(i);
      ctx.sink.add(Rule.SESSION_LENGTH, e.waivers(), Paths.join(ctx.path(i), "timing"), e.id(),
          expected.toMinutes(), actual.toMinutes());
    }
  }

  /** R4: "Each participant is encouraged to participate in two group sessions – one in each round." */
  private static void participantsOnce(Context ctx, int round) {
    Map<String, Integer> seen = new HashMap<>();
    for (int k = 0; k < ctx.childCount(round); k++) {
      int s = ctx.child(round, k);
      Event gs = ctx.events.get(s);
      if (gs.kind() != EventKind.GROUP_SESSION || !active(gs)) {
        continue;
      }
      Set<String> here = new HashSet<>();
      List<Participation> ps = gs.participants();
      for (int j = 0; j < ps.size(); j++) {
        Optional<String> person = ps.get(j).personId();
        if (person.isEmpty() || !here.add(person.get())) {
          continue;
        }
        Integer other = seen.putIfAbsent(person.get(), s);
        if (other != null) {
          ctx.sink.add(Rule.ROUND_PARTICIPANT, gs.waivers(),
              Paths.join(Paths.at(Paths.join(ctx.path(s), "participants"), j), "personId"), person.get(), gs.id(),
              ctx.events.get(other).id(), ctx.events.get(round).id());
        }
      }
    }
  }

  /** The group sessions and tables with governments of one meeting, by Act. */
  private static final class Meeting {
    final Map<Integer, List<Integer>> sessions = new TreeMap<>();
    final Map<Integer, List<Integer>> tables = new TreeMap<>();
    final List<Integer> allTables = new ArrayList<>();
    boolean hasSessions;
  }

  /** R5, R7 (provenance), R8 and R10, per top-level meeting. */
  private static void meetings(Context ctx) {
    Map<Integer, Meeting> meetings = new LinkedHashMap<>();
    for (int i = 0; i < ctx.n; i++) {
      Event e = ctx.events.get(i);
      if (!active(e) || (e.kind() != EventKind.GROUP_SESSION && e.kind() != EventKind.GOVERNMENT_TABLE)) {
        continue;
      }
      Meeting m = meetings.computeIfAbsent(ctx.root[i], k -> new Meeting());
      boolean session = e.kind() == EventKind.GROUP_SESSION;
      m.hasSessions |= session;
      if (!session) {
        m.allTables.add(i);
      }
      for (int act : e.acts()) {
        (session ? m.sessions : m.tables).computeIfAbsent(act, k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<Integer, Meeting> entry : meetings.entrySet()) {
      Meeting m = entry.getValue();
      if (!m.hasSessions || m.allTables.isEmpty()) {
        continue;
      }
      String meetingId = ctx.events.get(entry.getKey()).id();
      theme(ctx, m, meetingId);
      for (int table : m.allTables) {
        facilitatorAndProvenance(ctx, m, table);
      }
      followOn(ctx, m);
    }
  }

  /** R10: "One of the small tables with governments tomorrow corresponds directly to the theme of our group session". */
  private static void theme(Context ctx, Meeting m, String meetingId) {
    Set<Integer> acts = new java.util.TreeSet<>(m.sessions.keySet());
    acts.addAll(m.tables.keySet());
    for (int act : acts) {
      List<Integer> sessions = m.sessions.getOrDefault(act, List.of());
      List<Integer> tables = m.tables.getOrDefault(act, List.of());
      if (tables.size() == 1 && !sessions.isEmpty()) {
        continue;
      }
      int at = tables.size() > 1 ? tables.get(1) : tables.isEmpty() ? sessions.get(0) : tables.get(0);
      Event e = ctx.events.get(at);
      ctx.sink.add(Rule.TABLE_THEME, e.waivers(), Paths.join(ctx.path(at), "acts"), meetingId, act, sessions.size(),
          tables.size());
    }
  }

  /** R8: the facilitator co-led the group session on the same Act; R7: the leaders mostly come from it. */
  private static void facilitatorAndProvenance(Context ctx, Meeting m, int table) {
    Event t = ctx.events.get(table);
    Set<String> coLeads = new HashSet<>();
    Set<String> sessionPeople = new HashSet<>();
    boolean sessionsListParticipants = false;
    List<String> sessionIds = new ArrayList<>();
    for (int act : t.acts()) {
      for (int s : m.sessions.getOrDefault(act, List.of())) {
        Event gs = ctx.events.get(s);
        sessionIds.add(gs.id());
        for (Participation x : gs.participants()) {
          if (x.personId().isEmpty()) {
            continue;
          }
          sessionPeople.add(x.personId().get());
          if (x.role() == Role.CO_LEAD) {
            coLeads.add(x.personId().get());
          }
          sessionsListParticipants |= x.role() == Role.PARTICIPANT;
        }
      }
    }
    if (sessionIds.isEmpty()) {
      return;
    }
    String sessions = String.join(", ", sessionIds);
    List<Participation> ps = t.participants();
    int leaders = 0;
    int fromSession = 0;
    for (int k = 0; k < ps.size(); k++) {
      Participation x = ps.get(k);
      if (x.role() == Role.FACILITATOR && x.personId().isPresent() && !coLeads.contains(x.personId().get())) {
        ctx.sink.add(Rule.TABLE_FACILITATOR, t.waivers(),
            Paths.join(Paths.at(Paths.join(ctx.path(table), "participants"), k), "personId"), t.id(),
            x.personId().get(), sessions);
      }
      if (x.role() == Role.PARTICIPANT && x.personId().isPresent()) {
        leaders++;
        if (sessionPeople.contains(x.personId().get())) {
          fromSession++;
        }
      }
    }
    if (sessionsListParticipants && leaders > 0 && 2 * fromSession < leaders) {
      ctx.sink.add(Rule.TABLE_PROVENANCE, t.waivers(), Paths.join(ctx.path(table), "participants"), t.id(),
          fromSession, leaders, sessions);
    }
  }

  /**
   * R5: "It is then recommended that they go to one of the two corresponding small tables with governments the next
   * day": a participant of group sessions who sits at tables should sit at one on an Act of their sessions.
   */
  private static void followOn(Context ctx, Meeting m) {
    Map<String, Set<Integer>> sessionActs = new HashMap<>();
    for (List<Integer> sessions : m.sessions.values()) {
      for (int s : sessions) {
        Event gs = ctx.events.get(s);
        for (Participation x : gs.participants()) {
          x.personId().ifPresent(pid -> sessionActs.computeIfAbsent(pid, k -> new HashSet<>()).addAll(gs.acts()));
        }
      }
    }
    Map<String, int[]> firstSeat = new LinkedHashMap<>();
    Map<String, Boolean> matched = new HashMap<>();
    for (int table : m.allTables) {
      Event t = ctx.events.get(table);
      List<Participation> ps = t.participants();
      for (int k = 0; k < ps.size(); k++) {
        Participation x = ps.get(k);
        if (x.role() != Role.PARTICIPANT || x.personId().isEmpty()) {
          continue;
        }
        String pid = x.personId().get();
        Set<Integer> acts = sessionActs.get(pid);
        if (acts == null) {
          continue;
        }
        firstSeat.putIfAbsent(pid, new int[] {table, k});
        boolean match = false;
        for (int a : t.acts()) {
          match |= acts.contains(a);
        }
        matched.merge(pid, match, Boolean::logicalOr);
      }
    }
    for (Map.Entry<String, int[]> seat : firstSeat.entrySet()) {
      if (matched.get(seat.getKey())) {
        continue;
      }
      int table = seat.getValue()[0];
      Event t = ctx.events.get(table);
      ctx.sink.add(Rule.TABLE_FOLLOW_ON, t.waivers(),
          Paths.join(Paths.at(Paths.join(ctx.path(table), "participants"), seat.getValue()[1]), "personId"),
          seat.getKey(), t.id(), new java.util.TreeSet<>(sessionActs.get(seat.getKey())));
    }
  }

  /** R9: lunch tables have "no formal agenda or record". */
  private static void lunchTables(Context ctx) {
    for (int i = 0; i < ctx.n; i++) {
      Event e = ctx.events.get(i);
      if (e.kind() != EventKind.LUNCH_TABLE) {
        continue;
      }
      for (int k = 0; k < ctx.childCount(i); k++) {
        int c = ctx.child(i, k);
        if (ctx.events.get(c).kind() == EventKind.AGENDA_ITEM) {
          ctx.sink.add(Rule.LUNCH_TABLE_AGENDA, e.waivers(), ctx.path(c), e.id(), ctx.events.get(c).id());
        }
      }
    }
  }
}

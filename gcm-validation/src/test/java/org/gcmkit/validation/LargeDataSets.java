package org.gcmkit.validation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.model.Act;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Role;
import org.gcmkit.model.SessionFormat;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;

/**
 * Generated data sets for scale measurements: copies of the stocktaking's programme (a meeting, two days, two rounds
 * of five group sessions, ten tables with governments, a lunch table: 26 events), each on its own days, staffed from
 * a shared pool of placeholder people who attend many meetings. A generated data set validates clean, so the rules
 * run in full but report nothing.
 */
final class LargeDataSets {

  /** Events per generated meeting. */
  static final int EVENTS_PER_MEETING = 26;
  /** People each meeting needs: 10 sessions × (2 co-leads, a rapporteur, 8 participants), 30 government seats. */
  static final int SEATS_PER_MEETING = 140;

  private static final Source SOURCE = Source.of(Seeds.SEED_004);
  private static final Place PLACE = Seeds.puertoVallarta();

  private LargeDataSets() {}

  /**
   * A data set of about {@code events} events.
   *
   * @param events the number of events wanted; rounded up to whole meetings
   * @return the data set
   */
  static DataSet generate(int events) {
    int meetings = Math.max(1, (events + EVENTS_PER_MEETING - 1) / EVENTS_PER_MEETING);
    int pool = SEATS_PER_MEETING * Math.max(1, Math.min(meetings, 1000));
    String[] ids = new String[pool];
    List<Person> people = new ArrayList<>(pool);
    for (int i = 0; i < pool; i++) {
      ids[i] = "person-" + i;
      people.add(Person.builder().id(ids[i]).name("Placeholder " + i).build());
    }
    List<Event> out = new ArrayList<>(meetings * EVENTS_PER_MEETING);
    LocalDate first = LocalDate.of(1900, 1, 1);
    for (int m = 0; m < meetings; m++) {
      meeting(out, "m" + m, first.plusDays(3L * m), ids, (long) m * SEATS_PER_MEETING % pool);
    }
    List<Act> acts = Seeds.tenActs();
    return DataSet.builder().addAllEvents(out).addAllPeople(people).addAllActs(acts).build();
  }

  private static Event.Builder item(String id, EventKind kind, String parent, Timing timing) {
    Event.Builder b = Event.builder().id(id).kind(kind).title(id).status(EventStatus.HELD).timing(timing)
        .place(PLACE).addSources(SOURCE).confidence(Confidence.MEDIUM);
    if (parent != null) {
      b.parentId(parent);
    }
    return b;
  }

  private static void meeting(List<Event> out, String id, LocalDate day1, String[] people, long offset) {
    LocalDate day2 = day1.plusDays(1);
    int seat = 0;
    out.add(item(id, EventKind.CIVIL_SOCIETY_MEETING, null, Timing.days(day1, day2))
        .sessionFormat(SessionFormat.of(2, 5, Duration.ofMinutes(90))).build());
    out.add(item(id + "-d1", EventKind.MEETING_DAY, id, Timing.on(day1)).build());
    out.add(item(id + "-d2", EventKind.MEETING_DAY, id, Timing.on(day2)).build());
    List<List<Participation>> tables = new ArrayList<>();
    for (int round = 1; round <= 2; round++) {
      LocalDateTime start = day1.atTime(round == 1 ? 14 : 15, round == 1 ? 0 : 30);
      Timing timing = Timing.builder().start(FuzzyDate.of(start)).end(FuzzyDate.of(start.plusMinutes(90))).build();
      String r = id + "-r" + round;
      out.add(item(r, EventKind.SESSION_ROUND, id + "-d1", timing).number(round).build());
      for (int act = round * 5 - 4; act <= round * 5; act++) {
        List<Participation> ps = new ArrayList<>(11);
        List<Participation> table = new ArrayList<>(10);
        String coLead = person(people, offset, seat++);
        ps.add(Participation.of(Role.CO_LEAD, coLead));
        ps.add(Participation.of(Role.CO_LEAD, person(people, offset, seat++)));
        ps.add(Participation.of(Role.RAPPORTEUR, person(people, offset, seat++)));
        table.add(Participation.of(Role.FACILITATOR, coLead));
        for (int k = 0; k < 8; k++) {
          String p = person(people, offset, seat++);
          ps.add(Participation.of(Role.PARTICIPANT, p));
          if (k < 6) {
            table.add(Participation.of(Role.PARTICIPANT, p));
          }
        }
        out.add(item(id + "-gs" + act, EventKind.GROUP_SESSION, r, timing).addActs(act)
            .recordPolicy(RecordPolicy.ON_RECORD).participants(ps).build());
        tables.add(table);
      }
    }
    for (int act = 1; act <= 10; act++) {
      List<Participation> ps = tables.get(act - 1);
      for (int k = 0; k < 3; k++) {
        ps.add(Participation.of(Role.GOVERNMENT_REPRESENTATIVE, person(people, offset, seat++)));
      }
      out.add(item(id + "-t" + act, EventKind.GOVERNMENT_TABLE, id + "-d2", Timing.on(day2)).addActs(act)
          .recordPolicy(RecordPolicy.NO_RECORD).participants(ps).build());
    }
    out.add(item(id + "-lunch", EventKind.LUNCH_TABLE, id + "-d2", Timing.on(day2))
        .recordPolicy(RecordPolicy.CHATHAM_HOUSE).build());
  }

  private static String person(String[] people, long offset, int seat) {
    return people[(int) ((offset + seat) % people.length)];
  }
}

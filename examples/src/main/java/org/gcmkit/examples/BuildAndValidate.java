package org.gcmkit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.calendar.ProgrammeNode;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;

/**
 * Builds the civil society stocktaking of 2-3 December 2017 in Puerto Vallarta with a piece of its programme (the
 * group session on Act 3 and the table with governments on the same Act, as the concept note 004 describes them),
 * validates it, fixes the mistake the validator finds, and validates again. The seeds do not name the people at the
 * sessions: the example uses placeholder ids that say so.
 *
 * <pre>{@code
 * int errors = BuildAndValidate.run(System.out);   // 0: the fixed programme has no error
 * }</pre>
 *
 * @since 0.1
 */
public final class BuildAndValidate {

  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final Place PUERTO_VALLARTA =
      Place.builder().city("Puerto Vallarta").country("MX").zone(MEXICO_CITY).build();
  private static final Source CONCEPT_NOTE = Source.of("004_92770983771948fb.txt");

  private BuildAndValidate() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print the programme and the two reports
   * @return the number of errors in the fixed data set: 0
   */
  public static int run(PrintStream out) {
    GcmValidator validator = GcmValidator.create();

    DataSet draft = stocktaking("gs3-rapporteur");        // a rapporteur facilitates the table: a mistake
    ValidationReport first = validator.validate(draft);
    out.print(first);                                     // error GCM-TABLE-FACILITATOR: ...

    DataSet fixed = stocktaking("gs3-co-lead-1");         // R8: the facilitator is a co-lead of the session
    ValidationReport second = validator.validate(fixed);
    out.print(second);                                    // no errors, no warnings, 0 waived

    ProgrammeNode programme = Schedule.of(fixed).programme("cs-stock").orElseThrow();
    programme.stream().forEach(node ->
        out.println("  ".repeat(node.depth()) + node.event().kind() + " " + node.event().title()));
    return second.errorCount();
  }

  /** The meeting, its group session on Act 3 and its table with governments on Act 3, with the people in them. */
  static DataSet stocktaking(String tableFacilitator) {
    Event meeting = Event.builder()
        .id("cs-stock")
        .kind(EventKind.CIVIL_SOCIETY_MEETING)
        .title("Civil Society Stocktaking and Strategy Meeting")
        .status(EventStatus.HELD)
        .timing(Timing.days(LocalDate.of(2017, 12, 2), LocalDate.of(2017, 12, 3)))
        .place(PUERTO_VALLARTA)
        .addSources(CONCEPT_NOTE)
        .build();

    LocalDateTime start = LocalDateTime.of(2017, 12, 2, 14, 0);   // round 1: 14:00 - 15:30
    Event groupSession = Event.builder()
        .id("cs-stock-gs3")
        .kind(EventKind.GROUP_SESSION)
        .parentId("cs-stock")
        .title("Group session ACT 3: Protection")
        .addActs(3)
        .status(EventStatus.HELD)
        .timing(Timing.at(start, start.plusMinutes(90), MEXICO_CITY))
        .place(PUERTO_VALLARTA)
        .addParticipants(Participation.of(Role.CO_LEAD, "gs3-co-lead-1"))
        .addParticipants(Participation.of(Role.CO_LEAD, "gs3-co-lead-2"))
        .addParticipants(Participation.of(Role.RAPPORTEUR, "gs3-rapporteur"))
        .addAllParticipants(people(Role.PARTICIPANT, "gs3-participant-", 8))
        .addSources(CONCEPT_NOTE)
        .build();

    Event table = Event.builder()
        .id("cs-stock-t3")
        .kind(EventKind.GOVERNMENT_TABLE)
        .parentId("cs-stock")
        .title("Table with governments ACT 3: Protection")
        .addActs(3)
        .status(EventStatus.HELD)
        .recordPolicy(RecordPolicy.NO_RECORD)                        // no rapporteur, no record
        .timing(Timing.on(LocalDate.of(2017, 12, 3)))
        .place(PUERTO_VALLARTA)
        .addParticipants(Participation.of(Role.FACILITATOR, tableFacilitator))
        .addAllParticipants(people(Role.GOVERNMENT_REPRESENTATIVE, "t3-government-", 3))
        .addAllParticipants(people(Role.PARTICIPANT, "gs3-participant-", 6))
        .addSources(CONCEPT_NOTE)
        .build();

    List<Person> people = new ArrayList<>();
    for (Event e : List.of(groupSession, table)) {
      for (Participation p : e.participants()) {
        String id = p.personId().orElseThrow();
        if (people.stream().noneMatch(known -> known.id().equals(id))) {
          people.add(Person.builder().id(id).name("Placeholder " + id).addSources(CONCEPT_NOTE).build());
        }
      }
    }
    return DataSet.builder().addEvents(meeting, groupSession, table).addAllPeople(people).build();
  }

  private static List<Participation> people(Role role, String idPrefix, int count) {
    List<Participation> list = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      list.add(Participation.of(role, idPrefix + k));
    }
    return list;
  }
}

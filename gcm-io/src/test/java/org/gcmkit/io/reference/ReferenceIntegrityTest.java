package org.gcmkit.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Document;
import org.gcmkit.model.Event;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Objective;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Timing;
import org.junit.jupiter.api.Test;

/** Every id is unique, every reference by id resolves, and the dates of the data set are consistent. */
class ReferenceIntegrityTest {

  private static final DataSet DATA = GcmReferenceData.dataSet();

  @Test
  void idsAreUniqueAcrossAllRecords() {
    List<String> ids = Stream.of(
            DATA.phases().stream().map(Phase::id),
            DATA.events().stream().map(Event::id),
            DATA.organisations().stream().map(Organisation::id),
            DATA.people().stream().map(Person::id),
            DATA.documents().stream().map(Document::id))
        .flatMap(s -> s)
        .collect(Collectors.toList());
    Set<String> seen = new HashSet<>();
    List<String> duplicates = ids.stream().filter(id -> !seen.add(id)).collect(Collectors.toList());

    assertThat(duplicates).isEmpty();
  }

  @Test
  void actAndObjectiveNumbersAreUnique() {
    assertThat(DATA.acts()).extracting(a -> a.number()).doesNotHaveDuplicates();
    assertThat(DATA.objectives()).extracting(Objective::number).doesNotHaveDuplicates();
  }

  @Test
  void symbolsAreUniqueAcrossDocuments() {
    List<String> symbols = DATA.documents().stream().flatMap(d -> d.symbols().stream()).collect(Collectors.toList());

    assertThat(symbols).doesNotHaveDuplicates();
  }

  @Test
  void parentsOfEventsAreEvents() {
    List<String> dangling = DATA.events().stream()
        .filter(e -> e.parentId().isPresent() && DATA.event(e.parentId().get()).isEmpty())
        .map(e -> e.id() + " -> " + e.parentId().get())
        .collect(Collectors.toList());

    assertThat(dangling).isEmpty();
  }

  @Test
  void programmeTreesHaveNoCycles() {
    for (Event e : DATA.events()) {
      Set<String> path = new HashSet<>();
      Optional<Event> cursor = Optional.of(e);
      while (cursor.isPresent()) {
        assertThat(path.add(cursor.get().id())).as("cycle through %s", e.id()).isTrue();
        cursor = cursor.get().parentId().flatMap(DATA::event);
      }
    }
  }

  @Test
  void phasesOfEventsArePhases() {
    List<String> dangling = DATA.events().stream()
        .filter(e -> e.phaseId().isPresent() && DATA.phase(e.phaseId().get()).isEmpty())
        .map(e -> e.id() + " -> " + e.phaseId().get())
        .collect(Collectors.toList());

    assertThat(dangling).isEmpty();
  }

  @Test
  void participantsAreKnownPeopleAndOrganisations() {
    List<String> dangling = new ArrayList<>();
    for (Event e : DATA.events()) {
      for (Participation p : e.participants()) {
        p.personId().filter(id -> DATA.person(id).isEmpty()).ifPresent(id -> dangling.add(e.id() + " person " + id));
        p.organisationId().filter(id -> DATA.organisation(id).isEmpty())
            .ifPresent(id -> dangling.add(e.id() + " organisation " + id));
        p.onBehalfOf().filter(id -> DATA.organisation(id).isEmpty())
            .ifPresent(id -> dangling.add(e.id() + " on behalf of " + id));
        if (p.personId().isEmpty() && p.organisationId().isEmpty()) {
          dangling.add(e.id() + " participation of nobody as " + p.role());
        }
      }
    }

    assertThat(dangling).isEmpty();
  }

  @Test
  void relativeDatesNameEvents() {
    List<String> dangling = timingsWithOwner().stream()
        .filter(t -> t.getKey().relativeTo().map(r -> DATA.event(r.anchorId()).isEmpty()).orElse(false))
        .map(t -> t.getValue() + " -> " + t.getKey().relativeTo().get().anchorId())
        .collect(Collectors.toList());

    assertThat(dangling).isEmpty();
  }

  @Test
  void membershipsNameKnownPeopleAndOrganisations() {
    List<String> dangling = new ArrayList<>();
    for (Membership m : DATA.memberships()) {
      if (DATA.person(m.personId()).isEmpty()) {
        dangling.add("person " + m.personId());
      }
      m.organisationId().filter(id -> DATA.organisation(id).isEmpty()).ifPresent(id -> dangling.add("org " + id));
      m.onBehalfOf().filter(id -> DATA.organisation(id).isEmpty()).ifPresent(id -> dangling.add("behalf " + id));
    }

    assertThat(dangling).isEmpty();
  }

  @Test
  void parentsAndMembersOfOrganisationsAreOrganisations() {
    List<String> dangling = new ArrayList<>();
    for (Organisation o : DATA.organisations()) {
      o.parentId().filter(id -> DATA.organisation(id).isEmpty()).ifPresent(id -> dangling.add(o.id() + " -> " + id));
      o.memberIds().stream().filter(id -> DATA.organisation(id).isEmpty())
          .forEach(id -> dangling.add(o.id() + " member " + id));
    }

    assertThat(dangling).isEmpty();
  }

  @Test
  void documentReferencesResolve() {
    List<String> dangling = new ArrayList<>();
    for (Document d : DATA.documents()) {
      d.eventId().filter(id -> DATA.event(id).isEmpty()).ifPresent(id -> dangling.add(d.id() + " event " + id));
      d.previousVersionId().filter(id -> DATA.document(id).isEmpty())
          .ifPresent(id -> dangling.add(d.id() + " previous " + id));
      d.authorIds().stream().filter(id -> DATA.organisation(id).isEmpty() && DATA.person(id).isEmpty())
          .forEach(id -> dangling.add(d.id() + " author " + id));
      d.vote().ifPresent(v -> v.againstIds().stream().filter(id -> DATA.organisation(id).isEmpty())
          .forEach(id -> dangling.add(d.id() + " against " + id)));
    }
    for (Objective o : DATA.objectives()) {
      o.addedIn().filter(id -> DATA.document(id).isEmpty()).ifPresent(id -> dangling.add("objective " + id));
    }

    assertThat(dangling).isEmpty();
  }

  @Test
  void everyOrganisationAndPersonIsUsedOrExplained() {
    Set<String> used = new HashSet<>();
    DATA.events().forEach(e -> e.participants().forEach(p -> {
      p.personId().ifPresent(used::add);
      p.organisationId().ifPresent(used::add);
      p.onBehalfOf().ifPresent(used::add);
    }));
    DATA.memberships().forEach(m -> {
      used.add(m.personId());
      m.organisationId().ifPresent(used::add);
      m.onBehalfOf().ifPresent(used::add);
    });
    DATA.organisations().forEach(o -> {
      o.parentId().ifPresent(used::add);
      used.addAll(o.memberIds());
    });
    DATA.documents().forEach(d -> {
      used.addAll(d.authorIds());
      d.vote().ifPresent(v -> used.addAll(v.againstIds()));
    });
    List<String> unused = Stream.concat(
            DATA.organisations().stream().filter(o -> !used.contains(o.id()) && o.note().isEmpty()).map(o -> o.id()),
            DATA.people().stream().filter(p -> !used.contains(p.id()) && p.note().isEmpty()).map(p -> p.id()))
        .collect(Collectors.toList());

    assertThat(unused).as("records neither referenced nor explained by a note").isEmpty();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Dates: the checks validation will make, so that the data set passes them

  @Test
  void programmeItemsLieInsideTheirParent() {
    List<String> outside = new ArrayList<>();
    for (Event e : DATA.events()) {
      Optional<Event> parent = e.parentId().flatMap(DATA::event);
      if (parent.isEmpty() || e.timing().isEmpty() || parent.get().timing().isEmpty()) {
        continue;
      }
      Timing child = e.timing().get();
      Timing outer = parent.get().timing().get();
      if (child.firstDay().isBefore(outer.firstDay()) || child.lastDay().isAfter(outer.lastDay())) {
        outside.add(e.id() + " outside " + parent.get().id());
      }
      if (child.isTimed() && outer.isTimed()) {
        LocalDateTime start = child.start().dateTime().orElseThrow();
        LocalDateTime end = child.end().flatMap(FuzzyDate::dateTime).orElse(start);
        if (start.isBefore(outer.start().dateTime().orElseThrow())
            || end.isAfter(outer.end().flatMap(FuzzyDate::dateTime).orElseThrow())) {
          outside.add(e.id() + " outside the hours of " + parent.get().id());
        }
      }
    }

    assertThat(outside).isEmpty();
  }

  @Test
  void eventsLieInsideTheWindowOfTheirPhase() {
    List<String> outside = new ArrayList<>();
    for (Event e : DATA.events()) {
      if (e.phaseId().isEmpty() || e.timing().isEmpty()) {
        continue;
      }
      FuzzyDate window = DATA.phase(e.phaseId().get()).orElseThrow().window();
      Timing t = e.timing().get();
      if (t.firstDay().isBefore(window.earliest()) || t.lastDay().isAfter(window.latest())) {
        outside.add(e.id() + " " + t.firstDay() + ".." + t.lastDay() + " outside " + window.toEdtf());
      }
    }

    assertThat(outside).isEmpty();
  }

  @Test
  void endsAreNotBeforeStarts() {
    List<String> backwards = timingsWithOwner().stream()
        .filter(t -> t.getKey().end().map(end -> end.isBefore(t.getKey().start())).orElse(false))
        .map(Map.Entry::getValue)
        .collect(Collectors.toList());

    assertThat(backwards).isEmpty();
  }

  @Test
  void separateDaysLieInsideTheSpan() {
    for (Event e : DATA.events()) {
      e.timing().ifPresent(t -> {
        for (LocalDate day : t.days()) {
          assertThat(day).as("a day of %s", e.id()).isBetween(t.firstDay(), t.lastDay());
        }
      });
    }
  }

  @Test
  void relativeDatesAgreeWithTheirAnchor() {
    for (Map.Entry<Timing, String> t : timingsWithOwner()) {
      Optional<RelativeDate> relative = t.getKey().relativeTo();
      if (relative.isEmpty()) {
        continue;
      }
      Timing anchor = DATA.event(relative.get().anchorId()).orElseThrow().timing().orElseThrow();
      LocalDate from = switch (relative.get().anchor()) {
        case START -> anchor.firstDay();
        case END -> anchor.lastDay();
      };
      LocalDate expected = from.plus(relative.get().offset());

      assertThat(t.getKey().start().contains(expected) || t.getKey().start().earliest().equals(expected))
          .as("%s is %s from %s", t.getValue(), relative.get().offset(), relative.get().anchorId())
          .isTrue();
    }
  }

  @Test
  void everyEventHasAPhaseUnlessItsPhaseIsUnclear() {
    List<String> withoutPhase = DATA.events().stream().filter(e -> e.phaseId().isEmpty()).map(Event::id)
        .collect(Collectors.toList());

    // cs-2016-0918 precedes the New York Declaration; the accreditation window spans ph-0 and ph-1.
    assertThat(withoutPhase).containsExactlyInAnyOrder("cs-2016-0918", "dl-special-accreditation");
  }

  @Test
  void timedEventsHaveAZone() {
    List<String> withoutZone = DATA.events().stream()
        .filter(e -> e.timing().map(Timing::isTimed).orElse(false) && e.zone().isEmpty())
        .map(Event::id)
        .collect(Collectors.toList());

    assertThat(withoutZone).isEmpty();
  }

  @Test
  void voteCountsAddUpToTheMembership() {
    DATA.documents().forEach(d -> d.vote().filter(v -> v.membership().isPresent()).ifPresent(v ->
        assertThat(v.inFavour().orElse(0) + v.against().orElse(0) + v.abstentions().orElse(0)
            + v.notVoting().orElse(0)).as(d.id()).isEqualTo(v.membership().getAsInt())));
  }

  /** Every timing of the data set (events', event revisions', phase revisions') with the id of its record. */
  private static List<Map.Entry<Timing, String>> timingsWithOwner() {
    List<Map.Entry<Timing, String>> list = new ArrayList<>();
    for (Event e : DATA.events()) {
      e.timing().ifPresent(t -> list.add(Map.entry(t, e.id())));
      for (Revision r : e.revisions()) {
        r.timing().ifPresent(t -> list.add(Map.entry(t, e.id() + " (revision)")));
      }
    }
    for (Phase p : DATA.phases()) {
      for (Revision r : p.revisions()) {
        r.timing().ifPresent(t -> list.add(Map.entry(t, p.id() + " (revision)")));
      }
    }
    return list;
  }
}

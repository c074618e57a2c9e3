package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.Source;
import org.gcmkit.validation.internal.FieldValidation;
import org.gcmkit.validation.internal.Sink;
import org.junit.jupiter.api.Test;

/**
 * The field constraints of a data set, checked record by record, give exactly the findings (codes, paths keyed by
 * id or index, arguments) of one cascading Hibernate Validator call over the whole data set.
 */
class PerRecordFieldValidationTest {

  /** The very validator and field checks {@link GcmValidator} uses. */
  private static final Validator VALIDATOR = GcmValidator.jakartaValidator();
  private static final FieldValidation FIELDS = GcmValidator.fieldValidation();

  /** The findings of a validation as sorted lines, since Hibernate Validator reports in no particular order. */
  private static List<String> perRecord(DataSet data) {
    Sink sink = new Sink();
    FIELDS.validate(data, sink);
    return lines(sink);
  }

  private static List<String> cascading(DataSet data) {
    Sink sink = new Sink();
    FIELDS.validateCascading(data, sink);
    return lines(sink);
  }

  private static List<String> lines(Sink sink) {
    return sink.findings().stream()
        .map(r -> r.rule().code() + " " + r.path() + " " + String.join("|", r.args()))
        .sorted()
        .collect(Collectors.toList());
  }

  /** A data set with violations in every kind of position: records keyed by id and by index, nested lists, sets. */
  private static DataSet brokenEverywhere() {
    Event blankId = Examples.event(" ", EventKind.MEETING).title("").addLanguages("en", "english language").build();
    Event keyed = Examples.event("mtg", EventKind.MEETING)
        .place(Place.builder().city("New York").country("us").build())
        .addHeadcounts(Headcount.builder().basis(CountBasis.ACTUAL).category(CountCategory.STATES).minimum(-1)
            .build())
        .addActs(0, 11)
        .addSources(Source.of(" "))
        .build();
    return DataSet.builder()
        .addEvents(blankId, keyed, keyed)
        .addPeople(Person.builder().id("p1").name(" ").build())
        .addSources(Source.of(""), Source.of("seed.txt"))
        .build();
  }

  @Test
  void recordsAreKeyedByIdOrIndexAsInOneCascadingCall() {
    DataSet data = brokenEverywhere();

    List<String> findings = perRecord(data);

    assertThat(findings).isEqualTo(cascading(data));
    assertThat(findings).anyMatch(f -> f.contains(" events[mtg].place.country "))
        .anyMatch(f -> f.contains(" events[0].title "))
        .anyMatch(f -> f.contains(" events[0].languages[1] "))
        .anyMatch(f -> f.contains(" events[mtg].headcounts[0].minimum "))
        .anyMatch(f -> f.contains(" events[mtg].sources[1].reference "))
        .anyMatch(f -> f.contains(" people[p1].name "))
        .anyMatch(f -> f.contains(" sources[0].reference "));
  }

  @Test
  void randomDataSetsGiveTheFindingsOfOneCascadingCall() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      DataSet data = RobustnessPropertyTest.randomDataSet(new Random(seed));

      assertThat(perRecord(data)).isEqualTo(cascading(data));
    });
  }

  @Test
  void everyExampleDataSetGivesTheFindingsOfOneCascadingCall() {
    List<DataSet> sets = new ArrayList<>();
    for (Examples.Case c : Examples.cases().values()) {
      for (Object value : List.of(c.violating.get(), c.satisfying.get())) {
        if (value instanceof DataSet) {
          sets.add((DataSet) value);
        }
      }
    }

    assertThat(sets).isNotEmpty();
    assertThat(sets).allSatisfy(data -> assertThat(perRecord(data)).isEqualTo(cascading(data)));
  }

  @Test
  void aDataSetHasNoConstraintButItsCascadedRecordLists() {
    BeanDescriptor d = VALIDATOR.getConstraintsForClass(DataSet.class);

    assertThat(d.getConstraintDescriptors()).isEmpty();
    assertThat(d.getConstrainedProperties()).extracting(PropertyDescriptor::getPropertyName)
        .containsExactlyInAnyOrder("phases", "events", "organisations", "people", "memberships", "accreditations",
            "acts", "objectives", "goals", "documents", "sources");
    for (PropertyDescriptor p : d.getConstrainedProperties()) {
      assertThat(p.getConstraintDescriptors()).as(p.getPropertyName()).isEmpty();
      assertThat(p.isCascaded()).as(p.getPropertyName()).isFalse();
      assertThat(p.getConstrainedContainerElementTypes()).as(p.getPropertyName()).singleElement()
          .satisfies(e -> assertThat(e.isCascaded()).isTrue())
          .extracting(ContainerElementTypeDescriptor::getConstraintDescriptors)
          .satisfies(c -> assertThat(c).isEmpty());
    }
  }
}

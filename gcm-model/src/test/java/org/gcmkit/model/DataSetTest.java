package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DataSetTest {

  private static Event event(String id) {
    return Event.builder().id(id).kind(EventKind.MEETING).title("Meeting " + id).status(EventStatus.HELD).build();
  }

  @Test
  void findsRecordsById() {
    DataSet data = DataSet.builder()
        .addEvents(event("a"), event("b"))
        .addPeople(Person.builder().id("p").name("Colin Rajah").build())
        .addOrganisations(Organisation.builder().id("o").name("IOM").type(OrganisationType.UN_ENTITY).build())
        .addPhases(Phase.builder().id("ph").kind(PhaseKind.CONSULTATION).name("Phase I")
            .window(FuzzyDate.ofYear(2017)).build())
        .build();

    assertThat(data.event("b").map(Event::title)).hasValue("Meeting b");
    assertThat(data.person("p").map(Person::name)).hasValue("Colin Rajah");
    assertThat(data.organisation("o").map(Organisation::name)).hasValue("IOM");
    assertThat(data.phase("ph").map(Phase::kind)).hasValue(PhaseKind.CONSULTATION);
    assertThat(data.event("missing")).isEmpty();
  }

  @Test
  void returnsTheFirstRecordWhenIdsAreDuplicated() {
    DataSet data = DataSet.builder().addEvents(event("a"), event("a").withTitle("second")).build();

    assertThat(data.event("a").map(Event::title)).hasValue("Meeting a");
    assertThat(data.events()).hasSize(2);
  }

  @Test
  void childrenAreEmptyForALeaf() {
    assertThat(DataSet.builder().addEvents(event("a")).build().children("a")).isEmpty();
  }

  @Test
  void findsADocumentByAnyOfItsSymbols() {
    Document modalities = Document.builder().id("res-71-280").kind(DocumentKind.RESOLUTION)
        .title("Modalities resolution").addSymbols("A/RES/71/280", "A/71/L.58").build();
    DataSet data = DataSet.builder().addDocuments(modalities).build();

    assertThat(data.documentBySymbol("a/71/L.58")).hasValue(modalities);
    assertThat(data.documentBySymbol("A/RES/71/280")).hasValue(modalities);
    assertThat(data.documentBySymbol("A/RES/72/244")).isEmpty();
    assertThat(data.document("res-71-280")).hasValue(modalities);
  }

  @Test
  void listsThePersonsMemberships() {
    Membership srsg = Membership.builder().personId("arbour").organisationId("body-srsg").role(Role.SRSG)
        .start(FuzzyDate.of(LocalDate.of(2017, 3, 9))).build();
    Membership other = Membership.builder().personId("swing").role(Role.HEAD_OF_ORGANISATION).build();
    DataSet data = DataSet.builder().addMemberships(srsg, other).build();

    assertThat(data.membershipsOf("arbour")).containsExactly(srsg);
    assertThat(data.membershipsOf("nobody")).isEmpty();
  }

  @Test
  void isNotCompleteUnlessItSaysSo() {
    assertThat(DataSet.builder().build().complete()).isFalse();
    assertThat(DataSet.builder().complete(true).build().complete()).isTrue();
  }

  @Test
  void equalDataSetsAreEqualWhetherOrNotTheyWereIndexed() {
    DataSet a = DataSet.builder().addEvents(event("a")).build();
    DataSet b = DataSet.builder().addEvents(event("a")).build();
    a.event("a");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }
}

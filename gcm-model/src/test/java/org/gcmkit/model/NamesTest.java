package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spelling variants found in the seeds: aliases of organisations, symbols of documents. */
class NamesTest {

  private final Organisation mfa = Organisation.builder()
      .id("body-mfa")
      .name("Migrant Forum in Asia")
      .acronym("MFA")
      .addAliases("Migrant Forum Asia")
      .type(OrganisationType.NETWORK)
      .build();

  @Test
  void anOrganisationIsKnownByNameAcronymAndAliasesIgnoringCase() {
    assertThat(mfa.isKnownAs("Migrant Forum in Asia")).isTrue();
    assertThat(mfa.isKnownAs(" mfa ")).isTrue();
    assertThat(mfa.isKnownAs("migrant forum asia")).isTrue();
    assertThat(mfa.isKnownAs("Migrant Forum")).isFalse();
  }

  @Test
  void aDocumentIsKnownByAnyOfItsSymbolsIgnoringCaseAndSpaces() {
    Document d = Document.builder().id("res-71-280").kind(DocumentKind.RESOLUTION).title("Modalities")
        .addSymbols("A/RES/71/280", "A/71/L.58").build();

    assertThat(d.hasSymbol("A/71/L.58")).isTrue();
    assertThat(d.hasSymbol("a / res / 71 / 280")).isTrue();
    assertThat(d.hasSymbol("A/RES/71/1")).isFalse();
  }

  @Test
  void aSourceKnowsWhetherItIsAWebPage() {
    assertThat(Source.of("https://www.un.org/en/conf/migration/").isUrl()).isTrue();
    assertThat(Source.of("004_92770983771948fb.txt").isUrl()).isFalse();
  }

  @Test
  void seniorRolesMayAuthoriseRepresentatives() {
    Membership director = Membership.builder().personId("mks").role(Role.DIRECTOR).build();
    Membership staff = Membership.builder().personId("x").role(Role.STAFF).build();

    assertThat(director.isSenior()).isTrue();
    assertThat(staff.isSenior()).isFalse();
    assertThat(staff.withSenior(true).isSenior()).isTrue();
  }

  @Test
  void aPlaceLabelJoinsWhatIsKnown() {
    Place p = Place.builder().venue("Palais des Nations").room("Room XIX").city("Geneva").country("CH").build();

    assertThat(p.label()).isEqualTo("Palais des Nations, Room XIX, Geneva, CH");
    assertThat(Place.builder().attendance(AttendanceMode.ONLINE).build().label()).isEmpty();
  }

  @Test
  void commissionsCoverTheirRegions() {
    assertThat(Commission.ECE.regions()).containsExactlyInAnyOrder(Region.EUROPE, Region.NORTH_AMERICA);
    assertThat(Commission.ESCAP.regions()).contains(Region.PACIFIC);
    assertThat(Commission.ESCWA.regions()).containsExactly(Region.MIDDLE_EAST_NORTH_AFRICA);
  }
}

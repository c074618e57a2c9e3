package org.gcmkit.io.reference;

import static org.gcmkit.io.reference.Refs.IISD_CONF;
import static org.gcmkit.io.reference.Refs.IISD_ELEMENTS;
import static org.gcmkit.io.reference.Refs.IISD_IMRF_AGREED;
import static org.gcmkit.io.reference.Refs.IISD_IMRF_COFAC;
import static org.gcmkit.io.reference.Refs.IISD_MODALITIES_AGREED;
import static org.gcmkit.io.reference.Refs.JURIST_VOTE;
import static org.gcmkit.io.reference.Refs.MADE_CS;
import static org.gcmkit.io.reference.Refs.NGLS;
import static org.gcmkit.io.reference.Refs.SRSG_PAGE;
import static org.gcmkit.io.reference.Refs.UNECE_2024;
import static org.gcmkit.io.reference.Refs.UN_PRESS_GA11902;
import static org.gcmkit.io.reference.Refs.UN_CONF;
import static org.gcmkit.io.reference.Refs.UN_MULTIMEDIA_VOTE;
import static org.gcmkit.io.reference.Refs.d;
import static org.gcmkit.io.reference.Refs.seed000;
import static org.gcmkit.io.reference.Refs.seed001;
import static org.gcmkit.io.reference.Refs.seed002;
import static org.gcmkit.io.reference.Refs.seed003;
import static org.gcmkit.io.reference.Refs.seed004;
import static org.gcmkit.io.reference.Refs.url;

import java.util.ArrayList;
import java.util.List;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.Person;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;

/**
 * Organisations, States, people and the roles they held, as the seeds and the fact base name them.
 *
 * <p>Organisation ids are the fact base's {@code body-*} ids where a row exists. Organisations that the seeds or the
 * fact base name in a role but that have no row of their own (the Core Group's members, the UN General Assembly,
 * UNODC, the Member States that spoke, hosted, chaired, funded or voted against) get ids of the same form
 * ({@code body-unga}, {@code state-mx}). People get {@code person-<surname>} ids; nobody the seeds do not name is
 * added, and a person known only by a first name ("Jonathan", "Lala") is recorded as such.
 */
final class ReferenceStakeholders {

  private ReferenceStakeholders() {}

  private static Organisation.Builder body(String id, String name, OrganisationType type, Confidence confidence,
      Source... sources) {
    return Organisation.builder().id(id).name(name).type(type).confidence(confidence).addSources(sources);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Organisations: the fact base's body rows, in its order, then those named only in roles

  static List<Organisation> organisations() {
    List<Organisation> list = new ArrayList<>();
    list.add(body("ac-cs", "Civil Society Action Committee", OrganisationType.COMMITTEE, Confidence.HIGH,
            seed004(), url(MADE_CS),
            url("https://mfasia.org/circular-no-10-global-compact-for-migration-request-to-sign-on-10-acts-for-the-global-compact/"))
        .addAliases("Action Committee")
        .note("Organised civil society toward the 2016 Summit from May 2016 (004: 'Beginning in May 2016, civil society"
            + " organised itself towards the Summit ... through the Action Committee facilitated by ICMC-MADE ...,"
            + " co-convened with the NGO Committee on Migration/New York and the International Council of Voluntary"
            + " Agencies (ICVA)'); about 50 organisations and networks, with the ISC, were consulted on the TEN ACTS."
            + " Active 2016-05 to 2018-12: the end is madenetwork.org's 'continue its work until the end of 2018'"
            + " (medium). The model has no period for an organisation, so the dates are kept here.")
        .build());
    list.add(body("body-iom", "International Organization for Migration", OrganisationType.UN_ENTITY,
            Confidence.HIGH, seed000(), seed001(), seed003())
        .acronym("IOM")
        .addAliases("The UN Migration Agency", "UN Migration Agency")
        .city("Geneva").country("CH")
        .note("Entered the UN system in 2016 (000: 'IOM's entry into UN'); dedicated GCM units in Geneva and New York"
            + " (003); supports but does not organise the RCSCs (000: 'Will be organized with support of IOM, but"
            + " will not be organized by IOM').")
        .build());
    list.add(body("body-iom-ny", "IOM New York Office", OrganisationType.UN_ENTITY, Confidence.HIGH, seed001())
        .parentId("body-iom")
        .city("New York").country("US")
        .note("48th Floor, Chanin Building, 122 East 42nd Street, New York (001).")
        .build());
    list.add(body("body-iom-council", "IOM Council", OrganisationType.UN_ENTITY, Confidence.HIGH,
            seed003("IOM governing body/Council could be a powerful mechanism for communicating from Geneva to New York"))
        .parentId("body-iom")
        .note("IOM's governing body; Sweden proposed it as a channel from Geneva to New York (003).")
        .build());
    list.add(body("body-opga", "Office of the President of the General Assembly", OrganisationType.UN_ENTITY,
            Confidence.HIGH, seed000(), seed003(), seed004())
        .acronym("OPGA")
        .addAliases("PGA", "Presidency of the General Assembly")
        .city("New York").country("US")
        .note("Organises the thematic sessions and the hearings; appoints the co-facilitators (003); 'All decisions"
            + " rest with OPGA' on the steering committee (000).")
        .build());
    list.add(body("body-cofac", "GCM co-facilitators: Mexico and Switzerland", OrganisationType.COMMITTEE,
            Confidence.HIGH, seed004("two state co-facilitators, Mexico and Switzerland"), url(IISD_MODALITIES_AGREED))
        .addAliases("co-facilitators", "CFs")
        .city("New York").country("US")
        .addMemberIds("state-mx", "state-ch")
        .note("Acting through their Permanent Representatives Juan José Gómez Camacho and Jürg Lauber (public"
            + " sources); they also co-facilitated the modalities resolution. 000: 'Pen is held by DESA and"
            + " co-facilitators' (the model has no organisation-level role outside an event, so this is a note).")
        .build());
    list.add(body("body-srsg", "Office of the SRSG for International Migration", OrganisationType.UN_ENTITY,
            Confidence.HIGH, seed000(), seed004())
        .addAliases("SRSG's Office for International Migration", "SRSG office")
        .city("New York").country("US")
        .note("000: the SRSG has '3 key roles in this process': policy advice and advocacy, coordinating the UN's work"
            + " on international migration, and guiding the process toward the GCM by end of 2018; 'Funded"
            + " extra-budgetarily'. 004 misspells the title 'SRSB'.")
        .build());
    list.add(body("body-ngls", "UN Non-Governmental Liaison Service", OrganisationType.UN_ENTITY, Confidence.HIGH,
            seed000(), url(NGLS))
        .acronym("UN-NGLS")
        .addAliases("NGLS")
        .city("New York").country("US")
        .note("Single entry point for stakeholder accreditation and registration (000: 'Technical side – one entry"
            + " point'; 'One unitary platform').")
        .build());
    list.add(body("body-desa", "UN Department of Economic and Social Affairs", OrganisationType.UN_ENTITY,
            Confidence.MEDIUM, seed000("Pen is held by DESA and co-facilitators"))
        .acronym("DESA")
        .addAliases("UN DESA")
        .city("New York").country("US")
        .build());
    list.add(body("body-gmg", "Global Migration Group", OrganisationType.UN_ENTITY, Confidence.HIGH,
            seed000("UN University is current chair of GMG and doing a good job"))
        .acronym("GMG")
        .note("Chaired by UN University in April 2017 (000); prepared issue briefs with the SRSG (000: 'One issue brief"
            + " already prepared on human rights with GMG').")
        .build());
    list.add(body("body-unhcr", "UNHCR", OrganisationType.UN_ENTITY, Confidence.HIGH, seed003(), seed004())
        .addAliases("Office of the UN High Commissioner for Refugees")
        .city("Geneva").country("CH")
        .note("Leads the separate process of the Global Compact on Refugees (004).")
        .build());
    list.add(body("body-las", "League of Arab States", OrganisationType.REGIONAL_BODY, Confidence.MEDIUM,
            seed000("Last structure was started by League of Arab States in Cairo"),
            url("https://iom.int/news/arab-region-contributes-global-compact-migration-un-consultations"))
        .city("Cairo").country("EG")
        .note("Co-organiser of the ESCWA regional consultation (rec-escwa-2017).")
        .build());
    list.add(body("body-gfmd", "Global Forum on Migration and Development", OrganisationType.INTERGOVERNMENTAL_PROCESS,
            Confidence.HIGH, seed000(), seed003(), seed004())
        .acronym("GFMD")
        .note("'Global counterpart to regional consultative processes · Launch in 2007' (000); state-led, outside the"
            + " UN; 2017-2018 co-chairs Germany and Morocco (000: 'Germany this year; Morocco next year').")
        .build());
    list.add(body("body-rcps", "Regional consultative processes on migration", OrganisationType.INTERGOVERNMENTAL_PROCESS,
            Confidence.MEDIUM, seed000("18-20 around the world"), seed003())
        .acronym("RCPs")
        .note("'Led by govts and take place outside formal structures and focus on migration issues' (000). A"
            + " collective of processes, not one body.")
        .build());
    list.add(body("body-micic", "Migrants in Countries in Crisis initiative", OrganisationType.INTERGOVERNMENTAL_PROCESS,
            Confidence.HIGH, seed000(), seed003())
        .acronym("MICIC")
        .note("Model for the regional civil society consultations (000: 'Modelled on Migrants on Countries in Crisis"
            + " initiative, which had regional consultations'); MICIC guidelines (003).")
        .build());
    list.add(body("body-eca", "UN Economic Commission for Africa", OrganisationType.UN_ENTITY, Confidence.HIGH,
            seed002(), seed004(), url("https://sdg.iisd.org/events/africa-regional-conference-on-migration/"))
        .acronym("ECA").addAliases("UNECA")
        .city("Addis Ababa").country("ET")
        .note("Region: Africa.")
        .build());
    list.add(body("body-ece", "UN Economic Commission for Europe", OrganisationType.UN_ENTITY, Confidence.HIGH,
            seed004(),
            url("https://migrationnetwork.un.org/over-100-organizations-participate-first-multi-stakeholder-consultation-regional-reviews"))
        .acronym("ECE").addAliases("UNECE", "Economic Commission of Europe")
        .city("Geneva").country("CH")
        .note("Region: Europe, North America, the Caucasus, Central and Western Asia (50+ States).")
        .build());
    list.add(body("body-eclac", "UN Economic Commission for Latin America and the Caribbean", OrganisationType.UN_ENTITY,
            Confidence.HIGH, seed000(), url("https://pactomigracion.cepal.org/2/en/background"))
        .acronym("ECLAC").addAliases("CEPAL")
        .city("Santiago").country("CL")
        .note("Region: Latin America and the Caribbean.")
        .build());
    list.add(body("body-escap", "UN Economic and Social Commission for Asia and the Pacific", OrganisationType.UN_ENTITY,
            Confidence.HIGH, seed002(), url("https://www.iom.int/news/asia-pacific-states-prepare-global-compact-migration"))
        .acronym("ESCAP")
        .city("Bangkok").country("TH")
        .note("Region: Asia and the Pacific.")
        .build());
    list.add(body("body-escwa", "UN Economic and Social Commission for Western Asia", OrganisationType.UN_ENTITY,
            Confidence.HIGH, seed002(),
            url("https://stage-unescwa.unescwa.org/news/beirut-hosts-tomorrow-regional-consultation-international-migration-arab-region"))
        .acronym("ESCWA")
        .city("Beirut").country("LB")
        .note("Region: the Arab region / Western Asia.")
        .build());
    list.add(body("body-ngocm", "NGO Committee on Migration", OrganisationType.NETWORK, Confidence.HIGH,
            seed000("NGO Committee on Migration (50+ orgs)"), seed001(), seed004())
        .addAliases("NGO Committee on Migration/New York")
        .city("New York").country("US")
        .note("50+ organisations (000). Proposed 'Goals, targets and indicators in 2/5/12 year framework' (000; see"
            + " document doc-ngocm-priorities). Core Group member and Action Committee co-convener (004).")
        .build());
    list.add(body("body-gcm-coal", "Global Coalition on Migration", OrganisationType.NETWORK, Confidence.HIGH,
            seed000(), seed004())
        .note("Present at the 17 April 2017 meeting (000); Core Group member (004).")
        .build());
    list.add(body("body-act", "ACT Alliance", OrganisationType.FAITH_BASED, Confidence.MEDIUM,
            seed000("ACT Alliance (RM rights new priority)"))
        .note("Present at the 17 April 2017 meeting (000); '(RM rights new priority)'.")
        .build());
    list.add(body("body-stc", "STC", OrganisationType.OTHER, Confidence.LOW, seed000())
        .note("Written only as 'STC' in 000's list of those present on 17 April 2017; the expansion is not given"
            + " (possibly Save the Children - unverified). Kept apart from body-save-the-children.")
        .build());
    list.add(body("body-franciscans", "Franciscans (Geneva)", OrganisationType.FAITH_BASED, Confidence.MEDIUM,
            seed000("Geneva (Franciscans)"))
        .city("Geneva").country("CH")
        .note("Present at the 17 April 2017 meeting (000).")
        .build());
    list.add(body("body-mfa", "Migrant Forum in Asia", OrganisationType.NETWORK, Confidence.HIGH, seed000(), seed001(),
            seed004())
        .acronym("MFA")
        .addAliases("Migrant Forum Asia")
        .note("William Gois (001); RCSC Asia anchor and Pacific RCSC partner (004); Core Group member (004); 'Passed out"
            + " statement from Migrant Forum in Asia in terms of their work toward GCM' (000).")
        .build());
    list.add(body("body-apprn", "APPRN", OrganisationType.OTHER, Confidence.LOW,
            seed000("MFA, APPRN and Global Alliance on Trafficking in Women (GAATW) just did training for CSOs on GCM"))
        .note("As written in 000; likely the Asia Pacific Refugee Rights Network (APRRN) - unverified, so not"
            + " expanded.")
        .build());
    list.add(body("body-gaatw", "Global Alliance Against Traffic in Women", OrganisationType.NETWORK,
            Confidence.MEDIUM, seed000())
        .acronym("GAATW")
        .addAliases("Global Alliance on Trafficking in Women")
        .note("000 writes 'Global Alliance on Trafficking in Women (GAATW)'.")
        .build());
    list.add(body("body-picum", "Platform for International Cooperation on Undocumented Migrants",
            OrganisationType.NETWORK, Confidence.HIGH, seed000("PICUM will be involved"), seed004())
        .acronym("PICUM")
        .city("Brussels").country("BE")
        .note("RCSC Europe co-anchor; Core Group member (004).")
        .build());
    list.add(body("body-made", "Migration and Development Civil Society Network", OrganisationType.NETWORK,
            Confidence.HIGH, seed000("MADE office in Brussels"), seed004())
        .acronym("MADE")
        .addAliases("ICMC-MADE", "ICMC-MADE Coordinating Office", "MADE Global Coordinating Office of ICMC",
            "Migration and Development Civil Society Programme")
        .parentId("body-icmc")
        .city("Brussels").country("BE")
        .note("Organiser of the Civil Society Stocktaking; RCSC Europe co-anchor (004). 004 calls it both 'Migration and"
            + " Development Civil Society Network' and 'ICMC-MADE (Migration and Development Civil Society"
            + " Programme)'; the coordinating office is ICMC's, hence the parent.")
        .build());
    list.add(body("body-made-afrique", "MADE-Afrique", OrganisationType.NETWORK, Confidence.HIGH, seed004())
        .note("RCSC Africa co-anchor (004).")
        .build());
    list.add(body("body-panidmr", "Pan-African Network in Defense of Migrants Rights", OrganisationType.NETWORK,
            Confidence.HIGH, seed000("Working with Pan Africa network, MADE office in Brussels with Africa partners"),
            seed004())
        .acronym("PANiDMR")
        .addAliases("Pan Africa network")
        .note("RCSC Africa co-anchor (004).")
        .build());
    list.add(body("body-anmr", "Arab Network on Migrants' Rights", OrganisationType.NETWORK, Confidence.MEDIUM,
            seed000("Arab Network on Migrants’ Rights based in Lebanon"))
        .country("LB")
        .note("Named in April 2017 among the Middle East networks for the MENA RCSC (000: 'Arab Network on Migrants'"
            + " Rights based in Lebanon'); the seeds give it no role at an event, and the MENA RCSC was anchored by"
            + " CCRM (004).")
        .build());
    list.add(body("body-ccrm", "Cross-Regional Center for Refugees and Migrants", OrganisationType.NGO,
            Confidence.HIGH, seed000(), seed004())
        .acronym("CCRM")
        .note("RCSC MENA anchor (004).")
        .build());
    list.add(body("body-imumi", "IMUMI / COMPA", OrganisationType.NETWORK, Confidence.MEDIUM,
            seed000("Coalition of more than 100 orgs in CA, Mexico and Canada"), seed001())
        .addAliases("IMUMI/COMPRA", "IMUMI", "COMPA")
        .note("Berenice Valdez Rivera (001); 000 spells it 'IMUMI/COMPRA'. The acronyms are not expanded in the"
            + " seeds.")
        .build());
    list.add(body("body-icmc", "International Catholic Migration Commission", OrganisationType.FAITH_BASED,
            Confidence.HIGH, seed001(), seed003(), seed004())
        .acronym("ICMC")
        .city("Geneva").country("CH")
        .note("Robert Vitillo (001); coordinates the GFMD civil society process (004); Core Group member (004).")
        .build());
    list.add(body("body-bloque", "Bloque Latinoamericano", OrganisationType.NETWORK, Confidence.HIGH,
            seed004("Latin America, anchored by Bloque Latinamericano (Latin American Block)"))
        .addAliases("Bloque Latinamericano", "Latin American Block")
        .note("RCSC Latin America anchor; spelled 'Bloque Latinamericano' in 004.")
        .build());
    list.add(body("body-asylum-access-ec", "Asylum Access Ecuador", OrganisationType.NGO, Confidence.HIGH, seed004())
        .city("Quito").country("EC")
        .note("RCSC Latin America technical focal point (004).")
        .build());
    list.add(body("body-aflcio", "AFL-CIO", OrganisationType.TRADE_UNION, Confidence.HIGH, seed004())
        .note("RCSC North America co-anchor (004).")
        .build());
    list.add(body("body-alianza", "Alianza Americas", OrganisationType.NETWORK, Confidence.HIGH, seed004())
        .note("RCSC North America co-anchor (004).")
        .build());
    list.add(body("body-nnirr", "National Network for Immigrant & Refugee Rights", OrganisationType.NETWORK,
            Confidence.HIGH, seed004())
        .acronym("NNIRR")
        .note("RCSC North America co-anchor (004).")
        .build());
    list.add(body("body-solidarity", "Solidarity Center", OrganisationType.NGO, Confidence.HIGH, seed004())
        .note("RCSC North America co-anchor (004).")
        .build());
    list.add(body("body-piango", "Pacific Islands Association of NGOs", OrganisationType.NETWORK, Confidence.HIGH,
            seed004())
        .acronym("PIANGO")
        .note("RCSC Pacific co-anchor (004).")
        .build());
    list.add(body("body-ccf", "Fiji Citizens Constitutional Forum", OrganisationType.NGO, Confidence.HIGH, seed004())
        .acronym("CCF")
        .addAliases("Fiji Citizens' Constitutional Forum")
        .country("FJ")
        .note("RCSC Pacific co-anchor (004).")
        .build());
    list.add(body("body-sapmic", "Sydney Asia Pacific Migration Center", OrganisationType.ACADEMIA, Confidence.HIGH,
            seed004())
        .acronym("SAPMiC")
        .city("Sydney").country("AU")
        .note("At Sydney University; RCSC Pacific partner (004).")
        .build());
    list.add(body("body-dtp", "Diplomacy Training Program", OrganisationType.ACADEMIA, Confidence.HIGH, seed004())
        .acronym("DTP")
        .city("Sydney").country("AU")
        .note("At the University of NSW; RCSC Pacific partner (004).")
        .build());
    list.add(body("body-icva", "International Council of Voluntary Agencies", OrganisationType.NETWORK,
            Confidence.HIGH, seed004())
        .acronym("ICVA")
        .note("Action Committee co-convener; organises the UNHCR-NGO Consultations and the IOM-NGO Humanitarian"
            + " Consultations (004).")
        .build());
    list.add(body("body-isc", "International Steering Committee of civil society for the GFMD", OrganisationType.COMMITTEE,
            Confidence.HIGH, seed004())
        .acronym("ISC")
        .note("A Core Group of the ISC drafted the TEN ACTS (004).")
        .build());
    list.add(body("body-irc", "Inter-Regional Committee", OrganisationType.COMMITTEE, Confidence.HIGH,
            seed004("the Inter-Regional Committee comprising the focal points of the regional civil society"
                + " consultations"))
        .note("Consulted on the selection of delegates to the Civil Society Stocktaking (004).")
        .build());
    list.add(body("body-coregroup", "Civil Society Core Group", OrganisationType.COMMITTEE, Confidence.HIGH,
            seed004(), seed002("September Civil Society Core Group retreat in Vienna (Sept 2017)"))
        .addAliases("Core Group of the ISC", "Core Group")
        .addMemberIds("body-adept", "body-caritas", "body-gcm-coal", "body-icmc", "body-mfa", "body-ngocm",
            "body-picum", "body-simn", "body-tdh")
        .note("004 footnote 1 lists the members active in drafting the TEN ACTS: the nine organisations listed as"
            + " members and 'the GFMD Civil Society Chairs for 2017 Wies Maas, 2016 Colin Rajah and 2015 Ignacio"
            + " Packer' (people: see their memberships).")
        .build());
    list.add(body("body-childrights", "Initiative on Child Rights in the Global Compacts", OrganisationType.NETWORK,
            Confidence.HIGH, seed004())
        .addAliases("Initiative for Child Rights in the Global Compacts")
        .addMemberIds("body-tdh", "body-save-the-children")
        .note("'brings together 29 organizations'; 'Coordinated by Terre des Hommes and Save the Children'; six"
            + " priorities: non-discrimination, best interests of the child, child protection, child immigration"
            + " detention, access to services, sustainable solutions (004). Only the two coordinators are named.")
        .build());
    list.add(body("body-quno", "Quaker United Nations Office, Geneva", OrganisationType.FAITH_BASED, Confidence.HIGH,
            seed004())
        .acronym("QUNO")
        .city("Geneva").country("CH")
        .note("Leads an informal group of NGOs in Geneva on the GCM ('Centering around 10 NGO members'), which"
            + " published 'A Human Rights Based Global Compact for Safe, Orderly and Regular Migration' (004). The"
            + " fact base row covers both the office and the group.")
        .build());
    list.add(body("body-osf", "Open Society Foundations 'Informal' group", OrganisationType.COMMITTEE,
            Confidence.HIGH, seed004())
        .note("'A new \"Informal\" group of academics and a number of representatives of UN agencies, states and NGOs"
            + " has been convened by the Open Society Foundations' (004).")
        .build());
    list.add(body("body-wimn", "Women in Migration Network", OrganisationType.WOMENS_RIGHTS, Confidence.HIGH,
            seed004())
        .note("Issue briefs for the GCM, June 2017 (004).")
        .build());
    list.add(body("body-unwomen", "UN Women", OrganisationType.UN_ENTITY, Confidence.HIGH, seed004())
        .build());
    list.add(body("body-eu", "European Union", OrganisationType.REGIONAL_BODY, Confidence.HIGH,
            seed002("funded by IOM with EU funds"), seed004("This project is funded by the European Union"))
        .acronym("EU")
        .build());
    list.add(body("body-rcsc-funders", "Governments of Australia, Switzerland and UAE (RCSC funders)",
            OrganisationType.OTHER, Confidence.HIGH,
            seed004("With funding from the Australian, Swiss and UAE Governments"))
        .addMemberIds("state-au", "state-ch", "state-ae")
        .note("The three governments that funded the seven RCSCs (004), grouped as the fact base groups them.")
        .build());
    list.add(body("body-trustfund", "Multi-stakeholder / voluntary trust fund for the conference and preparatory"
            + " process", OrganisationType.OTHER, Confidence.MEDIUM,
            seed000("There is a multi-stakeholder trust fund being established but just getting started and don’t know"
                + " parameters yet or how to access"),
            url("http://cimskerala.org/newsdetails.php?newsid=610"))
        .note("'It is being focused on MS reps but if there is a surplus, could be used for CSOs'; 'NGLS did ask for"
            + " funds for CSOs and it was denied' (000); a co-facilitator said in May 2018 that the fund was 'empty'"
            + " (cimskerala.org).")
        .build());
    list.add(body("body-unnm", "UN Network on Migration", OrganisationType.UN_ENTITY, Confidence.HIGH,
            seed002("UN Network design and architecture"), url(IISD_CONF))
        .note("Launched in December 2018; coordinated by IOM's Director General; supports the regional reviews.")
        .build());
    list.add(body("body-cs-iom-wg", "CS-IOM Working Group on IFuR", OrganisationType.COMMITTEE, Confidence.MEDIUM,
            seed002("CS-IOM Working Group on IFuR: Ensuring strong modalities and mechanisms for engagement in IFuR"))
        .note("IFuR = implementation, follow-up and review. 'Proposal for a standalone stakeholder platform that is"
            + " independent and directly relates to UN Network' (002).")
        .build());
    list.add(body("steer-cttee-2017", "Multi-stakeholder steering committee for the preparatory process (2017)",
            OrganisationType.COMMITTEE, Confidence.MEDIUM, seed000("Wil have steering committee again, including all"
                + " stakeholders, eg CSOs, academics, private sector, etc."))
        .addAliases("steering committee")
        .note("000 (17 Apr 2017): application 'will be released tomorrow' (18 Apr); 'Will likely be open application"
            + " process for 3-4 weeks'; 'Will likely run through the end of this year only' (so 2017-04-18 to"
            + " 2017-12 in the fact base); gender and geographical balance; 'All decisions rest with OPGA';"
            + " substitutes allowed; members bring their own translation support. All stated as plans; the"
            + " composition is not verified. The model has no period for an organisation, so the dates are here.")
        .build());

    // Named in the seeds or the fact base in a role, without a body row of their own.
    list.add(body("body-unga", "UN General Assembly", OrganisationType.UN_ENTITY, Confidence.HIGH, seed000(),
            seed003(), url(UN_PRESS_GA11902))
        .acronym("UNGA")
        .addAliases("General Assembly", "GA")
        .city("New York").country("US")
        .note("Adopted the resolutions of the process (res-71-1, res-71-280, res-72-244, ga-73-195, res-73-326).")
        .build());
    list.add(body("body-un", "United Nations", OrganisationType.UN_ENTITY, Confidence.HIGH, seed000(), url(SRSG_PAGE))
        .acronym("UN")
        .note("Used for the Secretary-General's post and for the conference held 'under UNGA auspices'.")
        .build());
    list.add(body("body-unodc", "United Nations Office on Drugs and Crime", OrganisationType.UN_ENTITY,
            Confidence.HIGH,
            url("https://www.unodc.org/unodc/en/frontpage/2017/October/stakeholders-meet-in-geneva-to-discuss-global-compact-on-migration.html"))
        .acronym("UNODC")
        .note("Ilias Chatzis (UNODC) moderated a panel of the second hearing; thematic session 5 met at the Vienna"
            + " International Centre (UNOV/UNODC).")
        .build());
    list.add(body("body-auc", "African Union Commission", OrganisationType.REGIONAL_BODY, Confidence.HIGH,
            url("https://archive.uneca.org/node/17161"))
        .acronym("AUC")
        .note("Co-organiser of the 2018 Africa meeting with the co-facilitators; partner of the 2021 Africa regional"
            + " review.")
        .build());
    list.add(body("body-unu", "UN University", OrganisationType.UN_ENTITY, Confidence.HIGH,
            seed000("UN University is current chair of GMG and doing a good job"))
        .acronym("UNU")
        .note("Chair of the Global Migration Group in April 2017 (000).")
        .build());
    list.add(body("body-adept", "Africa-Europe Diaspora Development Platform", OrganisationType.DIASPORA_ORGANISATION,
            Confidence.HIGH, seed004())
        .acronym("ADEPT")
        .note("Core Group member (004 footnote 1).")
        .build());
    list.add(body("body-caritas", "Caritas Internationalis", OrganisationType.FAITH_BASED, Confidence.HIGH, seed004())
        .note("Core Group member (004 footnote 1).")
        .build());
    list.add(body("body-simn", "Scalabrini International Migration Network", OrganisationType.FAITH_BASED,
            Confidence.HIGH, seed004())
        .acronym("SIMN")
        .note("Core Group member (004 footnote 1).")
        .build());
    list.add(body("body-tdh", "Terre des Hommes", OrganisationType.NGO, Confidence.HIGH, seed004())
        .note("Core Group member (004 footnote 1); co-coordinator of the Initiative on Child Rights in the Global"
            + " Compacts (004).")
        .build());
    list.add(body("body-save-the-children", "Save the Children", OrganisationType.NGO, Confidence.HIGH, seed004())
        .note("Co-coordinator of the Initiative on Child Rights in the Global Compacts (004).")
        .build());
    list.addAll(states());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Member States named in a role: speakers at the 14 Oct 2016 briefing (003), co-facilitators, hosts, chairs,
  // funders, the five that voted against A/RES/73/195, the IMRF co-facilitators.

  private static Organisation state(String code, String name, Source source, String note, String... aliases) {
    return Organisation.builder()
        .id("state-" + code.toLowerCase(java.util.Locale.ROOT))
        .name(name)
        .type(OrganisationType.MEMBER_STATE)
        .country(code)
        .addAliases(aliases)
        .addSources(source)
        .confidence(Confidence.HIGH)
        .note(note)
        .build();
  }

  static List<Organisation> states() {
    List<Organisation> list = new ArrayList<>();
    list.add(state("MX", "Mexico", seed004("two state co-facilitators, Mexico and Switzerland"),
        "GCM co-facilitator; host of the stocktaking meeting; spoke at the IOM briefing of 14 Oct 2016 (003)."));
    list.add(state("CH", "Switzerland", seed004("two state co-facilitators, Mexico and Switzerland"),
        "GCM co-facilitator (004); one of the three RCSC funders ('Swiss', 004)."));
    list.add(state("US", "United States", seed003(),
        "Spoke at the IOM briefing of 14 Oct 2016 (003, 'USA'); ended its participation in the process on 2 Dec 2017"
            + " (us-withdrawal); voted against A/RES/73/195.", "USA", "US"));
    list.add(state("LY", "Libya", seed003(), "Spoke at the IOM briefing of 14 Oct 2016 (003)."));
    list.add(state("SK", "Slovakia", seed003(), "Spoke at the IOM briefing of 14 Oct 2016 (003, 'Slovakia Republic').",
        "Slovakia Republic"));
    list.add(state("NL", "Netherlands", seed003(), "Spoke at the IOM briefing of 14 Oct 2016 (003).",
        "The Netherlands"));
    list.add(state("GT", "Guatemala", seed003(), "Spoke at the IOM briefing of 14 Oct 2016 (003)."));
    list.add(state("PH", "Philippines", seed003(),
        "Spoke at the IOM briefing of 14 Oct 2016 (003); its delegate Sarah Lou Y. Arriola chaired the ESCAP"
            + " preparatory meeting of 6-8 Nov 2017."));
    list.add(state("AU", "Australia", seed003(),
        "Spoke at the IOM briefing of 14 Oct 2016 (003); one of the three RCSC funders (004)."));
    list.add(state("SE", "Sweden", seed003(), "Spoke at the IOM briefing of 14 Oct 2016 (003)."));
    list.add(state("IE", "Ireland", seed003("the ambassadors of Jordan and Ireland"),
        "Co-facilitator of the New York Declaration negotiations (003; David Donoghue per res-71-1's sources)."));
    list.add(state("JO", "Jordan", seed003("the ambassadors of Jordan and Ireland"),
        "Co-facilitator of the New York Declaration negotiations (003; Dina Kawar per res-71-1's sources)."));
    list.add(state("DE", "Germany", seed000("Germany this year; Morocco next year"),
        "GFMD 2017-2018 co-chair; the GFMD of 2017 met in Berlin (004)."));
    list.add(state("MA", "Morocco", seed000("Germany this year; Morocco next year"),
        "GFMD 2017-2018 co-chair; host of the intergovernmental conference in Marrakech (004: 'takes place in"
            + " Morocco'); host of the 2021 Africa regional review.", "Kingdom of Morocco"));
    list.add(state("AE", "United Arab Emirates", seed004("With funding from the Australian, Swiss and UAE Governments"),
        "One of the three RCSC funders (004).", "UAE"));
    list.add(state("BD", "Bangladesh", seed004("to Bangladesh in December 2016"),
        "GFMD 2016 Chair (Dhaka summit); IMRF modalities co-facilitator (Masud Bin Momen)."));
    list.add(state("ML", "Mali", seed002("Limited government presence (exception of Mali)"),
        "The one government present at an RCSC in numbers (the Africa RCSC in Bamako, 002)."));
    list.add(state("CZ", "Czech Republic", url(UN_MULTIMEDIA_VOTE), "Voted against A/RES/73/195."));
    list.add(state("HU", "Hungary", url(UN_MULTIMEDIA_VOTE), "Voted against A/RES/73/195."));
    list.add(state("IL", "Israel", url(UN_MULTIMEDIA_VOTE), "Voted against A/RES/73/195."));
    list.add(state("PL", "Poland", url(UN_MULTIMEDIA_VOTE), "Voted against A/RES/73/195."));
    list.add(state("TH", "Thailand",
        url("https://www.iom.int/news/asia-pacific-states-prepare-global-compact-migration"),
        "Hosted the ESCAP Asia-Pacific preparatory meeting of 6-8 Nov 2017."));
    list.add(state("ES", "Spain", url(IISD_IMRF_COFAC),
        "IMRF modalities co-facilitator (Agustín Santos Maraver); co-chair of the 2nd UNECE regional review (2024)."));
    list.add(state("MD", "Republic of Moldova", url(UNECE_2024), "Co-chair of the 2nd UNECE regional review (2024)."));
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // People

  private static Person.Builder person(String id, String name, Confidence confidence, Source... sources) {
    return Person.builder().id(id).name(name).confidence(confidence).addSources(sources);
  }

  static List<Person> people() {
    List<Person> list = new ArrayList<>();
    list.add(person("person-swing", "William Lacy Swing", Confidence.HIGH, seed001(), seed003(), seed000())
        .addAliases("DG Swing", "Director General Swing", "Director-General William Lacy Swing")
        .build());
    list.add(person("person-klein-solomon", "Michele Klein-Solomon", Confidence.HIGH, seed003(), seed001(), seed000())
        .addAliases("Michelle Klein-Solomon", "Michelle K-S", "MKS", "MSK")
        .note("000 spells 'Michelle' and abbreviates 'MKS' (once 'MSK').")
        .build());
    list.add(person("person-sarmad", "Ovais Sarmad", Confidence.HIGH, seed003()).build());
    list.add(person("person-rajah", "Colin Rajah", Confidence.HIGH, seed000(), seed001(), seed004()).build());
    list.add(person("person-alzner", "Susan Alzner", Confidence.HIGH, seed000("Susan Alzner – NGLS")).build());
    list.add(person("person-jonathan", "Jonathan", Confidence.LOW,
            seed000("SRSG’s Office for International Migration – Jonathan (just started this week)"))
        .note("Known only by his first name; surname unknown (domain.md 7).")
        .build());
    list.add(person("person-arbour", "Louise Arbour", Confidence.HIGH, seed004(), seed000(), url(SRSG_PAGE))
        .addAliases("Louise", "Ms. Louise Arbour", "Special Rap Louise Arbour")
        .note("000 calls her 'Special Rap Louise Arbour': she was SRSG, not Special Rapporteur (the Special Rapporteur"
            + " on the human rights of migrants was François Crépeau).")
        .build());
    list.add(person("person-sutherland", "Peter Sutherland", Confidence.HIGH,
            seed003("We are grateful to Peter Sutherland for his work since 2007: GFMD has become a main avenue/tool for"
                + " these discussions."), url(SRSG_PAGE))
        .build());
    list.add(person("person-vitillo", "Robert Vitillo", Confidence.HIGH, seed001("Robert Vitillo, ICMC")).build());
    list.add(person("person-gois", "William Gois", Confidence.HIGH, seed001("William Gois, MFA")).build());
    list.add(person("person-belloni", "Maria Pia Belloni Mignatti", Confidence.HIGH,
            seed001("Maria Pia Belloni Mignatti, NGO Committee on Migration"), seed000())
        .addAliases("Maria Pia Belloni")
        .build());
    list.add(person("person-valdez", "Berenice Valdez Rivera", Confidence.HIGH,
            seed001("Berenice Valdez Rivera, IMUMI / COMPA"), seed000())
        .addAliases("Berenice")
        .build());
    list.add(person("person-maas", "Wies Maas", Confidence.HIGH, seed004()).build());
    list.add(person("person-packer", "Ignacio Packer", Confidence.HIGH, seed004()).build());
    list.add(person("person-lala", "Lala", Confidence.LOW,
            seed000("Lala on phone: network of refugee and migrants’ organizations"))
        .note("Known only by this name; took part by phone on 17 April 2017 for a network of refugee and migrants'"
            + " organisations in the Middle East (000); identity unknown (domain.md 7).")
        .build());
    list.add(person("person-eva", "Eva", Confidence.LOW, seed000("IOM staff person (Eva?) seconded to this office"))
        .note("000 writes the name with a question mark: 'IOM staff person (Eva?) seconded to this office'; the name"
            + " itself is uncertain.")
        .build());
    list.add(person("person-gomez-camacho", "Juan José Gómez Camacho", Confidence.HIGH, url(IISD_MODALITIES_AGREED),
            url(IISD_ELEMENTS))
        .addAliases("Juan Jose Gomez Camacho")
        .build());
    list.add(person("person-lauber", "Jürg Lauber", Confidence.HIGH, url(IISD_MODALITIES_AGREED), url(IISD_ELEMENTS))
        .addAliases("Jurg Lauber")
        .build());
    list.add(person("person-donoghue", "David Donoghue", Confidence.HIGH,
            url("https://adattar.minorityforum.info/en/entity/psvslsojt2r/metadata?page=22"),
            url("https://studylib.net/doc/18387227/draft-declaration"))
        .build());
    list.add(person("person-kawar", "Dina Kawar", Confidence.HIGH,
            url("https://adattar.minorityforum.info/en/entity/psvslsojt2r/metadata?page=22"),
            url("https://studylib.net/doc/18387227/draft-declaration"))
        .build());
    list.add(person("person-thomson", "Peter Thomson", Confidence.HIGH,
            url("https://refugeesmigrants.un.org/26-july-multi-stakeholder-hearing"))
        .build());
    list.add(person("person-lajcak", "Miroslav Lajčák", Confidence.HIGH,
            url("https://www.un.org/pga/72/2017/10/11/second-informal-interactive-multi-stakeholder-hearing/"),
            url(Refs.UN_PRESS_DEV3304))
        .addAliases("Miroslav Lajcak")
        .build());
    list.add(person("person-espinosa", "María Fernanda Espinosa Garcés", Confidence.HIGH, url(UN_MULTIMEDIA_VOTE))
        .addAliases("Maria Fernanda Espinosa Garces")
        .build());
    list.add(person("person-bourita", "Nasser Bourita", Confidence.HIGH, url(UN_CONF)).build());
    list.add(person("person-guterres", "António Guterres", Confidence.HIGH, url(SRSG_PAGE),
            seed000("HC Guterrez said we were born joined at the hip in 1951"))
        .addAliases("Antonio Guterres", "Guterrez", "HC Guterrez")
        .note("000 spells 'Guterrez'.")
        .build());
    list.add(person("person-grandi", "Filippo Grandi", Confidence.HIGH,
            seed003("Director General Swing and High Commissioner Grandi have already met"))
        .addAliases("High Commissioner Grandi")
        .note("003 gives only the surname; the first name is not in the seeds.")
        .build());
    list.add(person("person-crepeau", "François Crépeau", Confidence.MEDIUM,
            url("https://adattar.minorityforum.info/en/entity/p5k2dhr9xji/metadata?page=25"))
        .addAliases("Francois Crepeau")
        .build());
    list.add(person("person-arriola", "Sarah Lou Y. Arriola", Confidence.HIGH,
            url("https://docslib.org/doc/3283949/report-of-the-asia-pacific-regional-preparatory-meeting-for-the-global-compact-for-safe-orderly-and-regular-migration"))
        .build());
    list.add(person("person-chatzis", "Ilias Chatzis", Confidence.HIGH,
            url("https://www.unodc.org/unodc/en/frontpage/2017/October/stakeholders-meet-in-geneva-to-discuss-global-compact-on-migration.html"))
        .build());
    list.add(person("person-albright", "Madeleine Albright", Confidence.HIGH, url(IISD_CONF)).build());
    list.add(person("person-johnson-sirleaf", "Ellen Johnson Sirleaf", Confidence.HIGH, url(IISD_CONF)).build());
    list.add(person("person-santos-maraver", "Agustín Santos Maraver", Confidence.MEDIUM, url(IISD_IMRF_COFAC),
            url(IISD_IMRF_AGREED))
        .addAliases("Agustin Santos Maraver")
        .build());
    list.add(person("person-bin-momen", "Masud Bin Momen", Confidence.MEDIUM, url(IISD_IMRF_COFAC),
            url(IISD_IMRF_AGREED))
        .build());
    list.add(person("person-sachs", "Jeffrey Sachs", Confidence.HIGH,
            seed003("with reference to the speech given by Jeffrey Sachs at the IDM"))
        .note("Named by Guatemala at the IOM briefing of 14 Oct 2016 (003) for a speech at the IDM; that IDM session is"
            + " not itself in the seeds or the fact base, so no participation is recorded.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Memberships: the roles people held (domain.md 3.6-3.8); participations at events are on the events.

  private static Membership.Builder role(String personId, Role role, Confidence confidence, Source... sources) {
    return Membership.builder().personId(personId).role(role).confidence(confidence).addSources(sources);
  }

  static List<Membership> memberships() {
    List<Membership> list = new ArrayList<>();
    list.add(role("person-swing", Role.HEAD_OF_ORGANISATION, Confidence.HIGH,
            seed003("William Lacy Swing, Director General, IOM"), seed001("Director-General William Lacy Swing"))
        .organisationId("body-iom").title("Director General").build());
    list.add(role("person-klein-solomon", Role.DIRECTOR, Confidence.HIGH,
            seed003("Michele Klein-Solomon, Director, Migration Policy and Research Department, IOM"))
        .organisationId("body-iom").title("Director, Migration Policy and Research Department").build());
    list.add(role("person-sarmad", Role.CHIEF_OF_STAFF, Confidence.HIGH,
            seed003("Ovais Sarmad, IOM Chief of staff"))
        .organisationId("body-iom").title("Chief of staff").build());
    list.add(role("person-rajah", Role.LIAISON, Confidence.MEDIUM,
            seed002("Creation of Independent Civil Society Liaison Role"),
            seed000("Having Colin brought on means that we won’t be lax in engaging with CSOs"))
        .organisationId("body-iom").title("Civil Society Liaison")
        .note("Inferred by the fact base from 000 and 002 (domain.md 3.8); neither seed gives his title in one"
            + " sentence.")
        .build());
    list.add(role("person-rajah", Role.CHAIR, Confidence.HIGH, seed004("2016 Colin Rajah"))
        .organisationId("body-gfmd").title("GFMD Civil Society Chair (2016)")
        .start(d("2016")).end(d("2016")).build());
    list.add(role("person-maas", Role.CHAIR, Confidence.HIGH, seed004("the GFMD Civil Society Chairs for 2017 Wies Maas"))
        .organisationId("body-gfmd").title("GFMD Civil Society Chair (2017)")
        .start(d("2017")).end(d("2017")).build());
    list.add(role("person-packer", Role.CHAIR, Confidence.HIGH, seed004("2015 Ignacio Packer"))
        .organisationId("body-gfmd").title("GFMD Civil Society Chair (2015)")
        .start(d("2015")).end(d("2015")).build());
    for (String p : List.of("person-maas", "person-rajah", "person-packer")) {
      list.add(role(p, Role.MEMBER, Confidence.HIGH, seed004("The Core Group members that were active in the drafting"
              + " of the Now + How: 10 Acts for the Global Compact were"))
          .organisationId("body-coregroup").title("GFMD Civil Society Chair in the Core Group").build());
    }
    list.add(role("person-vitillo", Role.MEMBER, Confidence.HIGH, seed001("Robert Vitillo, ICMC"))
        .organisationId("body-icmc").note("001 gives the affiliation, not the post.").build());
    list.add(role("person-gois", Role.MEMBER, Confidence.HIGH, seed001("William Gois, MFA"))
        .organisationId("body-mfa").note("001 gives the affiliation, not the post.").build());
    list.add(role("person-belloni", Role.MEMBER, Confidence.HIGH,
            seed001("Maria Pia Belloni Mignatti, NGO Committee on Migration"))
        .organisationId("body-ngocm").note("001 gives the affiliation, not the post.").build());
    list.add(role("person-valdez", Role.MEMBER, Confidence.HIGH, seed001("Berenice Valdez Rivera, IMUMI / COMPA"))
        .organisationId("body-imumi").note("001 gives the affiliation, not the post.").build());
    list.add(role("person-alzner", Role.FOCAL_POINT, Confidence.HIGH,
            seed000("Leading work on the migration process"))
        .organisationId("body-ngls").title("NGLS focal point for the migration process").build());
    list.add(role("person-jonathan", Role.STAFF, Confidence.MEDIUM,
            seed000("SRSG’s Office for International Migration – Jonathan (just started this week)"))
        .organisationId("body-srsg")
        .start(d("2017-04-17~").withSourceText("just started this week"))
        .note("'this week' is the week of the meeting notes, 17 April 2017; the day is approximate.")
        .build());
    list.add(role("person-eva", Role.STAFF, Confidence.LOW, seed000("IOM staff person (Eva?) seconded to this office"))
        .organisationId("body-iom")
        .title("IOM staff person seconded to the SRSG's office")
        .note("Seconded to the office of the SRSG (000 names it just after 'Special Rap Louise Arbour').")
        .build());
    list.add(role("person-arbour", Role.SRSG, Confidence.HIGH, url(SRSG_PAGE), seed004())
        .organisationId("body-srsg")
        .title("Special Representative of the Secretary-General for International Migration")
        .start(d("2017-03-09"))
        .note("Fact base row appt-arbour: appointed 9 March 2017 by Secretary-General António Guterres, succeeding"
            + " Peter Sutherland. 000 (17 Apr 2017) says the office 'officially started three months ago' and was"
            + " staffed only 'within the last 10 days' - inconsistent with a 9 March appointment; kept as stated.")
        .build());
    list.add(role("person-arbour", Role.DECISION_MAKER, Confidence.HIGH,
            seed000("Louise will have her voice in concept notes too and she is the final decision-maker"))
        .organisationId("body-srsg").title("Final decision-maker on the concept notes of the thematic sessions")
        .build());
    list.add(role("person-arbour", Role.SECRETARY_GENERAL, Confidence.HIGH, url(UN_CONF), url(SRSG_PAGE))
        .title("Secretary-General of the Intergovernmental Conference to Adopt the GCM")
        .build());
    list.add(role("person-sutherland", Role.SRSG, Confidence.MEDIUM, url(SRSG_PAGE))
        .title("Special Representative of the Secretary-General on Migration")
        .start(d("2006-01")).end(d("2017"))
        .note("Predecessor of Louise Arbour (fact base row appt-arbour: 'SRSG on Migration since January 2006'); the"
            + " end year is domain.md 3.8's. His report A/71/728 is document doc-a71-728.")
        .build());
    list.add(role("person-gomez-camacho", Role.CO_FACILITATOR, Confidence.HIGH, url(IISD_MODALITIES_AGREED),
            url(IISD_ELEMENTS))
        .organisationId("body-cofac").onBehalfOf("state-mx")
        .title("Permanent Representative of Mexico to the UN; co-facilitator of the modalities and of the GCM")
        .build());
    list.add(role("person-lauber", Role.CO_FACILITATOR, Confidence.HIGH, url(IISD_MODALITIES_AGREED),
            url(IISD_ELEMENTS))
        .organisationId("body-cofac").onBehalfOf("state-ch")
        .title("Permanent Representative of Switzerland to the UN; co-facilitator of the modalities and of the GCM")
        .build());
    list.add(role("person-donoghue", Role.CO_FACILITATOR, Confidence.HIGH,
            url("https://adattar.minorityforum.info/en/entity/psvslsojt2r/metadata?page=22"),
            seed003("Admiration expressed for the work done by the ambassadors of Jordan and Ireland"))
        .onBehalfOf("state-ie").title("Co-facilitator of the New York Declaration").build());
    list.add(role("person-kawar", Role.CO_FACILITATOR, Confidence.HIGH,
            url("https://adattar.minorityforum.info/en/entity/psvslsojt2r/metadata?page=22"),
            seed003("Admiration expressed for the work done by the ambassadors of Jordan and Ireland"))
        .onBehalfOf("state-jo").title("Co-facilitator of the New York Declaration").build());
    list.add(role("person-thomson", Role.PRESIDENT_OF_THE_GENERAL_ASSEMBLY, Confidence.HIGH,
            url("https://refugeesmigrants.un.org/26-july-multi-stakeholder-hearing"))
        .organisationId("body-opga").title("President of the 71st session of the General Assembly").build());
    list.add(role("person-lajcak", Role.PRESIDENT_OF_THE_GENERAL_ASSEMBLY, Confidence.HIGH,
            url("https://www.un.org/pga/72/2017/10/11/second-informal-interactive-multi-stakeholder-hearing/"))
        .organisationId("body-opga").title("President of the 72nd session of the General Assembly").build());
    list.add(role("person-espinosa", Role.PRESIDENT_OF_THE_GENERAL_ASSEMBLY, Confidence.HIGH, url(UN_MULTIMEDIA_VOTE),
            url(JURIST_VOTE))
        .organisationId("body-opga").title("President of the 73rd session of the General Assembly").build());
    list.add(role("person-guterres", Role.SECRETARY_GENERAL, Confidence.HIGH, url(SRSG_PAGE))
        .organisationId("body-un").title("Secretary-General of the United Nations")
        .note("Appointed Louise Arbour SRSG on 9 March 2017 (fact base row appt-arbour). 000: 'In first year in UN and"
            + " new SG'.")
        .build());
    list.add(role("person-guterres", Role.HEAD_OF_ORGANISATION, Confidence.MEDIUM,
            seed000("HC Guterrez said we were born joined at the hip in 1951"))
        .organisationId("body-unhcr").title("High Commissioner for Refugees")
        .note("000 refers to him as 'HC' (High Commissioner); the seeds give no dates for the post.")
        .build());
    list.add(role("person-grandi", Role.HEAD_OF_ORGANISATION, Confidence.HIGH,
            seed003("Director General Swing and High Commissioner Grandi have already met to collaborate"))
        .organisationId("body-unhcr").title("High Commissioner").build());
    list.add(role("person-crepeau", Role.SPECIAL_RAPPORTEUR, Confidence.MEDIUM,
            url("https://adattar.minorityforum.info/en/entity/p5k2dhr9xji/metadata?page=25"))
        .title("Special Rapporteur on the human rights of migrants")
        .note("Author of the report on a 2035 agenda (doc-sr-2035), listed in 004's reading.")
        .build());
    list.add(role("person-chatzis", Role.STAFF, Confidence.HIGH,
            url("https://www.unodc.org/unodc/en/frontpage/2017/October/stakeholders-meet-in-geneva-to-discuss-global-compact-on-migration.html"))
        .organisationId("body-unodc").note("The fact base gives the affiliation, not the post.").build());
    list.add(role("person-santos-maraver", Role.CO_FACILITATOR, Confidence.MEDIUM, url(IISD_IMRF_COFAC),
            url(IISD_IMRF_AGREED))
        .onBehalfOf("state-es")
        .title("Co-facilitator of the negotiations on the IMRF's format and organizational aspects (A/RES/73/326)")
        .build());
    list.add(role("person-bin-momen", Role.CO_FACILITATOR, Confidence.MEDIUM, url(IISD_IMRF_COFAC),
            url(IISD_IMRF_AGREED))
        .onBehalfOf("state-bd")
        .title("Co-facilitator of the negotiations on the IMRF's format and organizational aspects (A/RES/73/326)")
        .build());
    return list;
  }
}

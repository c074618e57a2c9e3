package org.gcmkit.benchmarks;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Hand-written plain classes for the JSON of a generated data set: public fields, no builders, no validation of
 * values, enums as strings. Plain Jackson binding them is the floor of {@link JsonBenchmark}: the cost of the JSON
 * itself, without gcmkit's immutable values, codecs and checks.
 */
public final class PlainDataSet {
  /** The format. */
  public String format;
  /** The title. */
  public String title;
  /** The description. */
  public String description;
  /** As of. */
  public Instant asOf;
  /** The phases. */
  public List<Phase> phases;
  /** The events. */
  public List<Event> events;
  /** The organisations. */
  public List<Organisation> organisations;
  /** The people. */
  public List<Person> people;

  /** A phase. */
  public static final class Phase {
    /** The id. */
    public String id;
    /** The kind. */
    public String kind;
    /** The name. */
    public String name;
    /** The window, a fuzzy date. */
    public String window;
    /** The sources. */
    public List<Source> sources;
  }

  /** An event. */
  public static final class Event {
    /** The id. */
    public String id;
    /** The kind. */
    public String kind;
    /** The title. */
    public String title;
    /** The description. */
    public String description;
    /** The phase. */
    public String phaseId;
    /** The timing. */
    public Timing timing;
    /** The place. */
    public Place place;
    /** The status. */
    public String status;
    /** The participants. */
    public List<Participation> participants;
    /** The headcounts. */
    public List<Headcount> headcounts;
    /** The languages. */
    public List<String> languages;
    /** The Acts. */
    public List<Integer> acts;
    /** The objectives. */
    public List<Integer> objectives;
    /** The URL. */
    public URI url;
    /** Created. */
    public Instant created;
    /** The sources. */
    public List<Source> sources;
  }

  /** A timing. */
  public static final class Timing {
    /** The start. */
    public LocalDateTime start;
    /** The end. */
    public LocalDateTime end;
    /** The zone. */
    public ZoneId zone;
  }

  /** A place. */
  public static final class Place {
    /** The venue. */
    public String venue;
    /** The city. */
    public String city;
    /** The country. */
    public String country;
    /** The zone. */
    public ZoneId zone;
  }

  /** A participation. */
  public static final class Participation {
    /** The role. */
    public String role;
    /** The person. */
    public String personId;
    /** The organisation. */
    public String organisationId;
  }

  /** A headcount. */
  public static final class Headcount {
    /** The basis. */
    public String basis;
    /** The category. */
    public String category;
    /** The minimum. */
    public Integer minimum;
    /** The maximum. */
    public Integer maximum;
  }

  /** An organisation. */
  public static final class Organisation {
    /** The id. */
    public String id;
    /** The name. */
    public String name;
    /** The type. */
    public String type;
    /** The country. */
    public String country;
    /** The city. */
    public String city;
    /** The URL. */
    public URI url;
    /** The sources. */
    public List<Source> sources;
  }

  /** A person. */
  public static final class Person {
    /** The id. */
    public String id;
    /** The name. */
    public String name;
    /** Whether a migrant; absent for false. */
    public Boolean migrant;
    /** The sources. */
    public List<Source> sources;
  }

  /** A source. */
  public static final class Source {
    /** The reference. */
    public String reference;
  }
}

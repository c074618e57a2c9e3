package org.gcmkit.io.json.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Strict, explicit (de)serializers for the JDK types of the model: ISO 8601 text for dates, instants, durations and
 * periods, IANA ids for zones, RFC 3986 text for URIs, and JSON numbers for decimals. The mix-ins name them on each
 * property, so that they apply to gcmkit's types only and never change how an application's own mapper handles
 * these JDK types.
 */
public final class ScalarCodecs {

  private ScalarCodecs() {}

  static String requireString(JsonParser p, Class<?> type, String expected) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw BadValueException.wrongToken(p, type, expected);
    }
    return p.getString();
  }

  static int index(DateTimeParseException e) {
    return e.getErrorIndex();
  }

  /** Writes any value as its {@code toString()}. */
  public static final class ToStringSerializer extends StdSerializer<Object> {
    /** The serializer. */
    public ToStringSerializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toString());
    }
  }

  /** Reads an ISO 8601 calendar date, {@code 2018-12-10}. */
  public static final class LocalDateDeserializer extends StdDeserializer<LocalDate> {
    static final String EXPECTED = "an ISO 8601 date (YYYY-MM-DD)";

    /** The deserializer. */
    public LocalDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireString(p, LocalDate.class, EXPECTED);
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw BadValueException.badString(p, LocalDate.class, EXPECTED, text, detail(e), index(e));
      }
    }
  }

  /** Reads an ISO 8601 instant in UTC, {@code 2018-12-10T08:00:00Z}. */
  public static final class InstantDeserializer extends StdDeserializer<Instant> {
    static final String EXPECTED = "an ISO 8601 instant in UTC (YYYY-MM-DDThh:mm:ssZ)";

    /** The deserializer. */
    public InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireString(p, Instant.class, EXPECTED);
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw BadValueException.badString(p, Instant.class, EXPECTED, text, detail(e), index(e));
      }
    }
  }

  /** Reads an ISO 8601 duration, {@code PT1H30M}. */
  public static final class DurationDeserializer extends StdDeserializer<Duration> {
    static final String EXPECTED = "an ISO 8601 duration such as PT1H30M";

    /** The deserializer. */
    public DurationDeserializer() {
      super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireString(p, Duration.class, EXPECTED);
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw BadValueException.badString(p, Duration.class, EXPECTED, text, null, index(e));
      }
    }
  }

  /** Reads an ISO 8601 period, {@code P-21D}. */
  public static final class PeriodDeserializer extends StdDeserializer<Period> {
    static final String EXPECTED = "an ISO 8601 period such as P21D or P-3W";

    /** The deserializer. */
    public PeriodDeserializer() {
      super(Period.class);
    }

    @Override
    public Period deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireString(p, Period.class, EXPECTED);
      try {
        return Period.parse(text);
      } catch (DateTimeParseException e) {
        throw BadValueException.badString(p, Period.class, EXPECTED, text, null, index(e));
      }
    }
  }

  /** Reads a time-zone id, {@code Europe/Zurich}; ids are looked up once and shared, up to a bound. */
  public static final class ZoneIdDeserializer extends StdDeserializer<ZoneId> {
    static final String EXPECTED = "an IANA time-zone id such as Europe/Zurich";
    /** More than the IANA database has, so a hostile document cannot grow the cache without bound. */
    private static final int MAX_CACHED_ZONES = 2048;
    private static final ConcurrentMap<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    /** The deserializer. */
    public ZoneIdDeserializer() {
      super(ZoneId.class);
    }

    @Override
    public ZoneId deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireString(p, ZoneId.class, EXPECTED);
      ZoneId zone = ZONES.get(text);
      if (zone != null) {
        return zone;
      }
      try {
        zone = ZoneId.of(text);
      } catch (DateTimeException e) {
        throw BadValueException.badString(p, ZoneId.class, EXPECTED, text, "no such zone", -1);
      }
      if (ZONES.size() < MAX_CACHED_ZONES) {
        ZONES.putIfAbsent(text, zone);
      }
      return zone;
    }
  }

  /** Reads a URI reference as RFC 3986 text. */
  public static final class UriDeserializer extends StdDeserializer<URI> {
    static final String EXPECTED = "a URI such as https://example.org/";

    /** The deserializer. */
    public UriDeserializer() {
      super(URI.class);
    }

    @Override
    public URI deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireString(p, URI.class, EXPECTED);
      try {
        return new URI(text);
      } catch (URISyntaxException e) {
        throw BadValueException.badString(p, URI.class, EXPECTED, text, e.getReason(), e.getIndex());
      }
    }
  }

  /**
   * Writes a decimal as a JSON number with its exact digits and scale ({@link BigDecimal#toString()}, so that
   * {@code 1.50} stays {@code 1.50} and {@code 1E+3} stays {@code 1E+3} whatever the mapper's
   * {@code WRITE_BIGDECIMAL_AS_PLAIN}); a generator that builds a tree gets the decimal itself.
   */
  public static final class DecimalSerializer extends StdSerializer<BigDecimal> {
    /** The serializer. */
    public DecimalSerializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
      if (gen.streamWriteCapabilities().isEnabled(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS)) {
        gen.writeNumber(value.toString());
      } else {
        gen.writeNumber(value);
      }
    }
  }

  /** Reads a JSON number as a decimal with its exact digits and scale. */
  public static final class DecimalDeserializer extends StdDeserializer<BigDecimal> {
    /** The deserializer. */
    public DecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw BadValueException.wrongToken(p, BigDecimal.class, "a number");
      }
      return p.getDecimalValue();
    }
  }

  private static @Nullable String detail(DateTimeParseException e) {
    String m = e.getMessage();
    int at = m == null ? -1 : m.indexOf(": ");
    // java.time's messages read "Text '2017-02-30' could not be parsed: Invalid date 'FEBRUARY 30'"; those without
    // a reason ("... could not be parsed at index 5") say nothing that the position does not.
    return at >= 0 && at + 2 < m.length() ? m.substring(at + 2) : null;
  }
}

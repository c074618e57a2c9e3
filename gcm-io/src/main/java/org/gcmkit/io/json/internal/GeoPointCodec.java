package org.gcmkit.io.json.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.gcmkit.model.GeoPoint;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** A {@link GeoPoint} is {@code {"lat": 46.2266, "lon": 6.1405}}, in decimal degrees on WGS 84. */
public final class GeoPointCodec {

  static final String EXPECTED = "an object with 'lat' and 'lon' in decimal degrees";
  private static final SerializedString LAT = new SerializedString("lat");
  private static final SerializedString LON = new SerializedString("lon");
  private static final String[] NAMES = {"lat", "lon"};
  private static final Set<String> KNOWN = Set.of(NAMES);

  private GeoPointCodec() {}

  /** Writes a point. */
  public static final class Serializer extends StdSerializer<GeoPoint> {
    /** The serializer. */
    public Serializer() {
      super(GeoPoint.class);
    }

    @Override
    public void serialize(GeoPoint value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value, 2);
      gen.writeName(LAT);
      gen.writeNumber(value.latitude());
      gen.writeName(LON);
      gen.writeNumber(value.longitude());
      gen.writeEndObject();
    }
  }

  /** Reads a point. */
  public static final class Deserializer extends StdDeserializer<GeoPoint> {
    /** The deserializer. */
    public Deserializer() {
      super(GeoPoint.class);
    }

    @Override
    public GeoPoint deserialize(JsonParser p, DeserializationContext ctxt) {
      ObjectReading.requireObject(p, GeoPoint.class, EXPECTED);
      TokenStreamLocation start = p.currentTokenLocation();
      double lat = 0;
      double lon = 0;
      boolean[] present = new boolean[2];
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if (!KNOWN.contains(name)) {
          // outside the try: the exception already names the property
          ctxt.handleUnknownProperty(p, this, GeoPoint.class, name);
          continue;
        }
        try {
          if (name.equals("lat")) {
            present[0] = true;
            lat = ObjectReading.readDouble(p, GeoPoint.class);
          } else if (name.equals("lon")) {
            present[1] = true;
            lon = ObjectReading.readDouble(p, GeoPoint.class);
          }
        } catch (JacksonException e) {
          throw ObjectReading.atProperty(e, GeoPoint.class, name);
        }
      }
      ObjectReading.requirePresent(p, GeoPoint.class, start, NAMES, present);
      try {
        return GeoPoint.of(lat, lon);
      } catch (IllegalArgumentException e) {
        throw BadValueException.badValue(
            p,
            GeoPoint.class,
            "a latitude from -90 to 90 and a longitude from -180 to 180",
            "lat " + lat + ", lon " + lon,
            start);
      }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return List.of((Object[]) NAMES);
    }
  }
}

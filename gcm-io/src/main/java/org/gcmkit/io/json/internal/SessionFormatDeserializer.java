package org.gcmkit.io.json.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.gcmkit.model.SessionFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link SessionFormat}, which has a factory and no builder: {@code {"rounds": 2, "sessionsPerRound": 10,
 * "sessionLength": "PT1H30M"}}, all three required.
 */
public final class SessionFormatDeserializer extends StdDeserializer<SessionFormat> {

  private static final String[] NAMES = {"rounds", "sessionsPerRound", "sessionLength"};
  private static final Set<String> KNOWN = Set.of(NAMES);
  private final ScalarCodecs.DurationDeserializer durations = new ScalarCodecs.DurationDeserializer();

  /** The deserializer. */
  public SessionFormatDeserializer() {
    super(SessionFormat.class);
  }

  @Override
  public SessionFormat deserialize(JsonParser p, DeserializationContext ctxt) {
    ObjectReading.requireObject(p, SessionFormat.class, "an object");
    TokenStreamLocation start = p.currentTokenLocation();
    int rounds = 0;
    int perRound = 0;
    Duration length = null;
    boolean[] present = new boolean[3];
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      if (!KNOWN.contains(name)) {
        // outside the try: the exception already names the property
        ctxt.handleUnknownProperty(p, this, SessionFormat.class, name);
        continue;
      }
      try {
        switch (name) {
          case "rounds":
            present[0] = true;
            rounds = ObjectReading.readInt(p, SessionFormat.class);
            break;
          case "sessionsPerRound":
            present[1] = true;
            perRound = ObjectReading.readInt(p, SessionFormat.class);
            break;
          case "sessionLength":
            present[2] = true;
            length = durations.deserialize(p, ctxt);
            break;
        }
      } catch (JacksonException e) {
        throw ObjectReading.atProperty(e, SessionFormat.class, name);
      }
    }
    ObjectReading.requirePresent(p, SessionFormat.class, start, NAMES, present);
    return SessionFormat.of(rounds, perRound, length);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.of((Object[]) NAMES);
  }
}

package org.gcmkit.model;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The declared format of an event's group sessions: how many rounds, how many parallel sessions per round, how long
 * each session lasts. The civil society stocktaking of December 2017 had "10 Group Sessions, divided into two rounds
 * of 5 sessions, each 1.5 hours"; validation checks the programme against it.
 *
 * <pre>{@code
 * SessionFormat format = SessionFormat.of(2, 5, Duration.ofMinutes(90));
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SessionFormat {

  SessionFormat() {}

  /**
   * A format.
   *
   * @param rounds the number of rounds
   * @param sessionsPerRound the number of parallel sessions in each round
   * @param sessionLength the length of each session
   * @return the format
   */
  public static SessionFormat of(int rounds, int sessionsPerRound, Duration sessionLength) {
    return ImmutableSessionFormat.builder()
        .rounds(rounds)
        .sessionsPerRound(sessionsPerRound)
        .sessionLength(sessionLength)
        .build();
  }

  /**
   * The number of rounds.
   *
   * @return the rounds
   */
  @Positive
  public abstract int rounds();

  /**
   * The number of parallel group sessions in each round.
   *
   * @return the sessions per round
   */
  @Positive
  public abstract int sessionsPerRound();

  /**
   * How long each session lasts.
   *
   * @return the length
   */
  public abstract Duration sessionLength();

  /**
   * The total number of group sessions.
   *
   * @return rounds times sessions per round
   */
  public final int totalSessions() {
    return rounds() * sessionsPerRound();
  }
}

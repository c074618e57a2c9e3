package org.gcmkit.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How a resolution or text was adopted: without a vote, by consensus, or by a recorded vote with its counts.
 *
 * <p>The General Assembly endorsed the compact on 19 December 2018 by a recorded vote of 152 in favour, 5 against
 * and 12 abstentions, with 24 Member States not voting: the counts add up to the membership of 193, which
 * validation checks when {@link #membership()} is given.
 *
 * <pre>{@code
 * VoteResult endorsement = VoteResult.builder()
 *     .method(VoteMethod.RECORDED_VOTE)
 *     .inFavour(152).against(5).abstentions(12).notVoting(24)
 *     .membership(193)
 *     .addAgainstIds("state-cz", "state-hu", "state-il", "state-pl", "state-us")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class VoteResult implements WithVoteResult {

  VoteResult() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How the decision was taken.
   *
   * @return the method
   */
  public abstract VoteMethod method();

  /**
   * Votes in favour.
   *
   * @return the count, or empty
   */
  @PositiveOrZero
  public abstract OptionalInt inFavour();

  /**
   * Votes against.
   *
   * @return the count, or empty
   */
  @PositiveOrZero
  public abstract OptionalInt against();

  /**
   * Abstentions.
   *
   * @return the count, or empty
   */
  @PositiveOrZero
  public abstract OptionalInt abstentions();

  /**
   * Members present or not who did not vote.
   *
   * @return the count, or empty
   */
  @PositiveOrZero
  public abstract OptionalInt notVoting();

  /**
   * The number of members of the body, which the counts should add up to.
   *
   * @return the membership, or empty
   */
  @PositiveOrZero
  public abstract OptionalInt membership();

  /**
   * The ids of the States that voted against.
   *
   * @return the ids
   */
  public abstract List<String> againstIds();

  /**
   * A note, for example "as orally amended".
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /** Builds {@link VoteResult} values; {@code method} is required. */
  public static final class Builder extends ImmutableVoteResult.Builder {
    Builder() {}
  }
}

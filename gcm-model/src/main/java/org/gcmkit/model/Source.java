package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: one of the seed documents (by file name) or a public page (by URL), optionally with the
 * place in it and the words it uses.
 *
 * <pre>{@code
 * Source seed = Source.of("004_92770983771948fb.txt");
 * Source quoted = Source.builder()
 *     .reference("004_92770983771948fb.txt")
 *     .quote("Each group session is expected to have between 7 and 15 civil society participants")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Source {

  Source() {}

  /**
   * A source with only a reference.
   *
   * @param reference a seed file name or a URL
   * @return the source
   */
  public static Source of(String reference) {
    return builder().reference(reference).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The seed file name (for example {@code "000_efcee90ecae86aab.txt"}) or the URL of the source.
   *
   * @return the reference
   */
  @NotBlank
  public abstract String reference();

  /**
   * Where in the source: a page, a paragraph, a section.
   *
   * @return the locator, or empty
   */
  public abstract Optional<String> locator();

  /**
   * The words of the source that state the fact, verbatim.
   *
   * @return the quote, or empty
   */
  public abstract Optional<String> quote();

  /**
   * Whether the reference is a web address.
   *
   * @return {@code true} when the reference starts with {@code http://} or {@code https://}
   */
  public final boolean isUrl() {
    String r = reference();
    return r.startsWith("https://") || r.startsWith("http://");
  }

  /** Builds {@link Source} values; {@code reference} is required. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}

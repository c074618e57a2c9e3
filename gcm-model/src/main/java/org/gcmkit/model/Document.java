package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.gcmkit.model.constraints.LanguageTag;
import org.immutables.value.Value;

/**
 * A document of the process: a concept note, a report, a submission, a draft of the negotiated text, a resolution,
 * with its UN symbols, its due and issue dates and, for resolutions, how it was adopted.
 *
 * <p>A document may carry several symbols: the modalities resolution is cited as A/71/L.58 (the draft) and
 * A/RES/71/280 (as adopted). Drafts chain to the version before them with {@link #previousVersionId()}: zero draft,
 * zero draft plus, Rev 1, Rev 2, Rev 3, final draft. A concept note names its session with {@link #eventId()};
 * validation checks it was out four weeks before, unless a {@link Waiver} says why not.
 *
 * <pre>{@code
 * Document modalities = Document.builder()
 *     .id("res-71-280")
 *     .kind(DocumentKind.RESOLUTION)
 *     .title("Modalities for the intergovernmental negotiations of the global compact for safe, orderly and "
 *         + "regular migration")
 *     .addSymbols("A/RES/71/280", "A/71/L.58")
 *     .issued(FuzzyDate.of(LocalDate.of(2017, 4, 6)))
 *     .vote(VoteResult.builder().method(VoteMethod.WITHOUT_A_VOTE).build())
 *     .build();
 * modalities.hasSymbol("a/71/l.58");   // true
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Document implements WithDocument, Sourced {

  Document() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stable id, unique in its data set.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * The kind of document.
   *
   * @return the kind
   */
  public abstract DocumentKind kind();

  /**
   * The title.
   *
   * @return the title
   */
  @NotBlank
  public abstract String title();

  /**
   * The UN document symbols under which the document is known, the current one first.
   *
   * @return the symbols, for example {@code ["A/RES/71/280", "A/71/L.58"]}
   */
  public abstract List<String> symbols();

  /**
   * The id of the event the document was written for: the session of a concept note, the meeting of a report.
   *
   * @return the event's id, or empty
   */
  public abstract Optional<String> eventId();

  /**
   * The ids of the organisations or people who wrote or issued it.
   *
   * @return the authors' ids
   */
  public abstract List<String> authorIds();

  /**
   * When the document was due.
   *
   * @return the due date, or empty
   */
  public abstract Optional<FuzzyDate> due();

  /**
   * When the document was issued, adopted or published.
   *
   * @return the date, or empty when unknown
   */
  public abstract Optional<FuzzyDate> issued();

  /**
   * The id of the version this one revises.
   *
   * @return the previous version's id, or empty
   */
  public abstract Optional<String> previousVersionId();

  /**
   * Where to read it.
   *
   * @return the address, or empty
   */
  public abstract Optional<URI> url();

  /**
   * The languages it is available in, as BCP 47 tags.
   *
   * @return the languages
   */
  public abstract List<@LanguageTag String> languages();

  /**
   * How it was adopted, for resolutions and agreed texts.
   *
   * @return the result, or empty
   */
  public abstract Optional<@Valid VoteResult> vote();

  /**
   * Accepted exceptions to rules for this document.
   *
   * @return the waivers
   */
  public abstract List<@Valid Waiver> waivers();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /**
   * Whether the document is known under a symbol, ignoring case and spaces around slashes.
   *
   * @param symbol a symbol as cited, for example {@code "A/71/L.58"}
   * @return {@code true} when it is one of this document's symbols
   */
  public final boolean hasSymbol(String symbol) {
    String wanted = normaliseSymbol(symbol);
    for (String s : symbols()) {
      if (normaliseSymbol(s).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a waiver for a rule is recorded on this document.
   *
   * @param code the rule's code
   * @return {@code true} when waived
   */
  public final boolean waives(String code) {
    for (Waiver w : waivers()) {
      if (w.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  static String normaliseSymbol(String symbol) {
    StringBuilder sb = new StringBuilder(symbol.length());
    for (int i = 0; i < symbol.length(); i++) {
      char c = symbol.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /** Builds {@link Document} values; {@code id}, {@code kind} and {@code title} are required. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}

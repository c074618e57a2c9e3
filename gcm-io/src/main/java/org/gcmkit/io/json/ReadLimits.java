package org.gcmkit.io.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Limits that protect a reader against hostile or broken documents. A document that exceeds one is rejected with a
 * {@link JsonReadException} that names the limit.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@linkplain #maxDocumentLength() document length}</td><td>256 MiB (268,435,456 bytes or characters)</td>
 *       <td>a data set of 100,000 events is about 64 MB compact and 104 MB indented</td></tr>
 *   <tr><td>{@linkplain #maxNestingDepth() nesting depth}</td><td>64</td>
 *       <td>the format nests about ten levels deep</td></tr>
 *   <tr><td>{@linkplain #maxStringLength() string length}</td><td>1,000,000 characters</td>
 *       <td>a long description or quote is a few thousand</td></tr>
 *   <tr><td>{@linkplain #maxNumberLength() number length}</td><td>100 characters</td>
 *       <td>no count, coordinate or benchmark value needs more</td></tr>
 *   <tr><td>{@linkplain #maxNameLength() property name length}</td><td>256 characters</td>
 *       <td>the longest property name of the format has 17</td></tr>
 * </table>
 *
 * <pre>{@code
 * GcmJson json = GcmJson.defaults()
 *     .withLimits(ReadLimits.defaults().withMaxDocumentLength(512L * 1024 * 1024));
 * }</pre>
 *
 * @since 0.1
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = new ReadLimits(256L * 1024 * 1024, 64, 1_000_000, 100, 256);

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;

  private ReadLimits(
      long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength) {
    this.maxDocumentLength = positive(maxDocumentLength, "maxDocumentLength");
    this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
    this.maxNameLength = (int) positive(maxNameLength, "maxNameLength");
  }

  private static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + value);
    }
    return value;
  }

  /**
   * The default limits (see the table above).
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The longest document, in bytes for byte input (files, streams) and in characters for character input (strings,
   * readers).
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The deepest nesting of objects and arrays.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest string value, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest number, in characters (digits, sign, point and exponent).
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The longest property name, in characters.
   *
   * @return the limit
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * The same limits with another document length.
   *
   * @param bytesOrChars at least 1
   * @return the limits
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public ReadLimits withMaxDocumentLength(long bytesOrChars) {
    return new ReadLimits(bytesOrChars, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * The same limits with another nesting depth.
   *
   * @param depth at least 1
   * @return the limits
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * The same limits with another string length.
   *
   * @param chars at least 1
   * @return the limits
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public ReadLimits withMaxStringLength(int chars) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, chars, maxNumberLength, maxNameLength);
  }

  /**
   * The same limits with another number length.
   *
   * @param chars at least 1
   * @return the limits
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public ReadLimits withMaxNumberLength(int chars) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, chars, maxNameLength);
  }

  /**
   * The same limits with another property name length.
   *
   * @param chars at least 1
   * @return the limits
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public ReadLimits withMaxNameLength(int chars) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, chars);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReadLimits l
        && maxDocumentLength == l.maxDocumentLength
        && maxNestingDepth == l.maxNestingDepth
        && maxStringLength == l.maxStringLength
        && maxNumberLength == l.maxNumberLength
        && maxNameLength == l.maxNameLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  @Override
  public String toString() {
    return "ReadLimits[document " + maxDocumentLength + ", depth " + maxNestingDepth + ", string "
        + maxStringLength + ", number " + maxNumberLength + ", name " + maxNameLength + "]";
  }
}

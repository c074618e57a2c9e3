package org.gcmkit.io.ical.internal.read;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One unfolded content line as the {@link Lexer} hands it over: name (upper case), parameters and raw value, with the
 * physical line and column of each. The object is reused for the next line: copy what you keep.
 */
public final class ContentLine {

  /** The property name in upper case. */
  public String name = "";

  /** Physical line and column (code points, from 1) of the name. */
  public int line;

  /** Column of the name. */
  public int column;

  /** Number of parameters. */
  public int paramCount;

  /** Parameter names in upper case. */
  public String[] paramNames = new String[4];

  /** Parameter values (unquoted, RFC 6868 decoded); one array per parameter. */
  public String[][] paramValues = new String[4][];

  /** Physical line of each parameter name. */
  public int[] paramLines = new int[4];

  /** Column of each parameter name. */
  public int[] paramColumns = new int[4];

  /**
   * The line in UTF-8; the raw value (everything after the first unquoted colon, unfolded, not unescaped) is
   * {@code bytes[bytesFrom..bytesTo)}.
   */
  public byte[] bytes = new byte[0];

  /** Where the value starts in {@link #bytes}. */
  public int bytesFrom;

  /** Where the value ends in {@link #bytes}. */
  public int bytesTo;

  /**
   * For BEGIN and END: the component name, trimmed, in upper case, the string constant for the components of RFC
   * 5545; {@code null} for other lines.
   */
  public @Nullable String componentName;

  /** Physical line of the value's first character. */
  public int valueLine;

  /** Column of the value's first character. */
  public int valueColumn;

  /**
   * Where the value continues on later physical lines: triples (offset in the value, line, column), or an empty array
   * when the value was not folded.
   */
  public int[] valueFolds = NO_FOLDS;

  /** Empty fold table. */
  public static final int[] NO_FOLDS = new int[0];

  void addParam(String pname, String[] values, int pline, int pcol) {
    if (paramCount == paramNames.length) {
      int n = paramCount * 2;
      paramNames = Arrays.copyOf(paramNames, n);
      paramValues = Arrays.copyOf(paramValues, n);
      paramLines = Arrays.copyOf(paramLines, n);
      paramColumns = Arrays.copyOf(paramColumns, n);
    }
    paramNames[paramCount] = pname;
    paramValues[paramCount] = values;
    paramLines[paramCount] = pline;
    paramColumns[paramCount] = pcol;
    paramCount++;
  }

  /**
   * The first value of a parameter.
   *
   * @param pname the parameter name in upper case
   * @return the value, or {@code null}
   */
  public @Nullable String param(String pname) {
    for (int i = 0; i < paramCount; i++) {
      if (paramNames[i].equals(pname)) {
        String[] v = paramValues[i];
        return v.length == 0 ? "" : v[0];
      }
    }
    return null;
  }

  /**
   * The physical position of a character of the value.
   *
   * @param valueLine line of the value start
   * @param valueColumn column of the value start
   * @param folds the fold table
   * @param value the value text
   * @param offset index in the value
   * @return {line, column}
   */
  public static int[] positionInValue(int valueLine, int valueColumn, int[] folds, String value, int offset) {
    int line = valueLine;
    int col = valueColumn;
    int segStart = 0;
    for (int i = 0; i + 2 < folds.length; i += 3) {
      if (folds[i] <= offset) {
        segStart = folds[i];
        line = folds[i + 1];
        col = folds[i + 2];
      } else {
        break;
      }
    }
    int end = Math.min(offset, value.length());
    return new int[] {line, col + (end > segStart ? value.codePointCount(segStart, end) : 0)};
  }
}

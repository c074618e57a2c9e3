package org.gcmkit.model;

/**
 * A season of a year, as EDTF level 1 writes it in place of the month: {@code 2017-21} is spring 2017.
 *
 * <p>EDTF names the seasons but does not say which days they cover. gcmkit's convention is the meteorological
 * seasons of the northern hemisphere: spring is March to May, summer June to August, autumn September to November,
 * and winter December of the season's year to the end of February of the next year (so winter 2017 is
 * 2017-12-01 to 2018-02-28). {@link FuzzyDate#earliest()} and {@link FuzzyDate#latest()} use these bounds.
 *
 * <pre>{@code
 * FuzzyDate autumn = FuzzyDate.season(2017, Season.AUTUMN);
 * autumn.toEdtf();     // "2017-23"
 * autumn.latest();     // 2017-11-30
 * Season.ofCode(24);   // WINTER
 * }</pre>
 *
 * @since 0.1
 */
public enum Season {
  /** Spring, EDTF code 21: March to May. */
  SPRING(21, 3),
  /** Summer, EDTF code 22: June to August. */
  SUMMER(22, 6),
  /** Autumn, EDTF code 23: September to November. */
  AUTUMN(23, 9),
  /** Winter, EDTF code 24: December to the end of February of the next year. */
  WINTER(24, 12);

  private static final Season[] VALUES = values();

  private final int code;
  private final int firstMonth;

  Season(int code, int firstMonth) {
    this.code = code;
    this.firstMonth = firstMonth;
  }

  /**
   * The EDTF code that takes the month's place in the text: 21 to 24.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * The first month of the season by gcmkit's convention: 3, 6, 9 or 12. The season lasts three months from it.
   *
   * @return the month of the year, 1 to 12
   */
  public int firstMonth() {
    return firstMonth;
  }

  /**
   * The season with the given EDTF code.
   *
   * @param code 21 (spring), 22 (summer), 23 (autumn) or 24 (winter)
   * @return the season
   * @throws IllegalArgumentException if the code is not 21 to 24
   */
  public static Season ofCode(int code) {
    if (code < 21 || code > 24) {
      throw new IllegalArgumentException("EDTF level 1 season codes are 21 to 24, not " + code);
    }
    return VALUES[code - 21];
  }
}

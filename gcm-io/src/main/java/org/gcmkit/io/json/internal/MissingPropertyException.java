package org.gcmkit.io.json.internal;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/** An object that lacks a required property. */
public final class MissingPropertyException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final List<String> missing;
  private final String typeName;

  /**
   * An exception for an object without some required properties.
   *
   * @param p the parser
   * @param type the type that was being read
   * @param missing the names of the missing properties, in format order
   * @param where where the object starts or ends
   */
  public MissingPropertyException(JsonParser p, Class<?> type, List<String> missing, TokenStreamLocation where) {
    super(p, "missing required propert" + (missing.size() == 1 ? "y " : "ies ") + missing, where);
    this.missing = List.copyOf(missing);
    this.typeName = FormatCatalog.displayName(type);
    _targetType = type;
  }

  /**
   * The missing properties.
   *
   * @return their names
   */
  public List<String> missing() {
    return missing;
  }

  /**
   * The kind of object, in words.
   *
   * @return for example {@code "fuzzy date"}
   */
  public String typeName() {
    return typeName;
  }
}

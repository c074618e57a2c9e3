package org.gcmkit.io.json.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gcmkit.io.json.JsonReadException;
import org.gcmkit.io.json.ReadLimits;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's exceptions into {@link JsonReadException}s that say what was expected, what was found, where (JSON
 * pointer, line and column in code points) and, for limits, how to raise them.
 */
public final class ErrorTranslator {

  private static final String IMMUTABLES_MISSING = "some of required attributes are not set [";

  private final InputText input;
  private final ReadLimits limits;
  private final @Nullable JsonParser parser;

  /**
   * A translator for errors in one document.
   *
   * @param input the document
   * @param limits the limits it was read with
   * @param parser the parser that read it, for the path of errors that carry none; or {@code null}
   */
  public ErrorTranslator(InputText input, ReadLimits limits, @Nullable JsonParser parser) {
    this.input = input;
    this.limits = limits;
    this.parser = parser;
  }

  /**
   * The exception for an error.
   *
   * @param e what Jackson threw
   * @return what gcmkit throws
   */
  public JsonReadException translate(JacksonException e) {
    if (e instanceof BadValueException) {
      BadValueException b = (BadValueException) e;
      String pointer = pointer(e);
      TokenStreamLocation loc = e.getLocation();
      int column = b.index() >= 0 ? input.columnInString(loc, b.index()) : input.column(loc);
      String message = "expected " + b.expected() + " at " + where(pointer) + ", found " + b.found()
          + (b.detail() == null ? "" : ": " + b.detail());
      return exception(message, input.line(loc), column, pointer, e);
    }
    if (e instanceof MissingPropertyException) {
      MissingPropertyException m = (MissingPropertyException) e;
      return missing(m.missing(), m.typeName(), e);
    }
    if (e instanceof ValueInstantiationException) {
      return instantiation((ValueInstantiationException) e);
    }
    if (e instanceof UnrecognizedPropertyException) {
      return unknownProperty((UnrecognizedPropertyException) e);
    }
    if (e instanceof InvalidNullException) {
      Class<?> target = ((InvalidNullException) e).getTargetType();
      String expected = target == null ? "a value" : Describe.expected(target);
      return at(e, "expected " + expected + " at " + where(pointer(e)) + ", found null");
    }
    if (e instanceof MismatchedInputException) {
      return mismatch((MismatchedInputException) e);
    }
    if (e instanceof StreamConstraintsException) {
      return limit((StreamConstraintsException) e);
    }
    if (e instanceof InputCoercionException) {
      return at(e, "expected an integer from -2147483648 to 2147483647 at " + where(pointer(e))
          + ", found a number out of that range");
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return endOfInput(e);
    }
    if (e instanceof StreamReadException) {
      return syntax(e);
    }
    return at(e, "cannot read the value at " + where(pointer(e)) + ": " + e.getOriginalMessage());
  }

  /**
   * The exception for content after the end of the document.
   *
   * @param p the parser, at the first token after the document
   * @return the exception
   */
  public JsonReadException trailing(JsonParser p) {
    TokenStreamLocation loc = p.currentTokenLocation();
    return exception("unexpected content after the end of the document: found " + Describe.token(p)
        + "; a document holds one value", input.line(loc), input.column(loc), "", null);
  }

  /**
   * The exception for a document longer than the limit, detected before parsing.
   *
   * @param length the length found, or -1 when reading stopped at the limit
   * @return the exception
   */
  public JsonReadException tooLong(long length) {
    String found = length < 0 ? "more" : Long.toString(length);
    return exception("the document is longer than the read limit of " + limits.maxDocumentLength() + " "
        + unit() + " (found " + found + "); raise ReadLimits.maxDocumentLength if the document is trusted",
        0, 0, "", null);
  }

  /**
   * The exception for a value that is {@code null} or missing at the top level.
   *
   * @param expected what was expected, for example {@code "an event"}
   * @param p the parser, or {@code null} for a tree
   * @return the exception
   */
  public JsonReadException nullValue(String expected, @Nullable JsonParser p) {
    TokenStreamLocation loc = p == null ? null : p.currentTokenLocation();
    return exception("expected " + Describe.withArticle(expected) + " at the top level, found null", input.line(loc),
        input.column(loc), "", null);
  }

  private JsonReadException missing(List<String> names, String typeName, JacksonException e) {
    String list = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    String message = "missing required propert" + (names.size() == 1 ? "y " : "ies ") + list + " in the "
        + typeName + " at " + where(pointer(e));
    return at(e, message);
  }

  private JsonReadException instantiation(ValueInstantiationException e) {
    Class<?> type = FormatCatalog.builtType(e.getType().getRawClass());
    Throwable cause = e.getCause();
    String why = cause == null ? e.getOriginalMessage() : cause.getMessage();
    if (cause instanceof IllegalStateException && why != null) {
      int at = why.indexOf(IMMUTABLES_MISSING);
      int end = why.lastIndexOf(']');
      if (at >= 0 && end > at) {
        List<String> names = List.of(why.substring(at + IMMUTABLES_MISSING.length(), end).split(",\\s*"));
        return missing(names, FormatCatalog.displayName(type), e);
      }
    }
    return at(e, "cannot build the " + FormatCatalog.displayName(type) + " at " + where(pointer(e)) + ": " + why);
  }

  private JsonReadException unknownProperty(UnrecognizedPropertyException e) {
    String name = e.getPropertyName();
    String pointer = pointer(e);
    String objectPointer = pointer.endsWith("/" + escape(name))
        ? pointer.substring(0, pointer.length() - escape(name).length() - 1)
        : pointer;
    Class<?> type = e.getReferringClass() == null ? Object.class : FormatCatalog.builtType(e.getReferringClass());
    List<String> known = FormatCatalog.properties(type);
    String knownText;
    if (!known.isEmpty()) {
      knownText = String.join(", ", known);
    } else {
      Collection<Object> ids = e.getKnownPropertyIds();
      knownText = ids == null ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
    String message = "unknown property '" + name + "' at " + where(objectPointer)
        + (knownText.isEmpty() ? "" : " \u2014 known properties: " + knownText)
        + "; allow unknown properties to ignore it";
    // the parser is at the property's value: point there, as the pointer does
    TokenStreamLocation loc = parser != null ? parser.currentTokenLocation() : e.getLocation();
    return exception(message, input.line(loc), input.column(loc), pointer, e);
  }

  private JsonReadException mismatch(MismatchedInputException e) {
    Class<?> target = e.getTargetType();
    JsonToken token = e.getCurrentToken();
    String pointer = pointer(e);
    if (token == null && pointer.isEmpty()) {
      return at(e, "the document is empty; expected a JSON value");
    }
    String expected = target == null ? "a different value" : Describe.expected(FormatCatalog.builtType(target));
    return at(e, "expected " + expected + " at " + where(pointer) + ", found " + Describe.token(token));
  }

  private JsonReadException limit(StreamConstraintsException e) {
    String original = String.valueOf(e.getOriginalMessage());
    String lower = original.toLowerCase(Locale.ROOT);
    String what;
    String how;
    long max;
    if (lower.contains("nesting depth")) {
      what = "objects and arrays nested";
      how = "maxNestingDepth";
      max = limits.maxNestingDepth();
    } else if (lower.contains("string value length")) {
      what = "a string";
      how = "maxStringLength";
      max = limits.maxStringLength();
    } else if (lower.contains("number value length")) {
      what = "a number";
      how = "maxNumberLength";
      max = limits.maxNumberLength();
    } else if (lower.contains("name length")) {
      what = "a property name";
      how = "maxNameLength";
      max = limits.maxNameLength();
    } else if (lower.contains("document length")) {
      what = "the document";
      how = "maxDocumentLength";
      max = limits.maxDocumentLength();
    } else {
      return at(e, "a read limit was exceeded at " + where(pointer(e)) + ": " + original);
    }
    String unit = how.equals("maxNestingDepth") ? "levels deep" : how.equals("maxDocumentLength")
        ? unit() + " long" : "characters long";
    String message = what + " at " + where(pointer(e)) + " is more than the read limit of " + max + " " + unit
        + "; raise ReadLimits." + how + " if the document is trusted";
    return at(e, message);
  }

  private JsonReadException endOfInput(JacksonException e) {
    String pointer = pointer(e);
    String open = "";
    if (parser != null) {
      TokenStreamContext ctx = parser.streamReadContext();
      if (ctx != null && ctx.inObject()) {
        open = ": an object is not closed";
      } else if (ctx != null && ctx.inArray()) {
        open = ": an array is not closed";
      }
    }
    String original = String.valueOf(e.getOriginalMessage());
    String lower = original.toLowerCase(Locale.ROOT);
    if (lower.contains("value_string") || lower.contains("string value") || lower.contains("closing quote")) {
      open = ": a string is not closed";
    }
    return at(e, "the document ends unexpectedly at " + where(pointer) + open + "; is it truncated?");
  }

  private JsonReadException syntax(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    String pointer = pointer(e);
    if (original.startsWith("Duplicate Object property")) {
      int q1 = original.indexOf('"');
      int q2 = original.lastIndexOf('"');
      String name = q1 >= 0 && q2 > q1 ? original.substring(q1 + 1, q2) : "?";
      String objectPointer = pointer.endsWith("/" + escape(name))
          ? pointer.substring(0, pointer.length() - escape(name).length() - 1)
          : pointer;
      // Jackson reports the position right after the second name
      TokenStreamLocation loc = e.getLocation();
      return exception("duplicate property '" + name + "' at " + where(objectPointer)
          + ": a property may appear only once in an object", input.line(loc), input.columnOfStringBefore(loc),
          pointer, e);
    }
    return at(e, "not valid JSON at " + where(pointer) + ": " + firstSentence(original));
  }

  private static String firstSentence(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private String unit() {
    return input.bytes() != null ? "bytes" : "characters";
  }

  private JsonReadException at(JacksonException e, String message) {
    TokenStreamLocation loc = e.getLocation();
    if (loc == null || loc == TokenStreamLocation.NA) {
      loc = parser == null ? null : parser.currentLocation();
    }
    return exception(message, input.line(loc), input.column(loc), pointer(e), e);
  }

  private JsonReadException exception(
      String message, int line, int column, String pointer, @Nullable Throwable cause) {
    return new JsonReadException(message, SourcePosition.ofJson(input.name(), line, column, pointer), cause);
  }

  /**
   * The JSON pointer of an error. A syntax error or exceeded limit is where the parser stopped; a binding error is at
   * the path Jackson built while the exception travelled up, which is right even after the parser moved on.
   */
  String pointer(JacksonException e) {
    boolean streamLevel = e instanceof StreamReadException || e instanceof StreamConstraintsException;
    if (streamLevel && parser != null && parser.streamReadContext() != null) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    List<JacksonException.Reference> path = e.getPath();
    if (path != null && !path.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (JacksonException.Reference r : path) {
        if (r.getPropertyName() != null) {
          sb.append('/').append(escape(r.getPropertyName()));
        } else if (r.getIndex() >= 0) {
          sb.append('/').append(r.getIndex());
        }
      }
      return sb.toString();
    }
    if (parser != null && parser.streamReadContext() != null) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    return "";
  }

  static String where(String pointer) {
    return pointer.isEmpty() ? "the top level" : pointer;
  }

  static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}

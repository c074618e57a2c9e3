package org.gcmkit.io.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.gcmkit.io.json.internal.ErrorTranslator;
import org.gcmkit.io.json.internal.FormatCatalog;
import org.gcmkit.io.json.internal.InputText;
import org.gcmkit.io.json.internal.PositionRecorder;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.GcmException;
import org.gcmkit.model.SourceMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes gcmkit JSON: data sets as {@code gcmkit/1} documents, and single model values. See {@code
 * docs/json-format.md} for the format and {@link #schema()} for its JSON Schema.
 *
 * <pre>{@code
 * GcmJson json = GcmJson.defaults();
 * json.write(data, Path.of("gcm.json"));
 * DataSet back = json.read(Path.of("gcm.json"));                 // equals data
 *
 * ReadResult r = json.readWithPositions(Path.of("gcm.json"));   // with line, column and pointer of each value
 * String event = json.writeValue(data.events().get(0));
 * Event e = json.readValue(event, Event.class);
 *
 * GcmJson lenient = json.allowingUnknownProperties().prettyPrinted(false);
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe; {@link #defaults()} is shared, and the {@code with}-style methods
 * return new instances. The defaults reject unknown properties, write indented documents, and read within {@link
 * ReadLimits#defaults()}.
 *
 * <p><b>Reading.</b> Bad input throws a {@link JsonReadException} with the line, column and JSON pointer of the
 * problem and a message that says what was expected and what was found. The document is read into memory before
 * it is parsed (it is limited by {@link ReadLimits#maxDocumentLength()}); streams and readers are read to their
 * end but not closed. Reading checks the document's form, not its content: duplicate ids and references to records
 * that do not exist are kept, for validation to report.
 *
 * <p><b>Writing.</b> The same data always gives the same bytes: UTF-8, properties in the format's order, empty
 * optional values and empty lists left out, {@code \n} line ends and a final {@code \n}. Streams and writers are
 * flushed, not closed. I/O failures throw {@link UncheckedIOException}.
 *
 * @since 0.1
 */
public final class GcmJson {

  /** The format of the documents this class reads and writes, the value of their {@code "format"} property. */
  public static final String FORMAT = FormatCatalog.FORMAT;

  /** The class path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/org/gcmkit/io/json/gcmkit-1.schema.json";

  /** The source name of positions in trees, which have no file. */
  private static final String TREE = "JSON tree";

  /** The longest document an array can hold, whatever the limit says. */
  private static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 16;

  private static final GcmJson DEFAULTS = new GcmJson(false, true, ReadLimits.defaults());

  private final boolean allowUnknown;
  private final boolean pretty;
  private final ReadLimits limits;
  private final JsonMapper mapper;
  private final ObjectReader dataSetReader;
  private final ObjectWriter writer;

  private GcmJson(boolean allowUnknown, boolean pretty, ReadLimits limits) {
    this.allowUnknown = allowUnknown;
    this.pretty = pretty;
    this.limits = limits;
    this.mapper = mapper(allowUnknown, limits);
    this.dataSetReader = mapper.readerFor(DataSet.class);
    this.writer = pretty ? mapper.writer().with(prettyPrinter()) : mapper.writer();
  }

  private static JsonMapper mapper(boolean allowUnknown, ReadLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(new GcmJacksonModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !allowUnknown)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // checked by GcmJson itself after the value, with a clearer message
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .enable(DeserializationFeature.WRAP_EXCEPTIONS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .withCoercionConfigDefaults(c -> {
          c.setAcceptBlankAsEmpty(false);
          for (CoercionInputShape shape : CoercionInputShape.values()) {
            c.setCoercion(shape, CoercionAction.Fail);
          }
        })
        .withCoercionConfig(LogicalType.Textual, c -> {
          for (CoercionInputShape shape : CoercionInputShape.values()) {
            c.setCoercion(shape, CoercionAction.Fail);
          }
        })
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("")
        .withRootSeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * The defaults: unknown properties rejected, indented output, {@link ReadLimits#defaults()}.
   *
   * @return the shared default instance
   */
  public static GcmJson defaults() {
    return DEFAULTS;
  }

  /**
   * The same settings, but unknown properties are ignored instead of rejected, so that a document written by a
   * newer version can be read. They are ignored everywhere, including inside fuzzy dates and geo points.
   *
   * @return an instance that ignores unknown properties
   */
  public GcmJson allowingUnknownProperties() {
    return allowUnknown ? this : new GcmJson(true, pretty, limits);
  }

  /**
   * The same settings, but unknown properties are rejected (the default).
   *
   * @return an instance that rejects unknown properties
   */
  public GcmJson rejectingUnknownProperties() {
    return allowUnknown ? new GcmJson(false, pretty, limits) : this;
  }

  /**
   * The same settings with or without indentation. Indented output puts each property and array element on its own
   * line, indented by two spaces per level, with {@code ": "} between name and value; compact output has no white
   * space at all. Both end with one {@code \n}.
   *
   * @param indented {@code true} for indented output (the default)
   * @return an instance that writes that way
   */
  public GcmJson prettyPrinted(boolean indented) {
    return indented == pretty ? this : new GcmJson(allowUnknown, indented, limits);
  }

  /**
   * The same settings with other read limits.
   *
   * @param newLimits the limits
   * @return an instance that reads within them
   */
  public GcmJson withLimits(ReadLimits newLimits) {
    Objects.requireNonNull(newLimits, "newLimits");
    return newLimits.equals(limits) ? this : new GcmJson(allowUnknown, pretty, newLimits);
  }

  /**
   * Whether unknown properties are ignored.
   *
   * @return {@code true} when ignored, {@code false} when rejected
   */
  public boolean allowsUnknownProperties() {
    return allowUnknown;
  }

  /**
   * Whether output is indented.
   *
   * @return {@code true} for indented output
   */
  public boolean isPrettyPrinted() {
    return pretty;
  }

  /**
   * The read limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading data sets

  /**
   * Reads a document from a file.
   *
   * @param file the file, UTF-8
   * @return the data set
   * @throws JsonReadException if the file is not a gcmkit document that this version can read
   * @throws UncheckedIOException if the file cannot be read
   */
  public DataSet read(Path file) {
    return readDocument(load(file), false).dataSet();
  }

  /**
   * Reads a document from a stream, to its end; the stream is not closed.
   *
   * @param in the stream, UTF-8
   * @return the data set
   * @throws JsonReadException if the stream does not hold a gcmkit document that this version can read
   * @throws UncheckedIOException if the stream cannot be read
   */
  public DataSet read(InputStream in) {
    return read(in, "");
  }

  /**
   * Reads a document from a stream, to its end; the stream is not closed.
   *
   * @param in the stream, UTF-8
   * @param sourceName the name that positions in errors give, for example a URL or file name
   * @return the data set
   * @throws JsonReadException if the stream does not hold a gcmkit document that this version can read
   * @throws UncheckedIOException if the stream cannot be read
   */
  public DataSet read(InputStream in, String sourceName) {
    return readDocument(load(in, sourceName), false).dataSet();
  }

  /**
   * Reads a document from a reader, to its end; the reader is not closed.
   *
   * @param in the reader
   * @return the data set
   * @throws JsonReadException if the reader does not hold a gcmkit document that this version can read
   * @throws UncheckedIOException if the reader cannot be read
   */
  public DataSet read(Reader in) {
    return read(in, "");
  }

  /**
   * Reads a document from a reader, to its end; the reader is not closed.
   *
   * @param in the reader
   * @param sourceName the name that positions in errors give
   * @return the data set
   * @throws JsonReadException if the reader does not hold a gcmkit document that this version can read
   * @throws UncheckedIOException if the reader cannot be read
   */
  public DataSet read(Reader in, String sourceName) {
    return readDocument(load(in, sourceName), false).dataSet();
  }

  /**
   * Reads a document from its text.
   *
   * @param json the document itself (not a file name)
   * @return the data set
   * @throws JsonReadException if the text is not a gcmkit document that this version can read
   */
  public DataSet read(String json) {
    return readDocument(text(json, ""), false).dataSet();
  }

  /**
   * Reads a document from a tree. Positions in errors have the JSON pointer only.
   *
   * @param document the document's root object
   * @return the data set
   * @throws JsonReadException if the tree is not a gcmkit document that this version can read
   */
  public DataSet read(JsonNode document) {
    return readValue(document, DataSet.class);
  }

  /**
   * Reads a document from a file, with the position of every value.
   *
   * @param file the file, UTF-8
   * @return the data set and its positions
   * @throws JsonReadException if the file is not a gcmkit document that this version can read
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult readWithPositions(Path file) {
    return readDocument(load(file), true);
  }

  /**
   * Reads a document from a stream, to its end, with the position of every value; the stream is not closed.
   *
   * @param in the stream, UTF-8
   * @param sourceName the name that positions give
   * @return the data set and its positions
   * @throws JsonReadException if the stream does not hold a gcmkit document that this version can read
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadResult readWithPositions(InputStream in, String sourceName) {
    return readDocument(load(in, sourceName), true);
  }

  /**
   * Reads a document from a reader, to its end, with the position of every value; the reader is not closed.
   *
   * @param in the reader
   * @param sourceName the name that positions give
   * @return the data set and its positions
   * @throws JsonReadException if the reader does not hold a gcmkit document that this version can read
   * @throws UncheckedIOException if the reader cannot be read
   */
  public ReadResult readWithPositions(Reader in, String sourceName) {
    return readDocument(load(in, sourceName), true);
  }

  /**
   * Reads a document from its text, with the position of every value.
   *
   * @param json the document itself
   * @param sourceName the name that positions give
   * @return the data set and its positions
   * @throws JsonReadException if the text is not a gcmkit document that this version can read
   */
  public ReadResult readWithPositions(String json, String sourceName) {
    return readDocument(text(json, sourceName), true);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Writing data sets

  /**
   * Writes a data set to a file as a document, replacing the file.
   *
   * @param data the data set
   * @param file the file; written as UTF-8
   * @throws UncheckedIOException if the file cannot be written
   * @throws GcmException if the data cannot be written (a string that is not valid Unicode)
   */
  public void write(DataSet data, Path file) {
    Objects.requireNonNull(data, "data");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(data, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes a data set to a stream as a UTF-8 document; the stream is flushed, not closed.
   *
   * @param data the data set
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   * @throws GcmException if the data cannot be written (a string that is not valid Unicode)
   */
  public void write(DataSet data, OutputStream out) {
    Objects.requireNonNull(data, "data");
    try (JsonGenerator g = writer.createGenerator(out, JsonEncoding.UTF8)) {
      writeDocument(g, data);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes a data set to a writer as a document; the writer is flushed, not closed.
   *
   * @param data the data set
   * @param out the writer
   * @throws UncheckedIOException if the writer cannot be written
   * @throws GcmException if the data cannot be written (a string that is not valid Unicode)
   */
  public void write(DataSet data, Writer out) {
    Objects.requireNonNull(data, "data");
    try (JsonGenerator g = writer.createGenerator(out)) {
      writeDocument(g, data);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * A data set as a document.
   *
   * @param data the data set
   * @return the document, ending with {@code \n}
   * @throws GcmException if the data cannot be written (a string that is not valid Unicode)
   */
  public String writeString(DataSet data) {
    StringWriter out = new StringWriter(8192);
    write(data, out);
    return out.toString();
  }

  /**
   * A data set as a document in UTF-8.
   *
   * @param data the data set
   * @return the bytes of the document
   * @throws GcmException if the data cannot be written (a string that is not valid Unicode)
   */
  public byte[] writeBytes(DataSet data) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
    write(data, out);
    return out.toByteArray();
  }

  private void writeDocument(JsonGenerator g, DataSet data) {
    writer.writeValue(g, data);
    g.writeRaw('\n');
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Single values and trees

  /**
   * Reads one model value: a record ({@code Event}, {@code Place}, ...), a {@code FuzzyDate}, an {@code SdgCode},
   * an enum constant, or a {@code DataSet} document.
   *
   * <pre>{@code
   * FuzzyDate d = GcmJson.defaults().readValue("\"2017-12-01/2017-12-10\"", FuzzyDate.class);
   * Place p = GcmJson.defaults().readValue("{\"city\": \"Geneva\", \"country\": \"CH\"}", Place.class);
   * }</pre>
   *
   * @param <T> the type
   * @param json the JSON text of the value
   * @param type the model type
   * @return the value, never {@code null}
   * @throws JsonReadException if the text is not such a value
   */
  public <T> T readValue(String json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return readText(text(json, ""), type, null);
  }

  /**
   * Reads one model value from a tree. Positions in errors have the JSON pointer only.
   *
   * @param <T> the type
   * @param node the value
   * @param type the model type
   * @return the value, never {@code null}
   * @throws JsonReadException if the tree is not such a value
   */
  public <T> T readValue(JsonNode node, Class<T> type) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(type, "type");
    InputText input = InputText.ofTree(TREE);
    try (JsonParser p = mapper.treeAsTokens(node)) {
      T value = mapper.readValue(p, type);
      if (value == null) {
        throw new ErrorTranslator(input, limits, p).nullValue(FormatCatalog.displayName(type), null);
      }
      return value;
    } catch (JacksonException e) {
      throw new ErrorTranslator(input, limits, null).translate(e);
    }
  }

  /**
   * One model value as JSON text, without a final line end. A {@code DataSet} is written as a document.
   *
   * @param value a model value
   * @return the JSON text
   * @throws GcmException if the value cannot be written (a string that is not valid Unicode)
   */
  public String writeValue(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return writer.writeValueAsString(value);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * One model value as a tree; a {@code DataSet} becomes the tree of its document. Decimals keep their exact digits.
   *
   * @param value a model value
   * @return the tree
   * @throws GcmException if the value cannot be converted
   */
  public JsonNode toTree(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.valueToTree(value);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the {@code gcmkit/1} format, as shipped in this jar at {@link
   * #SCHEMA_RESOURCE}.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = GcmJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource is missing from the jar: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Internals

  private ReadResult readDocument(InputText input, boolean positions) {
    if (!positions) {
      return ReadResult.of(readText(input, DataSet.class, null), SourceMap.empty());
    }
    PositionRecorder[] recorder = new PositionRecorder[1];
    DataSet data = readText(input, DataSet.class, recorder);
    return ReadResult.of(data, recorder[0].sourceMap());
  }

  private <T> T readText(InputText input, Class<T> type, PositionRecorder[] recorder) {
    JsonParser base = null;
    try {
      byte[] bytes = input.bytes();
      base = bytes != null ? mapper.createParser(bytes) : mapper.createParser(input.chars());
      JsonParser p = base;
      if (recorder != null) {
        recorder[0] = new PositionRecorder(base, input);
        p = recorder[0];
      }
      T value = type == DataSet.class ? dataSetReader.readValue(p) : mapper.readValue(p, type);
      if (value == null) {
        throw new ErrorTranslator(input, limits, base).nullValue(FormatCatalog.displayName(type), base);
      }
      if (p.nextToken() != null) {
        throw new ErrorTranslator(input, limits, base).trailing(base);
      }
      return value;
    } catch (JacksonException e) {
      throw new ErrorTranslator(input, limits, base).translate(e);
    } finally {
      if (base != null) {
        base.close();
      }
    }
  }

  private InputText text(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    InputText input = InputText.ofChars(sourceName, json);
    if (json.length() > limits.maxDocumentLength()) {
      throw new ErrorTranslator(input, limits, null).tooLong(json.length());
    }
    return input;
  }

  private InputText load(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > Math.min(limits.maxDocumentLength(), MAX_IN_MEMORY)) {
        throw new ErrorTranslator(InputText.ofBytes(name, new byte[0]), limits, null).tooLong(size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return load(in, name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private InputText load(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    long max = Math.min(limits.maxDocumentLength(), MAX_IN_MEMORY);
    byte[] buffer = new byte[(int) Math.min(max + 1, 1 << 16)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length > max) {
            throw new ErrorTranslator(InputText.ofBytes(sourceName, new byte[0]), limits, null).tooLong(-1);
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1, Math.max(buffer.length * 2L, 1 << 16)));
        }
        int n = in.read(buffer, length, buffer.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (sourceName.isEmpty() ? "the stream" : sourceName), e);
    }
    if (length > max) {
      throw new ErrorTranslator(InputText.ofBytes(sourceName, new byte[0]), limits, null).tooLong(-1);
    }
    return InputText.ofBytes(sourceName, length == buffer.length ? buffer : Arrays.copyOf(buffer, length));
  }

  private InputText load(Reader in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    long max = Math.min(limits.maxDocumentLength(), MAX_IN_MEMORY);
    StringBuilder sb = new StringBuilder();
    char[] chunk = new char[8192];
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        sb.append(chunk, 0, n);
        if (sb.length() > max) {
          throw new ErrorTranslator(InputText.ofChars(sourceName, ""), limits, null).tooLong(-1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (sourceName.isEmpty() ? "the reader" : sourceName), e);
    }
    return InputText.ofChars(sourceName, sb.toString());
  }

  private static RuntimeException writeFailure(JacksonException e) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      return new UncheckedIOException((IOException) e.getCause());
    }
    return new GcmException("cannot write the data as JSON: " + e.getOriginalMessage(), e);
  }

  @Override
  public String toString() {
    return "GcmJson[" + FORMAT + ", unknown properties " + (allowUnknown ? "ignored" : "rejected")
        + (pretty ? ", indented" : ", compact") + ", " + limits + "]";
  }
}

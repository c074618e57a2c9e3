package org.gcmkit.io.json.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.gcmkit.model.SourceMap;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that records, while Jackson reads through it, where every value starts: its line, column and JSON
 * pointer under its <em>data path</em> ({@code events[ts6].participants[2].personId}), the path syntax of
 * {@link SourceMap}. Array elements that are objects with a string {@code id} are keyed by that id, others by index.
 *
 * <p>An element's id may come after other properties, so the positions inside an element are kept relative to it
 * until the element ends and its key is known; then they move up to the enclosing array, prefixed with the key.
 */
public final class PositionRecorder extends JsonParserDelegate {

  private final InputText input;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final Frame root = new Frame(false, null);

  /**
   * A recorder reading through a parser.
   *
   * @param parser the parser of the document
   * @param input the document, for columns in code points
   */
  public PositionRecorder(JsonParser parser, InputText input) {
    super(parser);
    this.input = input;
    frames.push(root);
  }

  /**
   * The positions recorded so far.
   *
   * @return the map
   */
  public SourceMap sourceMap() {
    SourceMap.Builder b = SourceMap.builder();
    for (int i = 0; i < root.paths.size(); i++) {
      if (!root.paths.get(i).isEmpty()) {
        b.put(root.paths.get(i), root.positions.get(i));
      }
    }
    return b.build();
  }

  @Override
  public JsonToken nextToken() {
    JsonToken t = delegate.nextToken();
    onToken(t);
    return t;
  }

  @Override
  public JsonToken nextValue() {
    JsonToken t = nextToken();
    if (t == JsonToken.PROPERTY_NAME) {
      t = nextToken();
    }
    return t;
  }

  @Override
  public @Nullable String nextName() {
    String name = delegate.nextName();
    onToken(delegate.currentToken());
    return name;
  }

  @Override
  public boolean nextName(SerializableString str) {
    boolean match = delegate.nextName(str);
    onToken(delegate.currentToken());
    return match;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    int match = delegate.nextNameMatch(matcher);
    onToken(delegate.currentToken());
    return match;
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken t = delegate.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      delegate.skipChildren();
      Frame skipped = frames.pop();
      frames.peek().advance();
    }
    return this;
  }

  private void onToken(@Nullable JsonToken t) {
    if (t == null) {
      return;
    }
    Frame top = frames.peek();
    switch (t) {
      case PROPERTY_NAME:
        top.name = delegate.currentName();
        break;
      case START_OBJECT:
      case START_ARRAY:
        Frame child = new Frame(t == JsonToken.START_ARRAY, position());
        child.ownIndex = top.array ? top.next : -1;
        frames.push(child);
        break;
      case END_OBJECT:
      case END_ARRAY:
        if (frames.size() > 1) {
          Frame done = frames.pop();
          Frame parent = frames.peek();
          String slot = done.slot(parent);
          parent.add(slot, done.self);
          for (int i = 0; i < done.paths.size(); i++) {
            parent.add(join(slot, done.paths.get(i)), done.positions.get(i));
          }
          parent.advance();
        }
        break;
      default:
        SourcePosition pos = position();
        if (top.array) {
          top.add("[" + top.next + "]", pos);
          top.next++;
        } else {
          String name = top.name == null ? "" : top.name;
          top.add(name, pos);
          if (t == JsonToken.VALUE_STRING && "id".equals(name) && top.id == null && top.ownIndex >= 0) {
            top.id = delegate.getString();
          }
        }
    }
  }

  private SourcePosition position() {
    TokenStreamLocation loc = delegate.currentTokenLocation();
    String pointer = delegate.streamReadContext().pathAsPointer().toString();
    return SourcePosition.ofJson(input.name(), input.line(loc), input.column(loc), pointer);
  }

  private static String join(String prefix, String relative) {
    if (relative.isEmpty()) {
      return prefix;
    }
    if (prefix.isEmpty() || relative.charAt(0) == '[') {
      return prefix + relative;
    }
    return prefix + "." + relative;
  }

  /** An open object or array, with the positions inside it relative to it. */
  private static final class Frame {
    final boolean array;
    final @Nullable SourcePosition self;
    final List<String> paths = new ArrayList<>();
    final List<SourcePosition> positions = new ArrayList<>();
    @Nullable String name;
    @Nullable String id;
    /** For an element of an array: its index; else -1. */
    int ownIndex = -1;
    /** For an array: the index of the next element. */
    int next;

    Frame(boolean array, @Nullable SourcePosition self) {
      this.array = array;
      this.self = self;
    }

    /** The path of this value relative to its parent. */
    String slot(Frame parent) {
      if (parent.array) {
        return "[" + (id != null ? id : Integer.toString(ownIndex)) + "]";
      }
      return parent.name == null ? "" : parent.name;
    }

    void add(String path, @Nullable SourcePosition pos) {
      if (pos != null) {
        paths.add(path);
        positions.add(pos);
      }
    }

    void advance() {
      if (array) {
        next++;
      }
    }
  }
}

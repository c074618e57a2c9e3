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
 * <p>An element's key is known once its {@code id} is read, or when it ends without one. Until then it is
 * <em>pending</em>: positions inside it are kept relative to it, and move to their full path when the key is known.
 * gcmkit writes {@code id} first, so records with ids are never pending for long and each position is built once.
 */
public final class PositionRecorder extends JsonParserDelegate {

  private final InputText input;
  private final SourceMap.Builder map = SourceMap.builder();
  private final Deque<Frame> frames = new ArrayDeque<>();

  /**
   * A recorder reading through a parser.
   *
   * @param parser the parser of the document
   * @param input the document, for columns in code points
   */
  public PositionRecorder(JsonParser parser, InputText input) {
    super(parser);
    this.input = input;
    Frame root = new Frame(null, false, "", "");
    root.base = "";
    frames.push(root);
  }

  /**
   * The positions recorded so far.
   *
   * @return the map
   */
  public SourceMap sourceMap() {
    return map.build();
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
      end(true);
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
        start(top, t == JsonToken.START_ARRAY);
        break;
      case END_OBJECT:
      case END_ARRAY:
        end(false);
        break;
      default:
        String slot = top.childSlot();
        record(top, slot, position(top.childPointer()));
        if (top.array) {
          top.next++;
        } else if (t == JsonToken.VALUE_STRING && top.pending && "id".equals(top.name)) {
          resolve(top, delegate.getString());
        }
    }
  }

  private void start(Frame parent, boolean array) {
    String pointer = parent.childPointer();
    SourcePosition self = position(pointer);
    Frame child = new Frame(parent, array, pointer, parent.childSlot());
    if (parent.array && !array) {
      // an element of an array: its key waits for its id
      child.pending = true;
      child.ownIndex = parent.next;
      child.self = self;
    } else {
      child.base = parent.base == null ? null : join(parent.base, child.slot);
      record(parent, child.slot, self);
    }
    frames.push(child);
  }

  private void end(boolean skipped) {
    if (frames.size() < 2) {
      return;
    }
    Frame done = frames.pop();
    Frame parent = frames.peek();
    if (done.pending) {
      if (skipped) {
        done.paths.clear();
        done.positions.clear();
      }
      resolve(done, null);
    }
    if (parent.array) {
      parent.next++;
    }
  }

  /** Gives a pending element its key, and moves what it holds to where it belongs. */
  private void resolve(Frame element, @Nullable String id) {
    Frame array = element.parent;
    String key = "[" + (id != null ? id : Integer.toString(element.ownIndex)) + "]";
    element.pending = false;
    element.slot = key;
    element.base = array.base == null ? null : join(array.base, key);
    record(array, key, element.self);
    for (int i = 0; i < element.paths.size(); i++) {
      record(array, join(key, element.paths.get(i)), element.positions.get(i));
    }
    element.paths.clear();
    element.positions.clear();
  }

  /** Records a position at a path relative to a frame: in the map when the frame's path is known, else pending. */
  private void record(Frame frame, String relative, @Nullable SourcePosition pos) {
    if (pos == null) {
      return;
    }
    Frame f = frame;
    String path = relative;
    while (f.base == null) {
      if (f.pending) {
        f.paths.add(path);
        f.positions.add(pos);
        return;
      }
      path = join(f.slot, path);
      f = f.parent;
    }
    String full = join(f.base, path);
    if (!full.isEmpty()) {
      map.put(full, pos);
    }
  }

  private SourcePosition position(String pointer) {
    TokenStreamLocation loc = delegate.currentTokenLocation();
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

  /** An open object or array. */
  private static final class Frame {
    final @Nullable Frame parent;
    final boolean array;
    final String pointer;
    /** This value's path relative to its parent's: a property name, or a key in brackets. */
    String slot;
    /** This value's full data path, or {@code null} while it or an enclosing element is pending. */
    @Nullable String base;
    /** Whether this is an element of an array whose key is not known yet. */
    boolean pending;
    @Nullable SourcePosition self;
    final List<String> paths = new ArrayList<>();
    final List<SourcePosition> positions = new ArrayList<>();
    @Nullable String name;
    int ownIndex = -1;
    int next;

    Frame(@Nullable Frame parent, boolean array, String pointer, String slot) {
      this.parent = parent;
      this.array = array;
      this.pointer = pointer;
      this.slot = slot;
    }

    /** The slot of the value about to be read in this frame. */
    String childSlot() {
      if (array) {
        return "[" + next + "]";
      }
      return name == null ? "" : name;
    }

    /** The JSON pointer of the value about to be read in this frame. */
    String childPointer() {
      if (parent == null) {
        return "";
      }
      if (array) {
        return pointer + "/" + next;
      }
      return pointer + "/" + ErrorTranslator.escape(name == null ? "" : name);
    }
  }
}

package org.gcmkit.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gcmkit.model.Event;

/**
 * An event and the items of its programme, as a tree: a meeting, its days, their rounds, their group sessions.
 * Children are in calendar order (by start, then in data order); items without a calendar time come last.
 *
 * <pre>{@code
 * ProgrammeNode root = schedule.programme("cs-stock").orElseThrow();
 * root.children().get(0).event().id();      // "cs-stock-d1"
 * root.stream().count();                    // every item of the programme, the root first
 * }</pre>
 *
 * @since 0.1
 */
public final class ProgrammeNode {

  private final Event event;
  private final List<ProgrammeNode> children;
  private final int depth;

  ProgrammeNode(Event event, List<ProgrammeNode> children, int depth) {
    this.event = event;
    this.children = List.copyOf(children);
    this.depth = depth;
  }

  /**
   * The event at this node.
   *
   * @return the event
   */
  public Event event() {
    return event;
  }

  /**
   * The items of the event's programme.
   *
   * @return the child nodes, in calendar order
   */
  public List<ProgrammeNode> children() {
    return children;
  }

  /**
   * How deep the node is below the root of the tree.
   *
   * @return 0 for the root
   */
  public int depth() {
    return depth;
  }

  /**
   * Every node of the tree, depth first, this node first.
   *
   * @return the nodes
   */
  public Stream<ProgrammeNode> stream() {
    List<ProgrammeNode> all = new ArrayList<>();
    collect(this, all);
    return all.stream();
  }

  private static void collect(ProgrammeNode node, List<ProgrammeNode> into) {
    into.add(node);
    for (ProgrammeNode child : node.children) {
      collect(child, into);
    }
  }

  @Override
  public String toString() {
    return "ProgrammeNode[" + event.id() + ", " + children.size() + " children]";
  }
}

package org.gcmkit.validation.internal;

import java.util.ArrayList;
import java.util.List;

/** Cycles in a forest given by parent pointers, found in one pass. */
final class Graph {

  private Graph() {}

  /**
   * The cycles of a graph in which every node has at most one parent.
   *
   * @param parent the index of each node's parent, or -1
   * @param cyclic set to {@code true} for every node on a cycle
   * @return each cycle once, as its nodes in parent order starting from the node met first
   */
  static List<int[]> cycles(int[] parent, boolean[] cyclic) {
    int n = parent.length;
    int[] stamp = new int[n];
    List<int[]> cycles = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (stamp[start] != 0) {
        continue;
      }
      int mark = start + 1;
      int i = start;
      while (i >= 0 && stamp[i] == 0) {
        stamp[i] = mark;
        i = parent[i];
      }
      if (i >= 0 && stamp[i] == mark) {
        int length = 1;
        for (int j = parent[i]; j != i; j = parent[j]) {
          length++;
        }
        int[] cycle = new int[length];
        int j = i;
        for (int k = 0; k < length; k++) {
          cycle[k] = j;
          cyclic[j] = true;
          j = parent[j];
        }
        cycles.add(cycle);
      }
    }
    return cycles;
  }
}

package org.gcmkit.io.ical;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identities of a calendar's components seen so far, for the duplicate UID check: each a UID and, for an
 * override, its RECURRENCE-ID. An open-addressing hash set in three arrays: a calendar of 100,000 events adds no
 * object per event beyond its UID text (a hash map held a node and a key object for each, and spent a tenth of the
 * read in them). Not thread-safe; one per calendar being read.
 */
final class UidSet {

  private String[] uids = new String[64];
  private @Nullable ICalDateTime[] recurrenceIds = new ICalDateTime[64];
  private int[] hashes = new int[64];
  private int size;

  /**
   * Adds an identity.
   *
   * @param uid the UID text
   * @param recurrenceId the RECURRENCE-ID of an override, or {@code null}
   * @return {@code false} when the identity was there already
   */
  boolean add(String uid, @Nullable ICalDateTime recurrenceId) {
    int h = hash(uid, recurrenceId);
    int mask = uids.length - 1;
    for (int i = h & mask; ; i = i + 1 & mask) {
      String u = uids[i];
      if (u == null) {
        uids[i] = uid;
        recurrenceIds[i] = recurrenceId;
        hashes[i] = h;
        if (++size * 2 > uids.length) {
          grow();
        }
        return true;
      }
      if (hashes[i] == h && u.equals(uid) && Objects.equals(recurrenceIds[i], recurrenceId)) {
        return false;
      }
    }
  }

  private static int hash(String uid, @Nullable ICalDateTime recurrenceId) {
    int h = uid.hashCode() * 31 + (recurrenceId == null ? 0 : recurrenceId.hashCode());
    return h ^ h >>> 16;
  }

  private void grow() {
    String[] oldUids = uids;
    ICalDateTime[] oldIds = recurrenceIds;
    int[] oldHashes = hashes;
    int n = oldUids.length * 2;
    uids = new String[n];
    recurrenceIds = new ICalDateTime[n];
    hashes = new int[n];
    int mask = n - 1;
    for (int k = 0; k < oldUids.length; k++) {
      if (oldUids[k] == null) {
        continue;
      }
      int i = oldHashes[k] & mask;
      while (uids[i] != null) {
        i = i + 1 & mask;
      }
      uids[i] = oldUids[k];
      recurrenceIds[i] = oldIds[k];
      hashes[i] = oldHashes[k];
    }
  }
}

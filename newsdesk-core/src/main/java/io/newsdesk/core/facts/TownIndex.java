package io.newsdesk.core.facts;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The towns' name keys, sorted, each with its towns most populous first, held as a few flat arrays: the UTF-8 bytes
 * of every key end to end, where each key starts, and where each key's towns start in one array of town numbers.
 * Loading it is reading those arrays (no string or map entry per key, of which there are over a million), and a
 * lookup is a binary search over the keys' bytes.
 */
final class TownIndex implements Serializable {

  private static final long serialVersionUID = 1L;

  private final byte[] keyBytes;
  private final int[] keyStarts; // keys + 1: key i is keyBytes[keyStarts[i] .. keyStarts[i + 1])
  private final int[] townStarts; // keys + 1: key i's towns are towns[townStarts[i] .. townStarts[i + 1])
  private final int[] towns;

  private TownIndex(byte[] keyBytes, int[] keyStarts, int[] townStarts, int[] towns) {
    this.keyBytes = keyBytes;
    this.keyStarts = keyStarts;
    this.townStarts = townStarts;
    this.towns = towns;
  }

  /** The numbers of the towns keyed {@code key}, most populous first; empty when none is. */
  int[] lookup(String key) {
    int at = find(key);
    return at < 0 ? new int[0] : Arrays.copyOfRange(towns, townStarts[at], townStarts[at + 1]);
  }

  /** Whether some town is keyed {@code key}. */
  boolean contains(String key) {
    return find(key) >= 0;
  }

  /** The place of {@code key} among the keys, or -1. */
  private int find(String key) {
    byte[] probe = key.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = keyStarts.length - 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Arrays.compareUnsigned(keyBytes, keyStarts[mid], keyStarts[mid + 1], probe, 0, probe.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Writes the index of {@code keysOfTown} (town number to its keys), each key's towns ordered by
   * {@code populations}, largest first, ties by town number.
   */
  static void write(List<List<String>> keysOfTown, int[] populations, DataOutputStream out) throws IOException {
    Map<byte[], List<Integer>> byKey = new TreeMap<>(Arrays::compareUnsigned);
    for (int t = 0; t < keysOfTown.size(); t++) {
      for (String k : keysOfTown.get(t)) {
        byKey.computeIfAbsent(k.getBytes(StandardCharsets.UTF_8), x -> new ArrayList<>()).add(t);
      }
    }
    int totalBytes = byKey.keySet().stream().mapToInt(b -> b.length).sum();
    int totalTowns = byKey.values().stream().mapToInt(List::size).sum();
    out.writeInt(byKey.size());
    out.writeInt(totalBytes);
    out.writeInt(totalTowns);
    for (byte[] k : byKey.keySet()) {
      out.write(k);
    }
    ByteBuffer ints = ByteBuffer.allocate(4 * (2 * (byKey.size() + 1) + totalTowns));
    int at = 0;
    for (byte[] k : byKey.keySet()) {
      ints.putInt(at);
      at += k.length;
    }
    ints.putInt(at);
    at = 0;
    for (List<Integer> t : byKey.values()) {
      ints.putInt(at);
      at += t.size();
    }
    ints.putInt(at);
    Comparator<Integer> order = Comparator.<Integer>comparingInt(t -> -populations[t]).thenComparingInt(t -> t);
    for (List<Integer> t : byKey.values()) {
      t.sort(order);
      for (int town : t) {
        ints.putInt(town);
      }
    }
    out.write(ints.array());
  }

  static TownIndex read(DataInputStream in) throws IOException {
    int keys = in.readInt();
    int totalBytes = in.readInt();
    int totalTowns = in.readInt();
    byte[] keyBytes = new byte[totalBytes];
    in.readFully(keyBytes);
    byte[] raw = new byte[4 * (2 * (keys + 1) + totalTowns)];
    in.readFully(raw);
    ByteBuffer ints = ByteBuffer.wrap(raw);
    int[] keyStarts = new int[keys + 1];
    int[] townStarts = new int[keys + 1];
    int[] towns = new int[totalTowns];
    ints.asIntBuffer().get(keyStarts);
    ints.position(4 * (keys + 1));
    ints.asIntBuffer().get(townStarts);
    ints.position(4 * 2 * (keys + 1));
    ints.asIntBuffer().get(towns);
    return new TownIndex(keyBytes, keyStarts, townStarts, towns);
  }
}

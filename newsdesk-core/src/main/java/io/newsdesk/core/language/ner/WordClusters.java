package io.newsdesk.core.language.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters: each word of a fixed vocabulary with its place in a tree of clusters (a coarse cluster, a finer one
 * inside it, a finest one inside that), so that the recogniser generalises from "Paris" to "Nairobi" and from
 * "Smith" to "Okafor" through words it has never seen in training. The clusters are k-means clusters of the MiniLM
 * vectors of the MiniLM tokenizer's whole-word vocabulary, computed offline ({@code newsdesk train word-clusters})
 * and shipped as this small table, so that reading a word's clusters costs a hash look-up and no model run.
 *
 * <p>Words are looked up as the uncased MiniLM tokenizer reads them: lower-cased, accents stripped. A word outside
 * the vocabulary is given the clusters of its longest known prefix of three letters or more (as WordPiece would
 * start it: "okafors" as "okafor"), marked as such so that the recogniser can weigh that guess on its own.
 */
public final class WordClusters {

  /** The shipped table, as {@code newsdesk train word-clusters} writes it. */
  public static final String RESOURCE = "word-clusters.bin.gz";
  private static final int FORMAT = 1;
  private static final int MIN_PREFIX = 3;

  /** Cluster ids per word, one per level from the coarsest; a finer id is unique across the whole tree. */
  private final Map<String, short[]> paths;
  private final int levels;

  public WordClusters(Map<String, short[]> paths, int levels) {
    this.paths = Map.copyOf(paths);
    this.levels = levels;
  }

  /** No clusters: every word unknown. */
  public static WordClusters none() {
    return new WordClusters(Map.of(), 0);
  }

  /** The table newsdesk ships. */
  public static WordClusters load() {
    try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the word clusters " + RESOURCE + " are missing; run newsdesk train "
            + "word-clusters");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word clusters", e);
    }
  }

  public int levels() {
    return levels;
  }

  public int size() {
    return paths.size();
  }

  /** A word's clusters, and whether they are its own or its prefix's. */
  public record Found(short[] path, boolean prefix) {}

  /** The clusters of {@code word} (any case), or null when neither it nor a prefix of it is known. */
  public Found find(String word) {
    String key = key(word);
    short[] own = paths.get(key);
    if (own != null) {
      return new Found(own, false);
    }
    for (int end = key.length() - 1; end >= MIN_PREFIX; end--) {
      short[] p = paths.get(key.substring(0, end));
      if (p != null) {
        return new Found(p, true);
      }
    }
    return null;
  }

  /**
   * The clusters of {@code word} as feature values, one per level from the coarsest, each marked "p" where it is a
   * prefix's guess ({@link #find}); null when the word is unknown. The recogniser and the typer read them alike.
   */
  public String[] labels(String word) {
    Found found = find(word);
    if (found == null) {
      return null;
    }
    String[] labels = new String[found.path().length];
    for (int l = 0; l < labels.length; l++) {
      labels[l] = found.path()[l] + (found.prefix() ? "p" : "");
    }
    return labels;
  }

  /** The form the uncased tokenizer reads: lower case, accents stripped (only non-ASCII words pay for that). */
  static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      }
    }
    return lower;
  }

  /** Writes the table: gzip of the words in sorted order with their paths (deterministic bytes). */
  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(FORMAT);
    out.writeInt(levels);
    Map<String, short[]> sorted = new TreeMap<>(paths);
    out.writeInt(sorted.size());
    for (Map.Entry<String, short[]> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      for (int l = 0; l < levels; l++) {
        out.writeShort(e.getValue()[l]);
      }
    }
    out.flush();
    gz.finish();
  }

  public static WordClusters read(InputStream source) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
    if (in.readInt() != FORMAT) {
      throw new IOException("unknown word cluster format");
    }
    int levels = in.readInt();
    int n = in.readInt();
    Map<String, short[]> paths = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String w = in.readUTF();
      short[] p = new short[levels];
      for (int l = 0; l < levels; l++) {
        p[l] = in.readShort();
      }
      paths.put(w, p);
    }
    return new WordClusters(paths, levels);
  }
}

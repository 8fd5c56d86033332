package io.newsdesk.core.facts;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles the GeoNames dump of towns (cities500.txt) into the compact form {@link WorldGazetteer} loads: per
 * town its name, position, country, division and population, then the {@link TownIndex} of the keys of its
 * Latin-script names. Run by the build; keying and sorting the names here rather than at every start keeps loading
 * to a few hundred milliseconds.
 */
public final class GeoNamesCompiler {

  private GeoNamesCompiler() {}

  /** {@code GeoNamesCompiler cities500.txt towns.bin} */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: GeoNamesCompiler CITIES500_TXT OUT");
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        OutputStream raw = Files.newOutputStream(out)) {
      int n = compile(in, raw);
      System.out.println("GeoNamesCompiler: " + n + " towns written to " + out);
    }
  }

  /** Reads lines of the GeoNames dump format and writes the compiled towns; returns how many. */
  static int compile(BufferedReader in, OutputStream raw) throws IOException {
    List<String[]> rows = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String[] f = line.split("\t", -1);
      if (f.length >= 15) {
        rows.add(f);
      }
    }
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
    out.writeInt(rows.size());
    List<List<String>> keysOfTown = new ArrayList<>(rows.size());
    int[] populations = new int[rows.size()];
    for (int t = 0; t < rows.size(); t++) {
      String[] f = rows.get(t);
      out.writeUTF(f[1]);
      out.writeFloat(Float.parseFloat(f[4]));
      out.writeFloat(Float.parseFloat(f[5]));
      out.writeUTF(f[8]);
      out.writeUTF(f[10]);
      populations[t] = f[14].isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[14]));
      out.writeInt(populations[t]);
      Set<String> keys = new LinkedHashSet<>();
      keys.add(WorldGazetteer.key(f[1]));
      keys.add(WorldGazetteer.key(f[2]));
      for (String alt : f[3].split(",")) {
        if (isUsefulAlternate(alt)) {
          keys.add(WorldGazetteer.key(alt));
        }
      }
      keys.remove("");
      keysOfTown.add(List.copyOf(keys));
    }
    TownIndex.write(keysOfTown, populations, out);
    out.flush();
    return rows.size();
  }

  /**
   * Alternate names worth a key: Latin script (the rest cannot match English text), at least three letters,
   * no digits, and not an airport or postal code ("DAM", "AMM").
   */
  static boolean isUsefulAlternate(String alt) {
    if (alt.length() < 3) {
      return false;
    }
    if (alt.length() <= 4 && alt.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      boolean latin = c < 0x250 || "'’‘`ʿʾʼ".indexOf(c) >= 0 || (c >= 0x300 && c < 0x370);
      if (!latin || Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }
}

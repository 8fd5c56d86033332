package io.newsdesk.eval.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ECB+ corpus (Cybulska and Vossen, 2014): 982 tokenised news articles in 43 topic folders; in each topic
 * the {@code *ecb.xml} files report one event and the {@code *ecbplus.xml} files another, similar one.
 * Read from its folder at run time; nothing of it is copied into newsdesk.
 */
public final class EcbPlus {

  /** One article: its file name without extension, topic folder, which of the topic's two events, sentences. */
  public record Article(String id, String topic, boolean plus, List<String> sentences) {
    public Article {
      sentences = List.copyOf(sentences);
    }

    /** The event this article reports: topic and half ("12/ecbplus"). */
    public String event() {
      return topic + (plus ? "/ecbplus" : "/ecb");
    }

    /** The sentences one per line, as ECB+ segments them. */
    public String text() {
      return String.join("\n", sentences);
    }
  }

  private static final Pattern TOKEN = Pattern.compile(
      "<token\\b[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

  private EcbPlus() {}

  /**
   * Reads every article under {@code dir} (the folder that holds {@code ECB+/}, or {@code ECB+/} itself), in
   * order of file name alone. The order says nothing an evaluation may use: whoever needs an arrival order makes
   * one of their own (the clustering evaluation shuffles; grouping by topic would hand a clusterer the events).
   */
  public static List<Article> read(Path dir) {
    Path root = Files.isDirectory(dir.resolve("ECB+")) ? dir.resolve("ECB+") : dir;
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("no ECB+ folder at " + dir);
    }
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted(EcbPlus::byFileName).toList()) {
        out.add(parse(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECB+ at " + root, e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no ECB+ articles (*.xml) under " + root);
    }
    return out;
  }

  private static int byFileName(Path a, Path b) {
    return a.getFileName().toString().compareTo(b.getFileName().toString());
  }

  static Article parse(Path file) throws IOException {
    String xml = Files.readString(file);
    Map<Integer, List<String>> tokens = new TreeMap<>();
    Matcher m = TOKEN.matcher(xml);
    while (m.find()) {
      tokens.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(unescape(m.group(2)));
    }
    List<String> sentences = new ArrayList<>();
    for (List<String> s : tokens.values()) {
      String text = detokenize(s);
      if (!text.isBlank()) {
        sentences.add(text);
      }
    }
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    return new Article(name, file.getParent().getFileName().toString(), name.endsWith("plus"), sentences);
  }

  /** Joins Penn-Treebank-style tokens back into text: "`` We ca n't , '' he said ." becomes plain English. */
  static String detokenize(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    boolean openQuote = false;
    boolean glueNext = false;
    for (String t : tokens) {
      String token = switch (t) {
        case "``", "''" -> "\"";
        case "-LRB-" -> "(";
        case "-RRB-" -> ")";
        default -> t;
      };
      boolean attachLeft = token.matches("[.,;:!?%)\\]}]+|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m") || token.equals("\"") && openQuote;
      if (b.length() > 0 && !attachLeft && !glueNext) {
        b.append(' ');
      }
      b.append(token);
      glueNext = token.equals("(") || token.equals("$") || token.equals("\"") && !openQuote;
      if (token.equals("\"")) {
        openQuote = !openQuote;
      }
    }
    return b.toString().strip();
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}

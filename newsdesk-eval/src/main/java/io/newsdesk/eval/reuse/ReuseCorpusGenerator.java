package io.newsdesk.eval.reuse;

import io.newsdesk.core.model.Article;
import io.newsdesk.eval.data.EcbPlus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plants known reuse in real news text, reproducibly from a seed: passages of one to five sentences of one
 * ECB+ article, lightly edited, spliced into an article of another topic published up to three days later (or
 * the same day, then introduced with "According to" the source's outlet); and whole articles reprinted by
 * another outlet with up to a fifth of their words edited.
 */
final class ReuseCorpusGenerator {

  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
  private static final int DAYS = 90;
  private static final int OUTLETS = 40;
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2,}");
  private static final int MIN_PASSAGE_WORDS = 8;
  private static final double MAX_REPRINT_EDIT = 0.2;

  private final long seed;
  private final int splices;
  private final int reprints;

  ReuseCorpusGenerator(long seed, int splices, int reprints) {
    if (splices < 0 || reprints < 0) {
      throw new IllegalArgumentException("splices and reprints must not be negative: " + splices + ", " + reprints);
    }
    this.seed = seed;
    this.splices = splices;
    this.reprints = reprints;
  }

  ReuseCorpus generate(List<EcbPlus.Article> source) {
    Random random = new Random(seed);
    LightEdits edits = new LightEdits(random);
    Map<String, Instant> date = new HashMap<>();
    Map<String, String> outlet = new HashMap<>();
    for (EcbPlus.Article a : source) {
      date.put(a.id(), EPOCH.plus(Duration.ofHours(random.nextInt(DAYS * 24))));
      outlet.put(a.id(), outletName(random.nextInt(OUTLETS)));
    }
    // the untouched texts, read once for the gold tests (each is compared with many passages and reprints)
    Map<String, GoldText.Text> untouched = new HashMap<>();
    for (EcbPlus.Article a : source) {
      untouched.put(a.id(), GoldText.Text.of(a.text()));
    }
    Map<String, Article> articles = new HashMap<>();
    for (EcbPlus.Article a : source) {
      articles.put(a.id(), article(a.id(), a.text(), date.get(a.id()), outlet.get(a.id())));
    }
    List<ReuseCorpus.Passage> passages = new ArrayList<>();
    List<ReuseCorpus.Copy> copies = new ArrayList<>();
    Set<String> used = new HashSet<>();
    List<EcbPlus.Article> shuffled = new ArrayList<>(source);
    java.util.Collections.shuffle(shuffled, random);

    int made = 0;
    for (int attempt = 0; made < splices && attempt < splices * 20; attempt++) {
      EcbPlus.Article from = shuffled.get(random.nextInt(shuffled.size()));
      EcbPlus.Article into = shuffled.get(random.nextInt(shuffled.size()));
      if (from.topic().equals(into.topic()) || used.contains(from.id()) || used.contains(into.id())
          || into.sentences().size() < 2) {
        continue;
      }
      int length = 1 + random.nextInt(5);
      int start = passageStart(from, length, random);
      if (start < 0) {
        continue;
      }
      used.add(from.id());
      used.add(into.id());
      boolean sameDay = random.nextInt(5) == 0;
      Instant when = date.get(from.id()).plus(Duration.ofHours(sameDay ? 0 : 24 + random.nextInt(48)));
      String intoOutlet = otherOutlet(outlet.get(from.id()), random);
      List<String> copied = new ArrayList<>();
      for (int k = start; k < start + length; k++) {
        copied.add(edits.apply(from.sentences().get(k), random.nextInt(3)));
      }
      if (sameDay) {
        // with no time between them, the copy says whose text it is
        String first = copied.get(0);
        copied.set(0, "According to " + outlet.get(from.id()) + ", " + Character.toLowerCase(first.charAt(0))
            + first.substring(1));
      }
      int at = 1 + random.nextInt(into.sentences().size() - 1);
      List<String> sentences = new ArrayList<>(into.sentences());
      StringBuilder text = new StringBuilder();
      int passageStart = -1;
      int passageEnd = -1;
      for (int k = 0; k <= sentences.size(); k++) {
        if (k == at) {
          passageStart = text.length() + (text.length() > 0 ? 1 : 0);
          for (String c : copied) {
            append(text, c);
          }
          passageEnd = text.length();
        }
        if (k < sentences.size()) {
          append(text, sentences.get(k));
        }
      }
      articles.put(into.id(), article(into.id(), text.toString(), when, intoOutlet));
      passages.add(new ReuseCorpus.Passage(from.id(), into.id(), passageStart, passageEnd, length,
          carriersOf(from.sentences().subList(start, start + length), from, into, source, untouched)));
      made++;
    }
    Set<String> planted = new HashSet<>();
    passages.forEach(p -> planted.add(p.target()));

    int copiesMade = 0;
    for (int attempt = 0; copiesMade < reprints && attempt < reprints * 20; attempt++) {
      EcbPlus.Article original = shuffled.get(random.nextInt(shuffled.size()));
      if (used.contains(original.id()) || original.text().split(" ").length < 60) {
        continue;
      }
      used.add(original.id());
      String id = original.id() + "-reprint";
      // half of the copies at the most edited share the benchmark promises, the rest anywhere below it
      double share = random.nextBoolean() ? MAX_REPRINT_EDIT : random.nextDouble() * MAX_REPRINT_EDIT;
      articles.put(id, article(id, reworded(original.text(), share, random),
          date.get(original.id()).plus(Duration.ofHours(1 + random.nextInt(48))),
          otherOutlet(outlet.get(original.id()), random)));
      copies.add(new ReuseCorpus.Copy(original.id(), id, nearCopiesOf(original, source, untouched)));
      planted.add(id);
      copiesMade++;
    }
    List<Article> all = new ArrayList<>(articles.values());
    all.sort(java.util.Comparator.comparing(Article::id));
    return new ReuseCorpus(all, passages, copies, planted);
  }

  /** A start where {@code length} sentences of at least eight words follow, or -1. */
  private static int passageStart(EcbPlus.Article a, int length, Random random) {
    List<Integer> starts = new ArrayList<>();
    for (int s = 0; s + length <= a.sentences().size(); s++) {
      boolean ok = true;
      for (int k = s; k < s + length && ok; k++) {
        ok = isProse(a.sentences().get(k));
      }
      if (ok) {
        starts.add(s);
      }
    }
    return starts.isEmpty() ? -1 : starts.get(random.nextInt(starts.size()));
  }

  /**
   * The other articles of the source's topic that already hold one of the passage's sentences (judged on the
   * untouched texts by the generator's own test, {@link GoldText#carries}): the versions of one agency story that
   * ECB+ collected from several sites.
   */
  private static Set<String> carriersOf(List<String> passage, EcbPlus.Article from, EcbPlus.Article into,
                                        List<EcbPlus.Article> all, Map<String, GoldText.Text> untouched) {
    Set<String> out = new HashSet<>();
    for (EcbPlus.Article a : all) {
      if (a == from || a == into || !a.topic().equals(from.topic())) {
        continue;
      }
      GoldText.Text text = untouched.get(a.id());
      if (passage.stream().anyMatch(sentence -> GoldText.carries(text, sentence))) {
        out.add(a.id());
      }
    }
    return out;
  }

  /** The untouched articles that were already near-copies of {@code original} in ECB+ ({@link GoldText}). */
  private static Set<String> nearCopiesOf(EcbPlus.Article original, List<EcbPlus.Article> all,
                                          Map<String, GoldText.Text> untouched) {
    GoldText.Text originalText = untouched.get(original.id());
    Set<String> out = new HashSet<>();
    for (EcbPlus.Article a : all) {
      if (a != original && GoldText.bigramJaccard(originalText, untouched.get(a.id()))
          >= GoldText.NEAR_COPY_BIGRAM_JACCARD) {
        out.add(a.id());
      }
    }
    return out;
  }

  /** A sentence of eight words or more, not a web address or a time stamp that the tokeniser cut up. */
  private static boolean isProse(String sentence) {
    if (sentence.contains("http") || sentence.contains("www.")) {
      return false;
    }
    return WORD.matcher(sentence).results().count() >= MIN_PASSAGE_WORDS;
  }

  /** The text with {@code share} of its words replaced by other words of it or dropped. */
  private static String reworded(String text, double share, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split("[ \n]")));
    int edits = (int) Math.floor(words.size() * share);
    for (int e = 0; e < edits; e++) {
      int i = random.nextInt(words.size());
      if (random.nextBoolean()) {
        words.set(i, words.get(random.nextInt(words.size())));
      } else if (words.size() > 1) {
        words.remove(i);
      }
    }
    return String.join(" ", words);
  }

  private static String otherOutlet(String outlet, Random random) {
    String other;
    do {
      other = outletName(random.nextInt(OUTLETS));
    } while (other.equals(outlet));
    return other;
  }

  private static final String[] FIRST = {"Daily", "Evening", "Morning", "Weekly", "National"};
  private static final String[] SECOND = {"Courier", "Herald", "Ledger", "Post", "Record", "Star", "Times", "Tribune"};

  /** One of forty made-up outlet names, "Evening Ledger". */
  private static String outletName(int i) {
    return FIRST[i % FIRST.length] + " " + SECOND[i / FIRST.length];
  }

  private static void append(StringBuilder text, String sentence) {
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append(sentence);
  }

  private static Article article(String id, String text, Instant published, String outlet) {
    return new Article(id, "ecb+:" + id, null, null, published, outlet, "en", text);
  }
}

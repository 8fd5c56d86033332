package io.newsdesk.eval.ner;

import io.newsdesk.core.facts.FactExtractor;
import io.newsdesk.core.language.ner.LabelledSentence;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.text.DocumentAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entities a digest reports, scored on gold named entities: each held-out document is read as one article and
 * its facts extracted as the digest extracts an event's (names found, typed, spellings merged); what a reader sees
 * is a list of names with their types, so the unit is a distinct name and type in a document. A reported entity
 * brings its name and each of its spellings; a gold name is the text of a PER, ORG or LOC span. An entity typed
 * other is no claim. Names are compared without case, the gold tokens and the article text joined alike
 * ({@link #text}).
 */
public final class DigestEntities {

  /** Distinct typed names: reported, gold, and reported and gold. */
  public record Scores(int reported, int gold, int right) {
    public double precision() {
      return reported == 0 ? 0 : (double) right / reported;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) right / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private DigestEntities() {}

  /** The scores of {@code facts} over the documents of {@code sentences} (a document's sentences are adjacent). */
  public static Scores score(List<LabelledSentence> sentences, FactExtractor facts) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    int reported = 0;
    int gold = 0;
    int right = 0;
    for (List<LabelledSentence> document : NerCorpus.byDocument(sentences)) {
      StringBuilder body = new StringBuilder();
      Set<String> named = new HashSet<>();
      for (LabelledSentence s : document) {
        body.append(text(s.tokens())).append("\n\n");
        s.spans().forEach(span ->
            named.add(key(text(s.tokens().subList(span.start(), span.end())), type(span.type()))));
      }
      Article article = new Article("doc-" + document.get(0).document(), null, null, null, null, null, "en",
          body.toString());
      Set<String> found = new HashSet<>();
      for (Entity e : facts.extract(List.of(analyzer.analyze(article))).entities()) {
        if (e.type() != EntityType.OTHER) {
          found.add(key(e.name(), e.type()));
          e.variants().forEach(v -> found.add(key(v, e.type())));
        }
      }
      reported += found.size();
      gold += named.size();
      right += (int) found.stream().filter(named::contains).count();
    }
    return new Scores(reported, gold, right);
  }

  /**
   * Tokens joined as text is written: no space before closing punctuation and clitics ("Syria 's" reads "Syria's"),
   * none after an opening bracket. The treebanks' own text is not kept with their tokens, so this stands in for it.
   */
  static String text(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      boolean glued = t.matches("[,.;:!?)\\]}%]|['’](?:s|re|ve|ll|d|m)?|n['’]t")
          || (b.length() > 0 && "([{$".indexOf(b.charAt(b.length() - 1)) >= 0);
      if (b.length() > 0 && !glued) {
        b.append(' ');
      }
      b.append(t);
    }
    return b.toString();
  }

  private static String key(String name, EntityType type) {
    return name.toLowerCase(Locale.ROOT) + "|" + type;
  }

  private static EntityType type(io.newsdesk.core.language.ner.EntityType type) {
    return switch (type) {
      case PER -> EntityType.PERSON;
      case ORG -> EntityType.ORGANIZATION;
      case LOC -> EntityType.PLACE;
    };
  }
}

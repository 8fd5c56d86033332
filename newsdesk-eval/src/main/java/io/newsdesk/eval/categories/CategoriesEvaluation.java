package io.newsdesk.eval.categories;

import io.newsdesk.core.classify.CategoryDescriptions;
import io.newsdesk.core.classify.EmbeddingEventClassifier;
import io.newsdesk.core.classify.Section;
import io.newsdesk.core.classify.SectionModel;
import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.eval.Split;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The coarse-section classifier on news-cluster, split by story: the model is trained on the dev stories and scored
 * on the test stories, which it never sees; the dev figure is leave-one-story-out over the dev stories (each dev
 * story classified by a model trained on the others), so that it too is a figure on unseen stories. Beside it, the
 * majority section of the training part and a hand-written word list ({@link KeywordBaseline}).
 */
final class CategoriesEvaluation {

  /** Accuracy and macro-F1 (over the sections that are gold or predicted) of predictions against gold. */
  record Scores(double accuracy, double macroF1, int n) {
    static Scores of(List<Section> gold, List<Section> predicted) {
      int right = 0;
      Map<Section, int[]> counts = new EnumMap<>(Section.class); // tp, fp, fn
      for (int i = 0; i < gold.size(); i++) {
        Section g = gold.get(i);
        Section p = predicted.get(i);
        if (g == p) {
          right++;
          counts.computeIfAbsent(g, k -> new int[3])[0]++;
        } else {
          counts.computeIfAbsent(p, k -> new int[3])[1]++;
          counts.computeIfAbsent(g, k -> new int[3])[2]++;
        }
      }
      double f1 = 0;
      for (int[] c : counts.values()) {
        f1 += c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
      }
      return new Scores(gold.isEmpty() ? 0 : (double) right / gold.size(), counts.isEmpty() ? 0 : f1 / counts.size(),
          gold.size());
    }
  }

  /** The figures of one part. */
  record PartFigures(Scores model, Scores articlesAlone, Scores majority, Scores keywords, Scores keywordsAlone,
                     Scores zeroShot, Scores eventZeroShot, Section majoritySection,
                     Map<Section, Map<Section, Integer>> confusion) {}

  /**
   * What newsdesk reads of one text: the text, its features ({@link CategoryDescriptions#features} of its embedding)
   * and the section of its nearest category description (what the descriptions alone say, with no training).
   */
  record Reading(String text, float[] features, Section nearest) {}

  private final List<SectionArticle> articles;
  /** Each article's own title and lead, in the articles' order: what the model is trained on. */
  private final List<Reading> own;
  /** The event the digest put each article in (its headline and summary), in the same order: what it classifies. */
  private final List<Reading> events;

  CategoriesEvaluation(List<SectionArticle> articles, List<Reading> own, List<Reading> events) {
    if (own.size() != articles.size() || events.size() != articles.size()) {
      throw new IllegalArgumentException(own.size() + " and " + events.size() + " readings for " + articles.size()
          + " articles");
    }
    this.articles = List.copyOf(articles);
    this.own = List.copyOf(own);
    this.events = List.copyOf(events);
  }

  /**
   * The evaluation of newsdesk's own features (cosines of an embedding to the descriptions): trained on each
   * article's title and lead, and classifying the text of each article's event ({@code eventTexts}, in the
   * articles' order; the articles' own texts to classify them alone). Each distinct text is embedded once.
   */
  static CategoriesEvaluation of(List<SectionArticle> articles, List<String> eventTexts, TextEmbedder embedder) {
    CategoryDescriptions descriptions = CategoryDescriptions.standard(embedder);
    List<String> texts = java.util.stream.Stream.concat(articles.stream().map(SectionArticle::text),
        eventTexts.stream()).distinct().toList();
    // one at a time, as the digest embeds events
    float[][] embeddings = EmbeddingEventClassifier.embedEachAlone(embedder, texts);
    Map<String, Reading> byText = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      byText.put(texts.get(i), new Reading(texts.get(i), descriptions.features(embeddings[i]),
          descriptions.nearestSection(embeddings[i])));
    }
    return new CategoriesEvaluation(articles, articles.stream().map(a -> byText.get(a.text())).toList(),
        eventTexts.stream().map(byText::get).toList());
  }

  /** Each article classified alone, as if it were an event of its own (for training, and the sweep). */
  static CategoriesEvaluation ofArticles(List<SectionArticle> articles, TextEmbedder embedder) {
    return of(articles, articles.stream().map(SectionArticle::text).toList(), embedder);
  }

  List<SectionArticle> articles() {
    return articles;
  }

  /** The test part: trained on every dev story. */
  PartFigures test(SectionModel.Training training) {
    List<Integer> train = indices(Split.Part.DEV);
    List<Integer> test = indices(Split.Part.TEST);
    SectionModel model = train(train, training);
    Section majority = majority(train);
    return figures(test, test.stream().map(i -> model.predict(events.get(i).features())).toList(),
        test.stream().map(i -> model.predict(own.get(i).features())).toList(), majority);
  }

  /** The dev part: each dev story classified by a model trained on the other dev stories. */
  PartFigures dev(SectionModel.Training training) {
    List<Integer> dev = indices(Split.Part.DEV);
    Map<Integer, Section> predicted = new LinkedHashMap<>();
    Map<Integer, Section> alone = new LinkedHashMap<>();
    Set<Integer> stories = new TreeSet<>();
    dev.forEach(i -> stories.add(articles.get(i).story()));
    for (int story : stories) {
      List<Integer> train = dev.stream().filter(i -> articles.get(i).story() != story).toList();
      SectionModel model = train(train, training);
      dev.stream().filter(i -> articles.get(i).story() == story)
          .forEach(i -> {
            predicted.put(i, model.predict(events.get(i).features()));
            alone.put(i, model.predict(own.get(i).features()));
          });
    }
    return figures(dev, dev.stream().map(predicted::get).toList(), dev.stream().map(alone::get).toList(),
        majority(dev));
  }

  /** Stories per part, for the report. */
  int stories(Split.Part part) {
    return (int) indices(part).stream().map(i -> articles.get(i).story()).distinct().count();
  }

  List<Integer> indices(Split.Part part) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).part() == part) {
        out.add(i);
      }
    }
    return out;
  }

  /** The shipped model's recipe on the given articles. */
  SectionModel train(List<Integer> indices, SectionModel.Training training) {
    return SectionModel.train(indices.stream().map(i -> own.get(i).features()).toList(),
        indices.stream().map(i -> articles.get(i).section()).toList(), training);
  }

  /** The share of the given articles that {@code model} files under their own section. */
  double accuracy(SectionModel model, List<Integer> indices) {
    return (double) indices.stream()
        .filter(i -> model.predict(own.get(i).features()) == articles.get(i).section()).count() / indices.size();
  }

  private Section majority(List<Integer> indices) {
    Map<Section, Integer> counts = new EnumMap<>(Section.class);
    indices.forEach(i -> counts.merge(articles.get(i).section(), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.<Section, Integer>comparingByValue()
        .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
  }

  private PartFigures figures(List<Integer> part, List<Section> predicted, List<Section> alone, Section majority) {
    List<Section> gold = part.stream().map(i -> articles.get(i).section()).toList();
    KeywordBaseline keywords = new KeywordBaseline(majority);
    Map<Section, Map<Section, Integer>> confusion = new EnumMap<>(Section.class);
    for (int i = 0; i < gold.size(); i++) {
      confusion.computeIfAbsent(gold.get(i), k -> new EnumMap<>(Section.class)).merge(predicted.get(i), 1, Integer::sum);
    }
    return new PartFigures(Scores.of(gold, predicted), Scores.of(gold, alone),
        Scores.of(gold, gold.stream().map(g -> majority).toList()),
        Scores.of(gold, keywords.classify(part.stream().map(i -> events.get(i).text()).toList())),
        Scores.of(gold, keywords.classify(part.stream().map(i -> own.get(i).text()).toList())),
        Scores.of(gold, part.stream().map(i -> own.get(i).nearest()).toList()),
        Scores.of(gold, part.stream().map(i -> events.get(i).nearest()).toList()), majority, confusion);
  }
}

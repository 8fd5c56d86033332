package io.newsdesk.core.classify;

import io.newsdesk.core.embed.EventText;
import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.core.language.ClauseReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.EventKind;
import io.newsdesk.core.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The kind of an event from the sentence embedding of its headline and lead: the coarse {@link Section} from a
 * classifier trained on labelled articles ({@link SectionModel}), then, among the categories that section holds, the
 * one whose short descriptions ({@code categories.tsv}) lie nearest to the event (cosine, best sentence); then the
 * action from the event's sentences ({@link ActionFinder}). Nothing here is a list of topic words: the section is
 * learnt, and the categories are told apart by what their descriptions mean, so both carry to news never seen.
 */
public final class EmbeddingEventClassifier implements EventClassifier, AutoCloseable {

  /**
   * Tokens of headline and lead embedded: 128 holds both for nearly every article (news-cluster's median title and
   * first sentence run to about 50 tokens), where the clustering's 64 cuts long leads.
   */
  public static final int MAX_TOKENS = 128;
  /** The headline says what happened most briefly; the summary's first sentence, then the articles' titles. */
  private static final double HEADLINE = 3, LEAD = 2, OTHER = 1;

  private final TextEmbedder embedder;
  private final SectionModel model;
  private final ActionFinder actions;
  private final CategoryDescriptions descriptions;

  public EmbeddingEventClassifier(TextEmbedder embedder, SectionModel model, ActionFinder actions) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.model = Objects.requireNonNull(model, "model");
    this.actions = Objects.requireNonNull(actions, "actions");
    this.descriptions = CategoryDescriptions.standard(embedder);
    if (descriptions.size() != model.dimensions()) {
      throw new IllegalArgumentException("the model takes " + model.dimensions() + " features, categories.tsv has "
          + descriptions.size() + " descriptions: retrain it (newsdesk train categories)");
    }
  }

  /**
   * The classifier with the shipped model over {@code embedder}, which should cut texts at {@link #MAX_TOKENS}: a
   * pipeline loads the embedding model once (about a second) and shares it.
   */
  public static EmbeddingEventClassifier standard(TextEmbedder embedder) {
    return standard(embedder, null);
  }

  /** The same, its actions read from each sentence's main clause by {@code clauses} (null: from whole sentences). */
  public static EmbeddingEventClassifier standard(TextEmbedder embedder, ClauseReader clauses) {
    return new EmbeddingEventClassifier(embedder, SectionModel.load(), ActionFinder.standard(clauses));
  }

  /** Releases the embedding model. */
  @Override
  public void close() {
    embedder.close();
  }

  @Override
  public List<EventKind> classify(List<Event> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    List<String> texts = events.stream().map(EventText::of).toList();
    float[][] vectors = embedEachAlone(embedder, texts);
    // the actions read each event's sentences with the tagger: independent events, so on every core
    return IntStream.range(0, events.size()).parallel().mapToObj(i -> {
      Section section = model.predict(descriptions.features(vectors[i]));
      Category category = descriptions.nearest(vectors[i], Category.in(section));
      return new EventKind(category.label(), section.label(), actions.find(candidates(events.get(i)),
          category.label()));
    }).toList();
  }

  /**
   * Each text embedded in a batch of its own. The int8 model quantises its activations with scales taken over the
   * whole batch, so a text's vector moves with the texts beside it (by up to 0.03 a dimension, enough to flip a
   * borderline event's section); alone, an event gets the same kind whatever else is digested with it, at about
   * 10% more time than batches (200 texts of 30 to 90 words: 1.63 s against 1.47 s on 2 cores).
   */
  public static float[][] embedEachAlone(TextEmbedder embedder, List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      out[i] = embedder.embed(List.of(texts.get(i)))[0];
    }
    return out;
  }

  private static List<ActionFinder.Candidate> candidates(Event e) {
    List<ActionFinder.Candidate> out = new ArrayList<>();
    out.add(new ActionFinder.Candidate(e.headline(), HEADLINE, null));
    for (int i = 0; i < e.summary().size(); i++) {
      SummarySentence s = e.summary().get(i);
      out.add(new ActionFinder.Candidate(s.text(), i == 0 ? LEAD : OTHER, s.sources().isEmpty() ? null : s.sources().get(0)));
    }
    for (Article a : e.articles()) {
      if (a.title() != null && !a.title().equals(e.headline())) {
        out.add(new ActionFinder.Candidate(a.title(), OTHER, a.id()));
      }
    }
    return out;
  }
}

package io.newsdesk.core.facts;

import io.newsdesk.core.language.ClauseReader;
import io.newsdesk.core.language.LanguageModels;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.Quote;
import io.newsdesk.core.text.AttributionFinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Entities, figures and quotes by the rules of this package. Stateless once built; safe across threads. */
public final class RuleBasedFactExtractor implements FactExtractor {

  private final EntityExtractor entities;
  private final EntityResolver resolver;
  private final FigureExtractor figures;
  private final FigureMerger merger = new FigureMerger();
  private final QuoteExtractor quotes;
  private final java.util.function.Supplier<WorldGazetteer> world;
  private final ClauseReader clauses;

  /** Places from the countries gazetteer alone. */
  public RuleBasedFactExtractor(Gazetteer gazetteer) {
    this(gazetteer, null);
  }

  /** Places also from the world gazetteer, geocoded in context; {@code world} is asked for when first needed. */
  public RuleBasedFactExtractor(Gazetteer gazetteer, java.util.function.Supplier<WorldGazetteer> world) {
    this(gazetteer, world, LanguageModels.none());
  }

  /** Names typed and sentences read by {@code models} where they are sure, by rules where they are not. */
  public RuleBasedFactExtractor(Gazetteer gazetteer, java.util.function.Supplier<WorldGazetteer> world,
      LanguageModels models) {
    AttributionFinder attributions = new AttributionFinder();
    this.entities = new EntityExtractor(gazetteer, models.names());
    this.clauses = models.clauses();
    this.resolver = new EntityResolver(gazetteer, world);
    this.figures = new FigureExtractor(attributions);
    this.quotes = new QuoteExtractor(attributions);
    this.world = world;
  }

  @Override
  public EventFacts extract(List<Document> event) {
    List<Figure> found = new ArrayList<>();
    List<Quote> said = new ArrayList<>();
    for (Document doc : event) {
      found.addAll(figures.extract(doc));
      said.addAll(quotes.extract(doc));
    }
    FigureMerger.Merged merged = merger.merge(found);
    return new EventFacts(resolver.resolve(entities.extract(event)), merged.figures(), mergeQuotes(said),
        merged.conflicts());
  }

  /** Those of the article that reports the headline's action ({@link EventFiveWs}); null without the world gazetteer. */
  @Override
  public FiveWs fiveWs(List<Document> event, String headline) {
    return world == null ? null : new EventFiveWs(world.get(), clauses).of(event, headline);
  }

  /** The same words quoted by several articles are one quote with several sources. */
  private static List<Quote> mergeQuotes(List<Quote> quotes) {
    Map<String, List<Quote>> byText = new LinkedHashMap<>();
    for (Quote q : quotes) {
      byText.computeIfAbsent(q.text().toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", " ").strip(),
          k -> new ArrayList<>()).add(q);
    }
    List<Quote> out = new ArrayList<>();
    for (List<Quote> same : byText.values()) {
      TreeSet<String> sources = new TreeSet<>();
      String speaker = null;
      String affiliation = null;
      for (Quote q : same) {
        sources.addAll(q.sources());
        speaker = speaker != null ? speaker : q.speaker();
        affiliation = affiliation != null ? affiliation : q.affiliation();
      }
      out.add(new Quote(same.get(0).text(), speaker, affiliation, List.copyOf(sources)));
    }
    return out;
  }
}

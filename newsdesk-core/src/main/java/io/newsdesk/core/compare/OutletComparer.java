package io.newsdesk.core.compare;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Conflict;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.SourceComparison;
import io.newsdesk.core.model.SourceComparison.FigureClaim;
import io.newsdesk.core.model.SourceComparison.FigureDispute;
import io.newsdesk.core.model.SourceComparison.OutletWords;
import io.newsdesk.core.model.SourceComparison.Statement;
import io.newsdesk.core.model.SourceComparison.WordUse;
import io.newsdesk.core.model.SourceComparison.Wording;
import io.newsdesk.core.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares outlets, not articles: two reprints from one outlet are one voice. What all outlets state are the
 * summary sentences, figures and names that every outlet's articles carry; the disputes are the facts' conflicts with
 * who gives which value; a single-source claim is a figure or quote only one outlet gives; the wording lists, per
 * concept of {@link LoadedWords}, the words each outlet chose, where one of them takes a side.
 */
public final class OutletComparer implements SourceComparer {

  /** Quotes listed at most among the single-source claims, after every figure: a reader scans, not studies. */
  private static final int MAX_SINGLE_SOURCE_QUOTES = 5;
  /** Names listed at most in the statement of what all outlets name. */
  private static final int MAX_SHARED_NAMES = 8;

  private final LoadedWords lexicon;

  public OutletComparer(LoadedWords lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  public OutletComparer() {
    this(LoadedWords.standard());
  }

  @Override
  public SourceComparison compare(List<Document> event, EventFacts facts, List<SummarySentence> summary) {
    Map<String, String> outletOf = new LinkedHashMap<>();
    for (Document d : event) {
      outletOf.put(d.id(), outlet(d.article()));
    }
    Set<String> outlets = new LinkedHashSet<>(outletOf.values());
    if (outlets.size() < 2) {
      return SourceComparison.NONE;
    }
    return new SourceComparison(agreed(summary, facts, outletOf, outlets), disputes(facts, outletOf),
        singleSource(facts, outletOf), wording(event, outletOf));
  }

  /** The outlet as shown: its name, else the article id. */
  static String outlet(Article a) {
    return a.outlet() != null ? a.outlet() : a.id();
  }

  private static List<Statement> agreed(List<SummarySentence> summary, EventFacts facts, Map<String, String> outletOf,
                                        Set<String> outlets) {
    List<Statement> out = new ArrayList<>();
    for (SummarySentence s : summary) {
      List<String> by = outletsOf(s.sources(), outletOf);
      if (by.containsAll(outlets)) {
        out.add(new Statement(s.text(), by, s.sources()));
      }
    }
    for (Figure f : facts.figures()) {
      List<String> by = outletsOf(f.sources(), outletOf);
      if (by.containsAll(outlets)) {
        out.add(new Statement(describe(f), by, f.sources()));
      }
    }
    List<Entity> named = facts.entities().stream()
        .filter(e -> outletsOf(e.sources(), outletOf).containsAll(outlets))
        .sorted(Comparator.comparingInt(Entity::mentions).reversed()).limit(MAX_SHARED_NAMES).toList();
    if (!named.isEmpty()) {
      out.add(new Statement("All name " + String.join(", ", named.stream().map(Entity::name).toList()),
          List.copyOf(outlets), named.stream().flatMap(e -> e.sources().stream()).distinct().sorted().toList()));
    }
    return out;
  }

  private static List<FigureDispute> disputes(EventFacts facts, Map<String, String> outletOf) {
    List<FigureDispute> out = new ArrayList<>();
    for (Conflict c : facts.conflicts()) {
      List<FigureClaim> claims = new ArrayList<>();
      for (Conflict.Claim cl : c.claims()) {
        String unit = facts.figures().stream().filter(f -> f.value().equals(cl.value()) && f.unit() != null)
            .map(Figure::unit).findFirst().orElse(null);
        claims.add(new FigureClaim(cl.value(), unit, cl.claimedBy(), outletsOf(cl.sources(), outletOf), cl.sources()));
      }
      out.add(new FigureDispute(c.what(), claims));
    }
    return out;
  }

  private static List<Statement> singleSource(EventFacts facts, Map<String, String> outletOf) {
    List<Statement> out = new ArrayList<>();
    for (Figure f : facts.figures()) {
      List<String> by = outletsOf(f.sources(), outletOf);
      if (by.size() == 1) {
        out.add(new Statement(describe(f), by, f.sources()));
      }
    }
    facts.quotes().stream().filter(q -> outletsOf(q.sources(), outletOf).size() == 1 && q.speaker() != null)
        .limit(MAX_SINGLE_SOURCE_QUOTES)
        .forEach(q -> out.add(new Statement("“" + q.text() + "” (" + q.speaker() + ")",
            outletsOf(q.sources(), outletOf), q.sources())));
    return out;
  }

  private List<Wording> wording(List<Document> event, Map<String, String> outletOf) {
    // concept -> outlet -> word -> count, and the articles behind each outlet's words
    Map<String, Map<String, Map<LoadedWords.Word, Integer>>> counts = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> sources = new LinkedHashMap<>();
    for (Document d : event) {
      String outlet = outletOf.get(d.id());
      String text = (d.article().title() == null ? "" : d.article().title() + "\n") + d.article().text();
      lexicon.count(text).forEach((concept, words) -> {
        Map<LoadedWords.Word, Integer> mine = counts.computeIfAbsent(concept, k -> new LinkedHashMap<>())
            .computeIfAbsent(outlet, k -> new LinkedHashMap<>());
        words.forEach((w, n) -> mine.merge(w, n, Integer::sum));
        sources.computeIfAbsent(concept, k -> new LinkedHashMap<>()).computeIfAbsent(outlet, k -> new LinkedHashSet<>())
            .add(d.id());
      });
    }
    List<Wording> out = new ArrayList<>();
    counts.forEach((concept, byOutlet) -> {
      boolean loaded = byOutlet.values().stream().anyMatch(m -> m.keySet().stream().anyMatch(LoadedWords.Word::loaded));
      // neutral synonyms ("killed", "died") say nothing about a side; a loaded word does, beside the others' words
      if (byOutlet.size() < 2 || !loaded) {
        return;
      }
      List<OutletWords> uses = new ArrayList<>();
      byOutlet.forEach((outlet, words) -> uses.add(new OutletWords(outlet, words.entrySet().stream()
          .sorted(Map.Entry.<LoadedWords.Word, Integer>comparingByValue().reversed())
          .map(e -> new WordUse(e.getKey().word(), e.getValue(), e.getKey().loaded())).toList(),
          List.copyOf(sources.get(concept).get(outlet)))));
      out.add(new Wording(concept, uses));
    });
    return out;
  }

  private static List<String> outletsOf(List<String> ids, Map<String, String> outletOf) {
    return ids.stream().map(outletOf::get).filter(Objects::nonNull).distinct().toList();
  }

  /** "more than 320,000 people to flee (United Nations)". */
  private static String describe(Figure f) {
    return (f.qualifier() == null ? "" : f.qualifier() + " ") + f.value() + (f.unit() == null ? "" : " " + f.unit())
        + (f.what() == null ? "" : " " + f.what()) + (f.claimedBy() == null ? "" : " (" + f.claimedBy() + ")");
  }
}

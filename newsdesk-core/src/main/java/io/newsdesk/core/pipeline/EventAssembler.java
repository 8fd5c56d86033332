package io.newsdesk.core.pipeline;

import io.newsdesk.core.compare.OutletComparer;
import io.newsdesk.core.compare.SourceComparer;
import io.newsdesk.core.dedup.CreditLinker;
import io.newsdesk.core.dedup.PassageReuseDetector;
import io.newsdesk.core.dedup.ReuseDetector;
import io.newsdesk.core.facts.EventDater;
import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.facts.FactExtractor;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.RuleBasedFactExtractor;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.language.LanguageModels;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.Reprint;
import io.newsdesk.core.summarize.CurrentEventsWriter;
import io.newsdesk.core.summarize.CentralitySummarizer;
import io.newsdesk.core.summarize.EventSummary;
import io.newsdesk.core.summarize.Summarizer;
import io.newsdesk.core.text.DocumentFrequencies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Turns one group of documents into an {@link Event}: its facts, reused passages, cited summary and timeline, its
 * sources compared and its current-events line.
 */
public final class EventAssembler {

  private final FactExtractor facts;
  private final ReuseDetector reuse;
  private final Summarizer summarizer;
  private final CreditLinker credits = new CreditLinker();
  private final EventDater dater = new EventDater();
  private final SourceComparer comparer = new OutletComparer();
  private final CurrentEventsWriter currentEvents = new CurrentEventsWriter();

  public EventAssembler(FactExtractor facts, ReuseDetector reuse, Summarizer summarizer) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.reuse = Objects.requireNonNull(reuse, "reuse");
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
  }

  /**
   * The assembler of the digest: facts by rules and the language models, places of the world gazetteer (asked for when
   * first needed), passage reuse, and summaries that weigh terms by their frequencies over the whole input.
   */
  public static EventAssembler standard(Gazetteer gazetteer, Supplier<WorldGazetteer> world, LanguageModels models,
      DocumentFrequencies df, int maxSummarySentences, int maxSummaryWords) {
    return new EventAssembler(new RuleBasedFactExtractor(gazetteer, world, models),
        new PassageReuseDetector(), new CentralitySummarizer(df, maxSummarySentences, maxSummaryWords));
  }

  /**
   * @param group    the event's documents, copies included
   * @param reprints the reprints among them
   */
  public Event assemble(List<Document> group, List<Reprint> reprints) {
    if (group.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one document");
    }
    EventFacts f = facts.extract(group);
    EventSummary summary = summarizer.summarize(group, f);
    FiveWs fiveWs = facts.fiveWs(group, summary.headline());
    List<Article> articles = group.stream().map(Document::article).toList();
    Instant start = dater.start(group).orElse(null);
    Instant end = articles.stream().map(Article::published).filter(Objects::nonNull).max(Instant::compareTo)
        .orElse(null);
    return new Event(eventId(group.get(0).id()), summary.headline(), start, end, articles, summary.sentences(),
        f.entities(), f.figures(), f.quotes(), reuse.detect(group), f.conflicts(), credits.link(group), reprints,
        comparer.compare(group, f, summary.sentences()), summary.timeline(),
        currentEvents.write(summary.headline(), start, articles, f, fiveWs == null || fiveWs.who() == null ? null
            : fiveWs.who().text()), fiveWs);
  }

  /** Named after the event's first article, so that the id stays when later articles join. */
  static String eventId(String firstArticleId) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
      return "ev-" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

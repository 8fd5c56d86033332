package io.newsdesk.core.ingest;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What {@link CorpusReader} hands its readers: guesses a missing language, applies the run's filter, refuses a
 * second article with a seen id, and holds feed items back to the end of the batch, so that a page of the same
 * address read later still replaces its item.
 */
final class BatchSink implements ArticleSink {

  private final Consumer<Article> out;
  private final ArticleFilter filter;
  private final LanguageGuesser languages;
  private final Map<String, String> seen = new HashMap<>();
  private final Map<String, Article> heldItems = new LinkedHashMap<>();
  final List<Problem> problems = new ArrayList<>();
  final Map<String, Integer> skipped = new TreeMap<>();
  int articles;
  private boolean readingItems;

  BatchSink(Consumer<Article> out, ArticleFilter filter, LanguageGuesser languages) {
    this.out = out;
    this.filter = filter;
    this.languages = languages;
  }

  /** Tells which reader the next articles come from. */
  void reading(ArticleReader reader) {
    readingItems = reader.yieldsToPages();
  }

  @Override
  public void article(Article read) {
    Article a = languages.withGuessedLanguage(read);
    if (!filter.accepts(a)) {
      skipped("outside the filters (--host, --language, --since, --until)");
      return;
    }
    String earlier = seen.putIfAbsent(a.id(), a.source());
    if (earlier != null) {
      if (!readingItems && heldItems.remove(a.id()) != null) {
        seen.put(a.id(), a.source());
        skipped("feed item replaced by its page");
        emit(a);
      } else if (readingItems && !heldItems.containsKey(a.id())) {
        skipped("feed item whose page was read");
      } else {
        problems.add(new Problem(a.source(), "duplicate article id \"" + a.id() + "\" (first read from " + earlier
            + "), skipped"));
      }
      return;
    }
    if (readingItems) {
      heldItems.put(a.id(), a);
    } else {
      emit(a);
    }
  }

  /** Hands on the feed items that no page replaced. */
  void finish() {
    heldItems.values().forEach(this::emit);
    heldItems.clear();
  }

  private void emit(Article a) {
    articles++;
    out.accept(a);
  }

  @Override
  public void problem(Problem p) {
    problems.add(p);
  }

  @Override
  public void skipped(String what) {
    skipped.merge(what, 1, Integer::sum);
  }

  @Override
  public boolean wants(String url) {
    return filter.wantsAddress(url);
  }
}

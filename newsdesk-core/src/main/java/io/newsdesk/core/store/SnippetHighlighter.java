package io.newsdesk.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter giving its passages as {@link SearchHit.Snippet}s, text and match offsets apart,
 * so that whoever shows them escapes the text themselves: no markup is ever mixed into article text here.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter()));
  }

  /** The best passages of {@code field} in each document, in the order of {@code docIds}. */
  @SuppressWarnings("unchecked")
  List<List<SearchHit.Snippet>> snippets(String field, Query query, int[] docIds, int perDocument)
      throws IOException {
    Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {perDocument})
        .get(field);
    List<List<SearchHit.Snippet>> result = new ArrayList<>(docIds.length);
    for (Object o : found) {
      result.add(o == null ? List.of() : (List<SearchHit.Snippet>) o);
    }
    return result;
  }

  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<SearchHit.Snippet> snippets = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        int from = p.getStartOffset();
        int to = p.getEndOffset();
        List<SearchHit.Mark> marks = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int s = Math.max(p.getMatchStarts()[i], from);
          int e = Math.min(p.getMatchEnds()[i], to);
          if (s < lastEnd || e <= s) {
            continue; // overlapping matches of one span: the first one covers it
          }
          marks.add(new SearchHit.Mark(s - from, e - from));
          lastEnd = e;
        }
        snippets.add(new SearchHit.Snippet(content.substring(from, to).replace('\n', ' '), marks));
      }
      return snippets;
    }
  }
}

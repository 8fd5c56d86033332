package io.newsdesk.core.cluster;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.Terms;
import java.util.ArrayList;
import java.util.List;

/**
 * What every clusterer takes the same way: the order documents arrive in, the terms they are compared by, and
 * which languages may meet in an event.
 */
final class ClusterInput {

  /** Title words say what the article is about more surely than body words: they count twice. */
  private static final int TITLE_WEIGHT = 2;

  private ClusterInput() {}

  /**
   * True when articles in these two languages may share an event: the same language, or one undetermined. The
   * same words mean other things in other languages.
   */
  static boolean sameLanguage(String a, String b) {
    return a.equals("und") || b.equals("und") || a.equals(b);
  }

  /** Term frequencies over all the documents to cluster, so that weights do not depend on arrival order. */
  static DocumentFrequencies frequencies(List<Document> documents) {
    DocumentFrequencies df = new DocumentFrequencies();
    documents.forEach(d -> df.add(d.terms()));
    return df;
  }

  static List<Document> inArrivalOrder(List<Document> documents) {
    List<Document> ordered = new ArrayList<>(documents);
    ordered.sort(Document.IN_TIME_ORDER);
    return ordered;
  }

  /** The document's terms with its title's terms (the first ones) repeated. */
  static List<String> weightedTerms(Document doc) {
    String title = doc.article().title();
    if (title == null) {
      return doc.terms();
    }
    List<String> terms = new ArrayList<>(doc.terms());
    int titleTerms = Terms.terms(title).size();
    for (int k = 1; k < TITLE_WEIGHT; k++) {
      terms.addAll(doc.terms().subList(0, Math.min(titleTerms, doc.terms().size())));
    }
    return terms;
  }
}

package io.newsdesk.core.text;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;

/**
 * The analysis chain of English news text, as a Lucene analyzer whose field names say what comes out:
 * <ul>
 *   <li>{@link #WORDS}: the words of a text as written ({@link IndexWordTokenizer});
 *   <li>{@link #TERMS}: its index terms: words folded to ASCII, lowercased, without a possessive 's, at least
 *       two characters, not a {@link StopWords stop word}, plural endings removed ({@link PluralStemFilter});
 *   <li>{@link #WORD_FORM} and {@link #WORD_TERM}: the same steps on one word taken whole, giving its normal
 *       form ("Dar'a's" is "dar'a") and its index term (none for "the").
 * </ul>
 * Lucene keeps one chain per field and thread and reuses it for every text, so analysing a text allocates its
 * terms and nothing per step.
 */
public final class NewsAnalyzer extends Analyzer {

  public static final String WORDS = "words";
  public static final String TERMS = "terms";
  public static final String WORD_FORM = "word-form";
  public static final String WORD_TERM = "word-term";

  /** Shortest index term: single letters ("U" of "U.S.", initials) say nothing about an event. */
  private static final int MIN_TERM_CHARS = 2;

  private final CharArraySet stopWords = StopWords.asCharArraySet();

  public NewsAnalyzer() {
    super(new ChainPerThreadAndField());
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    return switch (field) {
      case WORDS -> new TokenStreamComponents(new IndexWordTokenizer());
      case TERMS -> terms(new IndexWordTokenizer());
      case WORD_FORM -> {
        Tokenizer word = new KeywordTokenizer();
        yield new TokenStreamComponents(word, normalForm(word));
      }
      case WORD_TERM -> terms(new KeywordTokenizer());
      default -> throw new IllegalArgumentException("NewsAnalyzer has no field \"" + field + "\"; it has "
          + WORDS + ", " + TERMS + ", " + WORD_FORM + " and " + WORD_TERM);
    };
  }

  private TokenStreamComponents terms(Tokenizer words) {
    TokenStream terms = new LengthFilter(normalForm(words), MIN_TERM_CHARS, Integer.MAX_VALUE);
    terms = new StopFilter(terms, stopWords);
    return new TokenStreamComponents(words, new PluralStemFilter(terms));
  }

  /** "Türkiye’s" gives "turkiye": accents folded (’ becomes '), lowercase, possessive gone. */
  private static TokenStream normalForm(TokenStream words) {
    return new EnglishPossessiveFilter(new LowerCaseFilter(new ASCIIFoldingFilter(words)));
  }

  /**
   * Keeps each thread's chain per field in a plain ThreadLocal. Lucene's PER_FIELD_REUSE_STRATEGY keeps them in a
   * CloseableThreadLocal, whose every get() also counts down one AtomicInteger that all threads share: for a
   * caller that asks about one word at a time ({@link Terms#term}) that shared counter costs more than the
   * analysis. What this gives up is {@link Analyzer#close()} letting go of the chains at once; the analyzers of
   * newsdesk live as long as the program, and a dropped one's chains go with their threads.
   */
  private static final class ChainPerThreadAndField extends ReuseStrategy {

    private final ThreadLocal<Map<String, TokenStreamComponents>> chains = ThreadLocal.withInitial(HashMap::new);

    @Override
    public TokenStreamComponents getReusableComponents(Analyzer analyzer, String field) {
      return chains.get().get(field);
    }

    @Override
    public void setReusableComponents(Analyzer analyzer, String field, TokenStreamComponents components) {
      chains.get().put(field, components);
    }
  }
}

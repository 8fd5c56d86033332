package io.newsdesk.core.language.ner;

import io.newsdesk.core.text.StopWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words known to be parts of people's names ("Assad", "Okafor", "Aamodt") and of company names ("Comcast",
 * "Lenovo"), from lists made apart from any training data: the cspell dictionaries of people's names (about 39,000
 * first and family names of many cultures) and of companies (about 2,300 names and tickers), MIT-licensed, fetched
 * from the npm registry by the build (see newsdesk-core's pom and NOTICE). The recogniser and the typer read them as
 * features beside the lists harvested from their training data, so that a name training never saw is still known
 * as someone's name; the weights learnt from the data say how far to trust them, since many of the words are also
 * plain words ("Line", "Income", "Grace").
 *
 * <p>Words are held lower-cased: web text writes names in lower case too, and the features pair the hit with the
 * word's shape.
 */
public final class NameWords {

  /** The lists the build ships, as resources beside this class. */
  public static final String PEOPLE = "people-names.txt";
  public static final String COMPANIES = "companies.txt";

  private final Set<String> people;
  private final Set<String> companies;

  public NameWords(Set<String> people, Set<String> companies) {
    this.people = Set.copyOf(people);
    this.companies = Set.copyOf(companies);
  }

  /** No known names: every word unknown. */
  public static NameWords none() {
    return new NameWords(Set.of(), Set.of());
  }

  /** The lists the build fetched and shipped. */
  public static NameWords load() {
    return new NameWords(read(PEOPLE), read(COMPANIES));
  }

  private static Set<String> read(String resource) {
    try (InputStream in = NameWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the name list " + resource + " is missing from the class path; build "
            + "newsdesk-core with Maven, which fetches it");
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        // "#" opens the dictionaries' directives; the companies' list holds the "The" and "of" of their names
        if (!word.isEmpty() && !word.startsWith("#") && !StopWords.contains(word)) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name list " + resource, e);
    }
  }

  /** Whether {@code lower}, a lower-cased word, is part of some person's name. */
  public boolean isPersonWord(String lower) {
    return people.contains(lower);
  }

  /** Whether {@code lower}, a lower-cased word, is (part of) a company's name. */
  public boolean isCompanyWord(String lower) {
    return companies.contains(lower);
  }

  public int size() {
    return people.size() + companies.size();
  }
}

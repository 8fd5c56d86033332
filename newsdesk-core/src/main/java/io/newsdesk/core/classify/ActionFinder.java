package io.newsdesk.core.classify;

import io.newsdesk.core.language.ClauseReader;
import io.newsdesk.core.model.EventKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds what happened in an event: the action of the documented set ({@code actions.tsv}) whose trigger words its
 * sentences use, weighed by where they stand (the headline above the leads), by where in the sentence they stand
 * and by whether the action fits the event's category. Where a {@link ClauseReader} reads the sentence, its main
 * verb weighs most ("Government forces <i>took</i> the crossing"), the rest of its main clause (the subject and the
 * verb's object, "Flash floods kill 12") fully, and what lies outside it (a clause after a comma, "officials
 * said") least: the action is what the sentence's predicate and its arguments say, not any word it happens to hold.
 * The category comes from the trained classifier, so a trigger that reads two ways ("strike", "fire") is read the
 * way the event's kind says.
 */
public final class ActionFinder {

  /** A sentence to read, how much it counts, and the article it comes from (null for the event's headline). */
  public record Candidate(String text, double weight, String article) {}

  private record Trigger(String[] words, boolean prefix) {
    boolean matches(String[] tokens, int at) {
      if (at + words.length > tokens.length) {
        return false;
      }
      for (int i = 0; i < words.length; i++) {
        boolean last = i == words.length - 1;
        if (last && prefix ? !tokens[at + i].startsWith(words[i]) : !tokens[at + i].equals(words[i])) {
          return false;
        }
      }
      return true;
    }
  }

  private record ActionType(String name, Set<String> categories, List<Trigger> triggers) {
    boolean fits(String category) {
      return categories.contains("*") || categories.contains(category);
    }
  }

  /**
   * How much more an action counts when it fits the event's category: enough that a trigger in a lead outweighs
   * an unfitting one in the headline's place. Set by reading the sample events, not tuned on scored data.
   */
  private static final double FITS = 3.0;
  /** Deaths are mostly the outcome of another action (a flood, an attack), which says more of what happened. */
  private static final double OUTCOME = 0.5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");
  /**
   * Weights of a trigger by where it stands in a sentence the clause reader reads: the main verb, the rest of the
   * main clause, outside it. Set by hand from what a predicate is, not tuned on scored data (no set of events
   * labelled with actions exists here).
   */
  private static final double MAIN_VERB = 2.0, MAIN_CLAUSE = 1.0, OUTSIDE = 0.5;
  /** Words of the predicate read as the main clause's end: the verb, its object and a phrase or two after it. */
  private static final int PREDICATE_WORDS = 12;

  private final List<ActionType> actions;
  /** Null: every word of a sentence weighs alike. */
  private final ClauseReader clauses;

  private ActionFinder(List<ActionType> actions, ClauseReader clauses) {
    this.actions = List.copyOf(actions);
    this.clauses = clauses;
  }

  /** The action set newsdesk ships, each sentence read whole. */
  public static ActionFinder standard() {
    return standard(null);
  }

  /** The action set newsdesk ships, sentences read by {@code clauses} (null: whole). */
  public static ActionFinder standard(ClauseReader clauses) {
    try (InputStream in = ActionFinder.class.getResourceAsStream("actions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource actions.tsv next to " + ActionFinder.class.getName());
      }
      List<ActionType> actions = new ArrayList<>();
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        Set<String> categories = Arrays.stream(cells[1].split(",")).map(String::strip).collect(Collectors.toSet());
        List<Trigger> triggers = Arrays.stream(cells[2].split(",")).map(String::strip).filter(t -> !t.isEmpty())
            .map(t -> new Trigger(t.replace("*", "").split(" "), t.endsWith("*"))).toList();
        actions.add(new ActionType(cells[0], categories, triggers));
      }
      return new ActionFinder(actions, clauses);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actions.tsv", e);
    }
  }

  /** The names of the actions, in the file's order. */
  public List<String> names() {
    return actions.stream().map(ActionType::name).toList();
  }

  /**
   * @param sentences the event's sentences, most telling first
   * @param category  the event's category label
   * @return the action, or null when no sentence names one
   */
  public EventKind.Action find(List<Candidate> sentences, String category) {
    List<Words> words = sentences.stream().map(c -> words(c.text())).toList();
    ActionType best = null;
    double bestScore = 0;
    for (ActionType action : actions) {
      double score = 0;
      for (int s = 0; s < sentences.size(); s++) {
        score += sentences.get(s).weight() * weighedCount(action, words.get(s));
      }
      score *= (action.fits(category) ? FITS : 1) * (action.name().equals("deaths") ? OUTCOME : 1);
      if (score > bestScore) {
        best = action;
        bestScore = score;
      }
    }
    if (best == null) {
      return null;
    }
    // the sentence that names it most strongly, the most telling first among equals
    int at = -1;
    double atWeight = 0;
    for (int s = 0; s < sentences.size(); s++) {
      double w = sentences.get(s).weight() * strongest(best, words.get(s));
      if (w > atWeight) {
        at = s;
        atWeight = w;
      }
    }
    if (at < 0) {
      throw new IllegalStateException("an action scored without a trigger");
    }
    String text = sentences.get(at).text();
    return new EventKind.Action(best.name(), firstTrigger(best, words.get(at), text), text.strip(),
        sentences.get(at).article());
  }

  /**
   * A sentence's words, lower-cased, with where each starts and ends in the sentence and how much a trigger there
   * counts.
   */
  private record Words(String[] tokens, int[] starts, int[] ends, double[] weights) {}

  private Words words(String text) {
    List<String> tokens = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String t = m.group().toLowerCase(Locale.ROOT).replaceAll("^['-]+|['-]+$", "").replaceAll("'s$", "");
      if (!t.isEmpty()) {
        tokens.add(t);
        starts.add(m.start());
        ends.add(m.end());
      }
    }
    double[] weights = new double[tokens.size()];
    Arrays.fill(weights, 1.0);
    String[] words = tokens.toArray(String[]::new);
    // the tagger reads only sentences that name some action: where none does, where words stand changes nothing
    Optional<ClauseReader.Clause> clause = clauses == null || !namesAnAction(words) ? Optional.empty()
        : clauses.read(text, PREDICATE_WORDS);
    if (clause.isPresent()) {
      ClauseReader.Clause c = clause.get();
      int mainEnd = c.verbStart() + c.predicate(PREDICATE_WORDS).length();
      for (int i = 0; i < weights.length; i++) {
        int at = starts.get(i);
        weights[i] = at == c.verbStart() ? MAIN_VERB
            : at >= c.subjectStart() && at < mainEnd ? MAIN_CLAUSE : OUTSIDE;
      }
    }
    return new Words(words, starts.stream().mapToInt(Integer::intValue).toArray(),
        ends.stream().mapToInt(Integer::intValue).toArray(), weights);
  }

  /** Whether some trigger of some action stands in the words. */
  private boolean namesAnAction(String[] tokens) {
    for (ActionType action : actions) {
      for (int i = 0; i < tokens.length; i++) {
        if (startsTrigger(action, tokens, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a trigger of {@code action} starts at word {@code i}. */
  private static boolean startsTrigger(ActionType action, String[] tokens, int i) {
    for (Trigger t : action.triggers()) {
      if (t.matches(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /** The triggers of {@code action} in a sentence, each counted at its place's weight. */
  private static double weighedCount(ActionType action, Words words) {
    double n = 0;
    for (int i = 0; i < words.tokens().length; i++) {
      if (startsTrigger(action, words.tokens(), i)) {
        n += words.weights()[i];
      }
    }
    return n;
  }

  /** The weight of the strongest place where a trigger of {@code action} stands in the sentence; 0 for none. */
  private static double strongest(ActionType action, Words words) {
    double best = 0;
    for (int i = 0; i < words.tokens().length; i++) {
      if (startsTrigger(action, words.tokens(), i)) {
        best = Math.max(best, words.weights()[i]);
      }
    }
    return best;
  }

  /**
   * The trigger of {@code action} at the strongest place in the sentence (the first of those), in the sentence's own
   * spelling.
   */
  private static String firstTrigger(ActionType action, Words words, String text) {
    String[] tokens = words.tokens();
    double strongest = strongest(action, words);
    for (int i = 0; i < tokens.length; i++) {
      if (words.weights()[i] < strongest) {
        continue;
      }
      for (Trigger t : action.triggers()) {
        if (t.matches(tokens, i)) {
          return text.substring(words.starts()[i], words.ends()[i + t.words().length - 1]);
        }
      }
    }
    throw new IllegalStateException("no trigger of " + action.name() + " in: " + text);
  }
}

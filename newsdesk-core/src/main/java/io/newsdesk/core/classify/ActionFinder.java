package io.newsdesk.core.classify;

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
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds what happened in an event: the action of the documented set ({@code actions.tsv}) whose trigger words its
 * sentences use, weighed by where they stand (the headline above the leads) and by whether the action fits the
 * event's category. The category comes from the trained classifier, so a trigger that reads two ways ("strike",
 * "fire") is read the way the event's kind says.
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
  private static final Pattern TOKEN = Pattern.compile("[^\\p{L}\\p{N}'-]+");

  private final List<ActionType> actions;

  private ActionFinder(List<ActionType> actions) {
    this.actions = List.copyOf(actions);
  }

  /** The action set newsdesk ships. */
  public static ActionFinder standard() {
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
      return new ActionFinder(actions);
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
    List<String[]> tokens = sentences.stream().map(c -> tokens(c.text())).toList();
    ActionType best = null;
    double bestScore = 0;
    for (ActionType action : actions) {
      double score = 0;
      for (int s = 0; s < sentences.size(); s++) {
        score += sentences.get(s).weight() * count(action, tokens.get(s));
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
    for (int s = 0; s < sentences.size(); s++) {
      String word = firstTrigger(best, tokens.get(s), sentences.get(s).text());
      if (word != null) {
        return new EventKind.Action(best.name(), word, sentences.get(s).text().strip(), sentences.get(s).article());
      }
    }
    throw new IllegalStateException("an action scored without a trigger");
  }

  private static String[] tokens(String text) {
    return Arrays.stream(TOKEN.split(text.toLowerCase(Locale.ROOT))).filter(t -> !t.isEmpty())
        .map(t -> t.replaceAll("^['-]+|['-]+$", "").replaceAll("'s$", "")).toArray(String[]::new);
  }

  private static int count(ActionType action, String[] tokens) {
    int n = 0;
    for (int i = 0; i < tokens.length; i++) {
      for (Trigger t : action.triggers()) {
        if (t.matches(tokens, i)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** The first trigger of {@code action} in the sentence, in the sentence's own spelling where it can be found. */
  private static String firstTrigger(ActionType action, String[] tokens, String text) {
    for (int i = 0; i < tokens.length; i++) {
      for (Trigger t : action.triggers()) {
        if (t.matches(tokens, i)) {
          String words = String.join(" ", Arrays.copyOfRange(tokens, i, i + t.words().length));
          int at = text.toLowerCase(Locale.ROOT).indexOf(words);
          return at >= 0 ? text.substring(at, at + words.length()) : words;
        }
      }
    }
    return null;
  }
}

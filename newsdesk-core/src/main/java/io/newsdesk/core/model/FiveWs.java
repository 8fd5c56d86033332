package io.newsdesk.core.model;

import java.io.Serializable;
import java.util.List;

/**
 * The journalist's questions answered for an article or an event: who did what, when, where, why and how.
 * Each answer is a short phrase traced to its sentence; a question the text does not answer is null.
 *
 * @param otherPlaces places the text also names for the story, beside the one that answers where (a town's
 *                    country, the site within it); no answer to a question, never scored as one
 */
public record FiveWs(Answer who, Answer what, Answer when, Answer where, Answer why, Answer how,
                     List<String> otherPlaces) implements Serializable {

  /** The questions, in the journalist's order; each names its answer for {@link #answer}. */
  public static final List<String> QUESTIONS = List.of("who", "what", "when", "where", "why", "how");

  /**
   * @param text     the phrase that answers
   * @param article  id of the article it comes from
   * @param sentence index of its sentence in the article, -1 for the title
   */
  public record Answer(String text, String article, int sentence) implements Serializable {}

  public FiveWs {
    otherPlaces = otherPlaces == null ? List.of() : List.copyOf(otherPlaces);
  }

  /** The answers with no other places. */
  public FiveWs(Answer who, Answer what, Answer when, Answer where, Answer why, Answer how) {
    this(who, what, when, where, why, how, List.of());
  }

  /** How many of the six questions are answered. */
  public int answered() {
    return (int) QUESTIONS.stream().filter(q -> answer(q) != null).count();
  }

  /** The answer to a question by its name ("who", "what", "when", "where", "why", "how"). */
  public Answer answer(String question) {
    return switch (question) {
      case "who" -> who;
      case "what" -> what;
      case "when" -> when;
      case "where" -> where;
      case "why" -> why;
      case "how" -> how;
      default -> throw new IllegalArgumentException("no such question: " + question);
    };
  }
}

package io.newsdesk.core.model;

import java.io.Serializable;
import java.util.List;

/**
 * The journalist's questions answered for an article or an event: who did what, when, where, why and how.
 * Each answer is a short phrase traced to its sentence; a question the text does not answer is null.
 */
public record FiveWs(Answer who, Answer what, Answer when, Answer where, Answer why, Answer how)
    implements Serializable {

  /** The questions, in the journalist's order; each names its answer for {@link #answer}. */
  public static final List<String> QUESTIONS = List.of("who", "what", "when", "where", "why", "how");

  /**
   * @param text     the phrase that answers
   * @param article  id of the article it comes from
   * @param sentence index of its sentence in the article, -1 for the title
   */
  public record Answer(String text, String article, int sentence) implements Serializable {}

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

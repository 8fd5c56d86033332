package io.newsdesk.core.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * What kind of news an event is: its category, the coarse section it falls under, and what happened.
 *
 * @param category one of the Current Events portal's sections, by its label ("Armed conflicts and attacks")
 * @param section  the coarse section ("world"), one the category belongs to
 * @param action   what happened, or null where no sentence of the event names an action newsdesk knows
 */
public record EventKind(String category, String section, Action action) implements Serializable {

  public EventKind {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(section, "section");
  }

  /**
   * An action of the documented set ({@code actions.tsv}), with the word that says it and where.
   *
   * @param name     the action ("take territory")
   * @param trigger  the word of the sentence that names it ("captures")
   * @param sentence the sentence it comes from
   * @param article  id of the sentence's article, or null for the event's headline
   */
  public record Action(String name, String trigger, String sentence, String article) implements Serializable {
    public Action {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(sentence, "sentence");
    }
  }
}

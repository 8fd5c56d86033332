package io.newsdesk.eval.syntax;

import io.newsdesk.core.language.ConllU;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Training sentences rewritten in the grammar of news headlines, so that the tagger also learns that register: the
 * digest reads who and what from headlines, where "Bomber rams truck into consulate" or "Cubs win World Series" have
 * no article and no auxiliary, and the verb stands bare after a noun, which prose never has. A sentence whose main
 * verb is a finite verb or a passive participle, with a noun for subject before it, is rewritten as a headline
 * writes it: articles and the passive auxiliary dropped ("Seven people were killed" as "Seven people killed"), the
 * past made present ("The army took the town." as "Army takes town"), the final stop dropped. Every other word keeps
 * its form and tags; only the parts of speech are learnt from it (its heads are left out).
 */
final class HeadlineStyle {

  /** Longer sentences make no headline. */
  private static final int MAX_WORDS = 20;
  private static final Set<String> ARTICLES = Set.of("a", "the");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> NOUNS = Set.of("NOUN", "PROPN", "NUM");

  private HeadlineStyle() {}

  /** Each document's sentences, then their headline versions. */
  static Map<String, List<ConllU.Sentence>> withHeadlines(Map<String, List<ConllU.Sentence>> documents) {
    Map<String, List<ConllU.Sentence>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<ConllU.Sentence>> d : documents.entrySet()) {
      List<ConllU.Sentence> sentences = new ArrayList<>(d.getValue());
      for (ConllU.Sentence s : d.getValue()) {
        of(s).ifPresent(sentences::add);
      }
      out.put(d.getKey(), sentences);
    }
    return out;
  }

  /** {@code sentence} as a headline, or empty where it makes none. */
  static Optional<ConllU.Sentence> of(ConllU.Sentence sentence) {
    List<ConllU.Token> tokens = sentence.tokens();
    if (tokens.size() > MAX_WORDS || tokens.size() < 3) {
      return Optional.empty();
    }
    ConllU.Token root = null;
    for (ConllU.Token t : tokens) {
      if (t.head() == 0) {
        root = t;
      }
    }
    if (root == null || !root.upos().equals("VERB")) {
      return Optional.empty();
    }
    ConllU.Token subject = null;
    boolean passive = false;
    for (ConllU.Token t : tokens) {
      if (t.head() != root.id()) {
        continue;
      }
      if (SUBJECTS.contains(t.deprel()) && t.id() < root.id()) {
        subject = t;
      }
      passive |= t.deprel().equals("aux:pass");
      if (t.deprel().equals("aux")) {
        return Optional.empty(); // "has taken", "will take": no bare verb to make
      }
    }
    boolean finite = Set.of("VBD", "VBZ", "VBP").contains(root.xpos());
    if (subject == null || !NOUNS.contains(subject.upos()) || !(finite || passive && root.xpos().equals("VBN"))) {
      return Optional.empty();
    }
    boolean plural = subject.xpos().endsWith("S") || subject.feats().contains("Number=Plur");
    List<ConllU.Token> out = new ArrayList<>();
    for (ConllU.Token t : tokens) {
      boolean article = t.upos().equals("DET") && ARTICLES.contains(t.lemma().toLowerCase(Locale.ROOT));
      boolean auxiliary = t.head() == root.id() && t.deprel().equals("aux:pass");
      boolean finalStop = t == tokens.get(tokens.size() - 1) && t.upos().equals("PUNCT");
      if (article || auxiliary || finalStop) {
        continue;
      }
      String form = t.form();
      String xpos = t.xpos();
      if (t == root && xpos.equals("VBD")) {
        form = plural ? t.lemma() : thirdPerson(t.lemma());
        xpos = plural ? "VBP" : "VBZ";
      }
      if (out.isEmpty() && !form.isEmpty()) {
        form = Character.toUpperCase(form.charAt(0)) + form.substring(1);
      }
      out.add(new ConllU.Token(out.size() + 1, form, t.lemma(), t.upos(), xpos, t.feats(), -1, "_", "_"));
    }
    return Optional.of(new ConllU.Sentence(sentence.document(), Map.of(), out));
  }

  /** The present tense's third person of a verb's lemma: "take" "takes", "seize" "seizes", "carry" "carries". */
  static String thirdPerson(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (l.equals("have")) {
      return "has";
    }
    if (l.equals("be")) {
      return "is";
    }
    if (l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh")
        || l.endsWith("o")) {
      return l + "es";
    }
    if (l.length() > 1 && l.endsWith("y") && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
      return l.substring(0, l.length() - 1) + "ies";
    }
    return l + "s";
  }
}

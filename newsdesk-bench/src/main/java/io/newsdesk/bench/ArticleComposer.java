package io.newsdesk.bench;

import io.newsdesk.core.model.Article;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes one article of a planned event: a lead (the outlet's own, or the wire's copied word for word), body
 * sentences drawn from the event's details, quotes and background in the outlet's spelling of the place, some
 * wire sentences copied verbatim, neutral filler up to the chosen length, and now and then a junk line.
 */
final class ArticleComposer {

  static final int MIN_WORDS = 150;
  static final int MAX_WORDS = 500;

  /** Share of non-wire articles that open with the wire's lead, verbatim; then quoted with "According to". */
  private static final double COPIED_LEAD = 0.25;
  private static final double QUOTED_LEAD = 0.15;
  /** Chance that a non-wire article copies each further wire sentence. */
  private static final double COPIED_WIRE_SENTENCE = 0.4;
  /** How many sentences of the kind's story one article tells. */
  private static final int MIN_STORY_SENTENCES = 2;
  private static final int MAX_STORY_SENTENCES = 4;
  /** Chance that an article carries junk lines at all. */
  private static final double HAS_JUNK = 0.6;
  private static final DateTimeFormatter URL_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  private final Random random;

  ArticleComposer(Random random) {
    this.random = random;
  }

  /**
   * @param position  the article's place among the event's articles; 0 is the wire agency's first report
   * @param id        the article id to give it
   * @param published when it came out
   */
  Article compose(EventPlan plan, int position, String id, Instant published) {
    Outlet outlet = plan.outlets().get(position);
    Map<String, String> slots = new HashMap<>(plan.slots());
    slots.put("place", plan.spellingFor(outlet));
    Map<String, String> wireSlots = new HashMap<>(plan.slots());
    wireSlots.put("place", plan.place().wireSpelling());
    List<String> wire = plan.wire().stream().map(t -> Template.fill(t, wireSlots)).toList();
    boolean breaksTheStory = position == 0;

    List<String> junk = junkLines(plan, outlet);
    int budget = MAX_WORDS - junk.stream().mapToInt(ArticleComposer::words).sum();
    int target = Math.min(budget, MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1));
    Body body = new Body(budget);

    body.addParagraph(lead(plan, wire.get(0), slots, breaksTheStory));
    for (String sentence : bodySentences(plan, wire, slots, breaksTheStory)) {
      if (body.words >= target) {
        break;
      }
      body.add(sentence, random);
    }
    for (String filler : FillerSentences.shuffled(random, slots)) {
      if (body.words >= target || !body.add(filler, random)) {
        break;
      }
    }
    List<String> paragraphs = body.paragraphs();
    for (String line : junk) {
      paragraphs.add(1 + random.nextInt(paragraphs.size()), line);
    }
    String title = Template.fill(pick(plan.titles()), slots);
    String url = "https://www." + outlet.slug() + ".example/" + URL_DAY.format(published) + "/"
        + Outlet.slug(title) + "-" + id;
    return new Article(id, "generated", url, title, published, outlet.name(), "en", String.join("\n\n", paragraphs));
  }

  private String lead(EventPlan plan, String wireLead, Map<String, String> slots, boolean breaksTheStory) {
    if (breaksTheStory) {
      // a wire dateline: "MISRATA, Libya (Continental Press Agency) — ..."
      return plan.place().wireSpelling().toUpperCase(Locale.ROOT) + ", " + plan.slots().get("country") + " ("
          + plan.wireAgency().name() + ") — " + wireLead;
    }
    double r = random.nextDouble();
    if (r < COPIED_LEAD) {
      return wireLead;
    }
    if (r < COPIED_LEAD + QUOTED_LEAD) {
      return "According to " + plan.wireAgency().name() + ": \"" + wireLead + "\"";
    }
    return Template.fill(pick(plan.leads()), slots);
  }

  /**
   * A few sentences of the story, some wire sentences verbatim, and the event's local sentences, shuffled.
   * Few story sentences per article: the story's templates are shared by every event of the kind, and more
   * of them would make all floods one flood to a clusterer.
   */
  private List<String> bodySentences(EventPlan plan, List<String> wire, Map<String, String> slots,
                                     boolean breaksTheStory) {
    List<String> story = new ArrayList<>(plan.story());
    Collections.shuffle(story, random);
    int told = MIN_STORY_SENTENCES + random.nextInt(MAX_STORY_SENTENCES - MIN_STORY_SENTENCES + 1);
    List<String> sentences = new ArrayList<>();
    for (String t : story.subList(0, Math.min(told, story.size()))) {
      sentences.add(Template.fill(t, slots));
    }
    for (String t : plan.local()) {
      sentences.add(Template.fill(t, slots));
    }
    for (String w : wire.subList(1, wire.size())) {
      if (breaksTheStory || random.nextDouble() < COPIED_WIRE_SENTENCE) {
        sentences.add(w);
      }
    }
    Collections.shuffle(sentences, random);
    return sentences;
  }

  private List<String> junkLines(EventPlan plan, Outlet outlet) {
    List<String> lines = new ArrayList<>();
    if (random.nextDouble() < HAS_JUNK) {
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        Outlet other = Outlet.ALL.get(random.nextInt(Outlet.ALL.size()));
        lines.add(JunkLines.pick(random, other.equals(outlet) ? plan.wireAgency().name() : other.name()));
      }
    }
    return lines;
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** Whitespace-separated words; counted by hand because a regex split per sentence dominated generation. */
  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** Paragraphs of one to three sentences, never more words in all than the budget. */
  private static final class Body {
    private final List<String> paragraphs = new ArrayList<>();
    private final int budget;
    private StringBuilder open;
    private int openSentences;
    private int openLimit;
    int words;

    Body(int budget) {
      this.budget = budget;
    }

    void addParagraph(String paragraph) {
      close();
      paragraphs.add(paragraph);
      words += ArticleComposer.words(paragraph);
    }

    /** Adds a sentence, to the open paragraph or a new one; false, and nothing added, if it would not fit. */
    boolean add(String sentence, Random random) {
      int n = ArticleComposer.words(sentence);
      if (words + n > budget) {
        return false;
      }
      if (open == null || openSentences >= openLimit) {
        close();
        open = new StringBuilder(sentence);
        openSentences = 1;
        openLimit = 1 + random.nextInt(3);
      } else {
        open.append(' ').append(sentence);
        openSentences++;
      }
      words += n;
      return true;
    }

    private void close() {
      if (open != null) {
        paragraphs.add(open.toString());
        open = null;
      }
    }

    List<String> paragraphs() {
      close();
      return new ArrayList<>(paragraphs);
    }
  }
}

package io.newsdesk.bench;

import io.newsdesk.bench.EventKind.FigureRange;
import io.newsdesk.bench.GeneratedCorpus.PlantedEvent;
import io.newsdesk.core.model.Article;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, reproducible news corpus: many events, each reported by 3 to 12 articles from different outlets
 * over one to three days, the events spread over half a year. The same seed and size always give the same
 * articles, so benchmark runs on different days and machines read the same text.
 */
public final class CorpusGenerator {

  public static final int DEFAULT_ARTICLES = 10_000;
  static final int MIN_ARTICLES_PER_EVENT = 3;
  static final int MAX_ARTICLES_PER_EVENT = 12;
  static final Instant FIRST_DAY = Instant.parse("2024-01-01T00:00:00Z");
  static final int SPAN_DAYS = 182;
  /** Shares of a kind's templates one event uses: fewer shared sentences keep same-kind events apart. */
  private static final double DETAILS_KEPT = 0.5;
  private static final double QUOTES_KEPT = 0.75;
  private static final double BACKGROUND_KEPT = 0.4;
  private static final double LOCAL_KEPT = 0.8;

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** Writes {@code articleCount} articles; every event has 3 to 12 of them unless the corpus is smaller. */
  public GeneratedCorpus generate(int articleCount) {
    if (articleCount < 1) {
      throw new IllegalArgumentException("articleCount must be positive: " + articleCount);
    }
    Random random = new Random(seed);
    ArticleComposer composer = new ArticleComposer(random);
    List<Article> articles = new ArrayList<>(articleCount);
    List<PlantedEvent> events = new ArrayList<>();
    int remaining = articleCount;
    while (remaining > 0) {
      int size = eventSize(remaining, random);
      remaining -= size;
      EventPlan plan = plan("ev" + String.format(Locale.ROOT, "%05d", events.size() + 1), size, random);
      List<String> ids = new ArrayList<>(size);
      for (int position = 0; position < size; position++) {
        String id = plan.outlets().get(position).slug() + "-" + String.format(Locale.ROOT, "%06d", articles.size() + 1);
        articles.add(composer.compose(plan, position, id, publishedAt(plan, position, random)));
        ids.add(id);
      }
      events.add(new PlantedEvent(plan.id(), plan.kind(), plan.place().wireSpelling(), ids));
    }
    // feeds deliver articles as they are published, the events of a day interleaved
    articles.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
    return new GeneratedCorpus(seed, articles, events);
  }

  /** Never leaves fewer than three articles for the last event. */
  private static int eventSize(int remaining, Random random) {
    if (remaining <= MAX_ARTICLES_PER_EVENT) {
      return remaining;
    }
    int most = Math.min(MAX_ARTICLES_PER_EVENT, remaining - MIN_ARTICLES_PER_EVENT);
    return MIN_ARTICLES_PER_EVENT + random.nextInt(most - MIN_ARTICLES_PER_EVENT + 1);
  }

  private static EventPlan plan(String id, int size, Random random) {
    EventKind kind = EventKinds.ALL.get(random.nextInt(EventKinds.ALL.size()));
    Place place = Place.ALL.get(random.nextInt(Place.ALL.size()));
    Instant start = FIRST_DAY.plus(Duration.ofMinutes(random.nextInt(SPAN_DAYS * 24 * 60)));
    int lengthHours = 24 * (1 + random.nextInt(3));

    List<Outlet> wires = Outlet.ALL.stream().filter(Outlet::wire).toList();
    Outlet wire = wires.get(random.nextInt(wires.size()));
    List<Outlet> others = new ArrayList<>(Outlet.ALL);
    others.remove(wire);
    Collections.shuffle(others, random);
    List<Outlet> outlets = new ArrayList<>();
    outlets.add(wire);
    outlets.addAll(others.subList(0, size - 1));

    Map<String, String> slots = slots(kind, place, start, wire, random);
    List<String> story = new ArrayList<>();
    story.addAll(some(kind.details(), DETAILS_KEPT, random));
    story.addAll(quoteLines(some(kind.quotes(), QUOTES_KEPT, random), random));
    story.addAll(some(kind.background(), BACKGROUND_KEPT, random));
    Synonyms words = new Synonyms(random);
    return new EventPlan(id, kind.name(), place, start, lengthHours, outlets, slots,
        chosen(kind.titles(), words, random), chosen(kind.wire(), words, random),
        chosen(kind.leads(), words, random), chosen(story, words, random),
        chosen(some(LocalSentences.ALL, LOCAL_KEPT, random), words, random));
  }

  private static Map<String, String> slots(EventKind kind, Place place, Instant start, Outlet wire, Random random) {
    Map<String, String> slots = new HashMap<>();
    slots.put("country", place.country());
    slots.put("weekday", DayOfWeek.from(start.atZone(ZoneOffset.UTC)).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    slots.put("wire", wire.name());
    slots.put("area", InventedNames.pick(random));
    slots.put("site", InventedNames.pick(random));
    slots.put("street", InventedNames.pick(random));
    slots.put("village", InventedNames.pick(random));
    for (String name : List.of("hospital", "market", "school", "stream", "station")) {
      slots.put(name, InventedNames.pick(random));
    }
    for (String person : List.of("neighbour", "councillor", "shopkeeper", "doctor")) {
      slots.put(person, PersonNames.pick(random));
    }
    List<String> authorities = new ArrayList<>(kind.authorities());
    Collections.shuffle(authorities, random);
    slots.put("authority", authorities.get(0));
    slots.put("authority2", authorities.get(1));
    slots.put("official", PersonNames.pick(random));
    slots.put("witness", PersonNames.pick(random));
    for (FigureRange f : kind.figures()) {
      int value = f.min() + f.step() * random.nextInt((f.max() - f.min()) / f.step() + 1);
      // a later report of a count is higher: tolls rise, more ships queue
      int later = value + f.step() * (1 + random.nextInt(Math.max(1, value / f.step() / 4)));
      slots.put(f.slot(), String.format(Locale.ROOT, "%,d", value));
      slots.put(f.slot() + "+", String.format(Locale.ROOT, "%,d", later));
    }
    // roles may name the event's site ("chief economist at {site} Bank")
    slots.put("officialRole", Template.fill(pick(kind.officialRoles(), random), slots));
    slots.put("witnessRole", Template.fill(pick(kind.witnessRoles(), random), slots));
    return slots;
  }

  /** Each template kept with probability {@code share}, but always at least one, in their order. */
  private static List<String> some(List<String> templates, double share, Random random) {
    List<String> kept = new ArrayList<>();
    for (String t : templates) {
      if (random.nextDouble() < share) {
        kept.add(t);
      }
    }
    if (kept.isEmpty()) {
      kept.add(pick(templates, random));
    }
    return kept;
  }

  /** The event's own wording of templates: its choices made, in its words. */
  private static List<String> chosen(List<String> templates, Synonyms words, Random random) {
    return templates.stream().map(t -> words.apply(Template.choose(t, random))).toList();
  }

  private static String pick(List<String> options, Random random) {
    return options.get(random.nextInt(options.size()));
  }

  /** Each quotation joined to one speaker, the same in every article that carries it. */
  private static List<String> quoteLines(List<String> quotes, Random random) {
    List<String> lines = new ArrayList<>();
    for (String quote : quotes) {
      lines.add(switch (random.nextInt(4)) {
        case 0 -> "\"" + quote + ",\" said {official}, {officialRole}.";
        case 1 -> "{Official}, {officialRole}, told reporters: \"" + quote + ".\"";
        case 2 -> "\"" + quote + ",\" {witness}, {witnessRole}, said.";
        default -> "\"" + quote + ",\" said {witness}, {witnessRole}.";
      });
    }
    return lines;
  }

  /** The wire agency reports within hours of the start; the others over the event's length. */
  private static Instant publishedAt(EventPlan plan, int position, Random random) {
    int minutes = position == 0
        ? 30 + random.nextInt(180)
        : 60 + random.nextInt(plan.lengthHours() * 60);
    return plan.start().plus(Duration.ofMinutes(minutes));
  }
}

package io.newsdesk.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Conflict;
import io.newsdesk.core.model.CurrentEventsEntry;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.EventKind;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Quote;
import io.newsdesk.core.model.Reprint;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.model.SourceComparison;
import io.newsdesk.core.model.SourceCredit;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.model.TimelineEntry;
import io.newsdesk.core.story.Story;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/** Events and articles in the JSON of PRODUCT.md: {@code events.json} and the lines of {@code extract}. */
public final class EventJson {

  private final ObjectMapper mapper = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Writes {@code {"events": [...]}}. */
  public void writeEvents(List<Event> events, OutputStream out) throws IOException {
    writeEvents(events, List.of(), out);
  }

  /** Writes {@code {"events": [...], "stories": [...]}}, each event naming its story. */
  public void writeEvents(List<Event> events, List<Story> stories, OutputStream out) throws IOException {
    java.util.Map<String, String> storyOf = Story.byEvent(stories);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode array = root.putArray("events");
    events.forEach(e -> array.add(event(e).put("story", storyOf.get(e.id()))));
    ArrayNode storyArray = root.putArray("stories");
    stories.forEach(s -> storyArray.add(story(s)));
    mapper.writeValue(out, root);
  }

  /** One story as its entry in {@code stories[]} (issue 19). */
  ObjectNode story(Story s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", s.id());
    n.put("title", s.title());
    n.put("start", iso(s.start()));
    n.put("end", iso(s.end()));
    strings(n.putArray("events"), s.events());
    strings(n.putArray("entities"), s.entities());
    strings(n.putArray("places"), s.places());
    ArrayNode timeline = n.putArray("timeline");
    for (Story.Line l : s.timeline()) {
      timeline.addObject().put("date", iso(l.date())).put("event", l.event()).put("headline", l.headline())
          .put("articles", l.articles());
    }
    return n;
  }

  /**
   * An event's line ({@link #eventLine}) naming its story, as {@link #writeEvents} names it: the last field. For a
   * digest that writes an event before its story is known and adds the story where every event meets.
   */
  public String withStory(String eventLine, String storyId) {
    String line = eventLine.stripTrailing();
    if (!line.endsWith("}")) {
      throw new IllegalArgumentException("not an event's JSON object: " + line);
    }
    try {
      return line.substring(0, line.length() - 1) + ",\"story\":" + mapper.writeValueAsString(storyId) + "}";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a story id", e);
    }
  }

  /** One story as one line of JSON, its object in {@code stories[]}: for JSON-lines output. */
  public String storyLine(Story s) {
    try {
      return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(story(s));
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException("a tree of JSON nodes always serialises", ex);
    }
  }

  /** One event as one line of JSON, the object {@code events.json} holds for it: for JSON-lines output. */
  public String eventLine(Event e) {
    try {
      return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(event(e));
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException("a tree of JSON nodes always serialises", ex);
    }
  }

  /** One article as one line of JSON, for {@code newsdesk extract}. */
  public void writeArticleLine(Article a, Writer out) throws IOException {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", a.id());
    n.put("source", a.source());
    n.put("url", a.url());
    n.put("title", a.title());
    n.put("published", iso(a.published()));
    n.put("outlet", a.outlet());
    n.put("language", a.language());
    n.put("text", a.text());
    out.write(mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n));
    out.write('\n');
  }

  /** One event as its entry in {@code events.json}, compact UTF-8: what a store serves for the event. */
  public byte[] eventBytes(Event e) {
    try {
      return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(event(e));
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException("could not write event " + e.id(), ex);
    }
  }

  ObjectNode event(Event e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", e.id());
    n.put("headline", e.headline());
    n.put("start", iso(e.start()));
    n.put("end", iso(e.end()));
    ArrayNode articles = n.putArray("articles");
    for (Article a : e.articles()) {
      ObjectNode an = articles.addObject();
      an.put("id", a.id());
      an.put("title", a.title());
      an.put("outlet", a.outlet());
      an.put("published", iso(a.published()));
      an.put("url", a.url());
      an.put("language", a.language());
    }
    ArrayNode summary = n.putArray("summary");
    for (SummarySentence s : e.summary()) {
      ObjectNode sn = summary.addObject();
      sn.put("text", s.text());
      strings(sn.putArray("sources"), s.sources());
    }
    ArrayNode entities = n.putArray("entities");
    for (Entity en : e.entities()) {
      ObjectNode x = entities.addObject();
      x.put("name", en.name());
      x.put("type", en.type().name().toLowerCase(java.util.Locale.ROOT));
      strings(x.putArray("variants"), en.variants());
      if (en.lat() != null) {
        x.put("lat", en.lat());
        x.put("lon", en.lon());
      }
      x.put("mentions", en.mentions());
      strings(x.putArray("sources"), en.sources());
    }
    ArrayNode figures = n.putArray("figures");
    for (Figure f : e.figures()) {
      ObjectNode x = figures.addObject();
      x.put("value", f.value());
      x.put("number", f.number());
      x.put("unit", f.unit());
      x.put("qualifier", f.qualifier());
      x.put("what", f.what());
      x.put("claimedBy", f.claimedBy());
      x.put("sentence", f.sentence());
      strings(x.putArray("sources"), f.sources());
    }
    ArrayNode quotes = n.putArray("quotes");
    for (Quote q : e.quotes()) {
      ObjectNode x = quotes.addObject();
      x.put("text", q.text());
      x.put("speaker", q.speaker());
      x.put("affiliation", q.affiliation());
      strings(x.putArray("sources"), q.sources());
    }
    ArrayNode reuse = n.putArray("reuse");
    for (Reuse r : e.reuse()) {
      ObjectNode x = reuse.addObject();
      x.put("text", r.text());
      strings(x.putArray("sources"), r.sources());
      x.put("first", r.first());
      x.put("credited", r.credited());
      ArrayNode passages = x.putArray("passages");
      for (Passage p : r.passages()) {
        ObjectNode pn = passages.addObject();
        pn.put("article", p.articleId());
        pn.put("start", p.start());
        pn.put("end", p.end());
        pn.put("text", p.text());
      }
    }
    ArrayNode conflicts = n.putArray("conflicts");
    for (Conflict c : e.conflicts()) {
      ObjectNode x = conflicts.addObject();
      x.put("what", c.what());
      ArrayNode claims = x.putArray("claims");
      for (Conflict.Claim cl : c.claims()) {
        ObjectNode cn = claims.addObject();
        cn.put("value", cl.value());
        cn.put("claimedBy", cl.claimedBy());
        strings(cn.putArray("sources"), cl.sources());
      }
    }
    ArrayNode reprints = n.putArray("reprints");
    for (Reprint r : e.reprints()) {
      ObjectNode x = reprints.addObject();
      x.put("original", r.original());
      strings(x.putArray("copies"), r.copies());
      List<String> ids = new java.util.ArrayList<>(r.copies());
      ids.add(0, r.original());
      strings(x.putArray("outlets"), ids.stream().map(id -> e.articles().stream().filter(a -> a.id().equals(id))
          .findFirst().map(a -> a.outlet() == null ? a.id() : a.outlet()).orElse(id)).distinct().toList());
    }
    ArrayNode credits = n.putArray("attributions");
    for (SourceCredit c : e.credits()) {
      ObjectNode x = credits.addObject();
      x.put("source", c.source());
      strings(x.putArray("articles"), c.articles());
      ArrayNode passages = x.putArray("passages");
      for (Passage p : c.passages()) {
        ObjectNode pn = passages.addObject();
        pn.put("article", p.articleId());
        pn.put("text", p.text());
      }
    }
    fiveWs(n, e.fiveWs());
    kind(n, e.kind());
    summaryExtras(n, e);
    return n;
  }

  /**
   * What kind of news it is (issue 20): {@code category} (a Current Events portal section), {@code section} (the
   * coarse one) and {@code action} ({@code name}, {@code trigger}, {@code sentence}, {@code article}); null where the
   * event was not classified or no action was found.
   */
  private static void kind(ObjectNode n, EventKind k) {
    n.put("category", k == null ? null : k.category());
    n.put("section", k == null ? null : k.section());
    EventKind.Action a = k == null ? null : k.action();
    if (a == null) {
      n.putNull("action");
    } else {
      n.putObject("action").put("name", a.name()).put("trigger", a.trigger()).put("sentence", a.sentence())
          .put("article", a.article());
    }
  }

  /**
   * Who, what, when, where, why and how, each with the article and sentence it is read from (-1: headline), and
   * the other places named beside the one that answers where.
   */
  private static void fiveWs(ObjectNode n, FiveWs w) {
    if (w == null) {
      return;
    }
    ObjectNode x = n.putObject("fiveWs");
    for (String q : FiveWs.QUESTIONS) {
      FiveWs.Answer a = w.answer(q);
      if (a == null) {
        x.putNull(q);
      } else {
        x.putObject(q).put("text", a.text()).put("article", a.article()).put("sentence", a.sentence());
      }
    }
    strings(x.putArray("otherPlaces"), w.otherPlaces());
  }

  /** The current-events line, the timeline and the sources compared (issue 7). */
  private void summaryExtras(ObjectNode n, Event e) {
    CurrentEventsEntry ce = e.currentEvents();
    if (ce != null) {
      ObjectNode x = n.putObject("currentEvents");
      x.put("line", ce.line());
      x.put("date", ce.date() == null ? null : ce.date().toString());
      strings(x.putArray("places"), ce.places());
      strings(x.putArray("actors"), ce.actors());
      x.put("action", ce.action());
      x.put("category", e.kind() == null ? null : e.kind().category());
      ArrayNode links = x.putArray("sources");
      for (CurrentEventsEntry.SourceLink l : ce.sources()) {
        links.addObject().put("outlet", l.outlet()).put("article", l.article()).put("url", l.url());
      }
    }
    ArrayNode timeline = n.putArray("timeline");
    for (TimelineEntry t : e.timeline()) {
      ObjectNode x = timeline.addObject();
      x.put("day", t.day().toString());
      x.put("text", t.text());
      strings(x.putArray("sources"), t.sources());
    }
    SourceComparison c = e.comparison();
    ObjectNode cn = n.putObject("comparison");
    statements(cn.putArray("agreed"), c.agreed());
    ArrayNode disputes = cn.putArray("disputes");
    for (SourceComparison.FigureDispute d : c.disputes()) {
      ObjectNode x = disputes.addObject();
      x.put("what", d.what());
      ArrayNode claims = x.putArray("claims");
      for (SourceComparison.FigureClaim cl : d.claims()) {
        ObjectNode y = claims.addObject();
        y.put("value", cl.value());
        y.put("unit", cl.unit());
        y.put("claimedBy", cl.claimedBy());
        strings(y.putArray("outlets"), cl.outlets());
        strings(y.putArray("sources"), cl.sources());
      }
    }
    statements(cn.putArray("singleSource"), c.singleSource());
    ArrayNode wording = cn.putArray("wording");
    for (SourceComparison.Wording w : c.wording()) {
      ObjectNode x = wording.addObject();
      x.put("concept", w.concept());
      ArrayNode uses = x.putArray("outlets");
      for (SourceComparison.OutletWords ow : w.uses()) {
        ObjectNode y = uses.addObject();
        y.put("outlet", ow.outlet());
        ArrayNode words = y.putArray("words");
        ow.words().forEach(u -> words.addObject().put("word", u.word()).put("count", u.count()).put("loaded", u.loaded()));
        strings(y.putArray("sources"), ow.sources());
      }
    }
  }

  private static void statements(ArrayNode array, List<SourceComparison.Statement> statements) {
    for (SourceComparison.Statement s : statements) {
      ObjectNode x = array.addObject();
      x.put("text", s.text());
      strings(x.putArray("outlets"), s.outlets());
      strings(x.putArray("sources"), s.sources());
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}

package io.newsdesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.store.EventSummary;
import io.newsdesk.core.store.IngestResult;
import io.newsdesk.core.store.Page;
import io.newsdesk.core.store.SearchHit;
import io.newsdesk.core.story.Story;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The API's JSON bodies, as described in openapi.json. One event in full is the entry of events.json itself. */
final class ApiJson {

  private final ObjectMapper mapper = new ObjectMapper();

  byte[] bytes(Object node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item) {
    ObjectNode n = mapper.createObjectNode();
    n.put("total", page.total());
    n.put("offset", page.offset());
    n.put("limit", page.limit());
    ArrayNode items = n.putArray("items");
    page.items().forEach(t -> items.add(item.apply(t)));
    return n;
  }

  /** An event in a list: enough to show it and to follow it. */
  ObjectNode eventSummary(EventSummary e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", e.id());
    n.put("headline", e.headline());
    n.put("start", iso(e.start()));
    n.put("end", iso(e.end()));
    n.put("articles", e.articles());
    ArrayNode outlets = n.putArray("outlets");
    e.outlets().forEach(outlets::add);
    n.put("lead", e.lead());
    n.put("category", e.category());
    n.put("section", e.section());
    n.put("story", e.story());
    n.put("href", "/api/events/" + e.id());
    return n;
  }

  /** A story in a list: its title, time, size and main names. */
  ObjectNode storySummary(Story s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", s.id());
    n.put("title", s.title());
    n.put("start", iso(s.start()));
    n.put("end", iso(s.end()));
    n.put("events", s.events().size());
    n.put("articles", s.timeline().stream().mapToInt(Story.Line::articles).sum());
    strings(n.putArray("entities"), s.entities());
    strings(n.putArray("places"), s.places());
    n.put("href", "/api/stories/" + Urls.pathSegment(s.id()));
    n.put("feed", FeedController.storyFeed(s.id()));
    return n;
  }

  /** One story with its timeline: a line per event, in time order. */
  ObjectNode story(Story s) {
    ObjectNode n = storySummary(s);
    ArrayNode timeline = n.putArray("timeline");
    for (Story.Line l : s.timeline()) {
      timeline.addObject().put("event", l.event()).put("date", iso(l.date())).put("headline", l.headline())
          .put("articles", l.articles()).put("href", "/api/events/" + l.event());
    }
    return n;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** An article in a list: without its text. */
  ObjectNode articleSummary(Article a, String eventId) {
    ObjectNode n = articleRef(a);
    n.put("event", eventId);
    return n;
  }

  ObjectNode article(Article a, String eventId) {
    ObjectNode n = articleRef(a);
    n.put("source", a.source());
    n.put("language", a.language());
    n.put("text", a.text());
    n.put("event", eventId);
    return n;
  }

  private ObjectNode articleRef(Article a) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", a.id());
    n.put("title", a.title());
    n.put("outlet", a.outlet());
    n.put("published", iso(a.published()));
    n.put("url", a.url());
    return n;
  }

  ObjectNode searchHit(SearchHit hit) {
    ObjectNode n = mapper.createObjectNode();
    n.set("article", articleRef(hit.article()));
    n.put("event", hit.eventId());
    ArrayNode snippets = n.putArray("snippets");
    for (SearchHit.Snippet s : hit.snippets()) {
      ObjectNode sn = snippets.addObject();
      sn.put("text", s.text());
      ArrayNode marks = sn.putArray("marks");
      s.marks().forEach(m -> marks.addArray().add(m.start()).add(m.end()));
    }
    return n;
  }

  ObjectNode entity(Entity en, Page<EventSummary> events) {
    ObjectNode n = mapper.createObjectNode();
    n.put("name", en.name());
    n.put("type", en.type().name().toLowerCase(Locale.ROOT));
    ArrayNode variants = n.putArray("variants");
    en.variants().forEach(variants::add);
    if (en.lat() != null) {
      n.put("lat", en.lat());
      n.put("lon", en.lon());
    }
    n.set("events", page(events, this::eventSummary));
    return n;
  }

  ObjectNode health(long articles, long events, long stories, boolean writable) {
    ObjectNode n = mapper.createObjectNode();
    n.put("status", "ok");
    n.put("articles", articles);
    n.put("events", events);
    n.put("stories", stories);
    n.put("ingest", writable);
    return n;
  }

  ObjectNode ingested(IngestResult r, List<String> problems) {
    ObjectNode n = mapper.createObjectNode();
    n.put("added", r.added());
    n.put("changed", r.changed());
    n.put("unchanged", r.unchanged());
    n.put("eventsRebuilt", r.eventsRebuilt());
    ArrayNode p = n.putArray("problems");
    problems.forEach(p::add);
    return n;
  }

  ObjectNode error(ApiException e) {
    ObjectNode n = mapper.createObjectNode();
    ObjectNode err = n.putObject("error");
    err.put("status", e.status());
    err.put("code", e.code());
    err.put("message", e.getMessage());
    return n;
  }

  private static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}

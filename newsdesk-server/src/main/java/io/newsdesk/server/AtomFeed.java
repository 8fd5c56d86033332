package io.newsdesk.server;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.SummarySentence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Events as an Atom 1.0 feed, written by ROME, one entry per event in the order given (newest first). An entry's
 * id is its event page's address, which lasts as the event grows, so a reader shows a grown event as updated
 * rather than as new.
 *
 * @param title what the feed follows
 * @param self  the feed's own absolute address, also its id
 * @param about the absolute address of what it follows (the story or search as JSON), or null
 * @param base  the server's absolute root ("http://host:port"), for the entries' links
 */
record AtomFeed(String title, String self, String about, String base) {

  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

  AtomFeed {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(base, "base");
  }

  /** The feed's XML, with the events as its entries. */
  String write(List<Event> events) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(title);
    feed.setUri(self);
    feed.setAuthors(List.of(person("newsdesk"))); // Atom wants an author; entries name their outlets
    List<SyndLink> links = new ArrayList<>();
    links.add(link("self", self, "application/atom+xml"));
    if (about != null) {
      links.add(link("related", about, "application/json"));
    }
    feed.setLinks(links);
    // a feed is as new as its newest entry; an empty one says so with the epoch rather than a made-up time
    feed.setPublishedDate(Date.from(events.stream().map(AtomFeed::updated).filter(Objects::nonNull)
        .max(Instant::compareTo).orElse(Instant.EPOCH)));
    feed.setEntries(events.stream().map(this::entry).toList());
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("could not write the Atom feed " + self + ": " + e.getMessage(), e);
    }
  }

  private SyndEntry entry(Event e) {
    SyndEntry entry = new SyndEntryImpl();
    String page = base + "/events/" + Urls.pathSegment(e.id());
    entry.setUri(page);
    entry.setTitle(e.headline());
    entry.setLinks(List.of(link("alternate", page, "text/html"),
        link("alternate", base + "/api/events/" + Urls.pathSegment(e.id()), "application/json")));
    entry.setLink(page);
    Instant updated = updated(e);
    if (updated != null) {
      entry.setUpdatedDate(Date.from(updated));
    }
    if (e.start() != null) {
      entry.setPublishedDate(Date.from(e.start()));
    }
    SyndContent summary = new SyndContentImpl();
    summary.setType("text");
    summary.setValue(summary(e));
    entry.setDescription(summary);
    entry.setAuthors(e.articles().stream().map(Article::outlet).filter(Objects::nonNull).distinct()
        .map(AtomFeed::person).toList());
    return entry;
  }

  /** When an event last changed: its last article, else when it began. */
  private static Instant updated(Event e) {
    return e.end() != null ? e.end() : e.start();
  }

  /** The event's summary as plain text, and how many articles report it. */
  private static String summary(Event e) {
    String text = e.summary().stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    String count = e.articles().size() == 1 ? "1 article" : e.articles().size() + " articles";
    return text.isEmpty() ? count + "." : text + " (" + count + ")";
  }

  private static SyndPerson person(String name) {
    SyndPerson p = new SyndPersonImpl();
    p.setName(name);
    return p;
  }

  private static SyndLink link(String rel, String href, String type) {
    SyndLink l = new SyndLinkImpl();
    l.setRel(rel);
    l.setHref(href);
    l.setType(type);
    return l;
  }
}

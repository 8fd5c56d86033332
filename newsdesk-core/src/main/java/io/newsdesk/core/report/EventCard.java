package io.newsdesk.core.report;

import gg.jte.Content;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.EventKind;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.report.CardView.Answer;
import io.newsdesk.core.report.CardView.Chip;
import io.newsdesk.core.report.CardView.EntityGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One event as HTML, the same in the static report and on the server's event page: the template
 * {@code card/event.jte} over the {@link CardView} made here. Citations are numbered links to the event's own list
 * of articles; all article text is escaped by the template.
 */
public final class EventCard {

  static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final int MAX_ENTITIES = 24;

  /**
   * The event as an {@code <article>} element, for another template to write in place: headline, dates and
   * outlets, the cited summary, conflicts, entities, figures, quotes, shared passages, credited sources and the
   * numbered list of articles that the citations point to.
   *
   * @param entityLink   the address of an entity's own page, or null for none
   * @param headingLevel the level of the headline's heading, 1 to 6, so that the card fits its page's outline
   */
  public Content render(Event e, Function<Entity, String> entityLink, int headingLevel) {
    return Html.REPORT.fragment("card/event.jte", view(e, entityLink, headingLevel));
  }

  CardView view(Event e, Function<Entity, String> entityLink, int headingLevel) {
    if (headingLevel < 1 || headingLevel > 6) {
      throw new IllegalArgumentException("headingLevel must be within 1..6, got " + headingLevel);
    }
    Citations cite = new Citations(e);
    String outlets = e.articles().stream().map(Article::outlet).filter(Objects::nonNull)
        .distinct().collect(Collectors.joining(", "));
    String meta = range(e.start(), e.end()) + " · " + e.articles().size()
        + (e.articles().size() == 1 ? " article" : " articles") + (outlets.isEmpty() ? "" : " · " + outlets);
    return new CardView(e.id(), headingLevel, e.headline(), meta, kind(e.kind()),
        e.summary().stream().map(s -> new CardView.Sentence(s.text(), cite.named(s.sources()))).toList(),
        ComparisonView.of(e, cite),
        // the comparison's disputed figures say the same, better: show one of the two
        e.comparison().disputes().isEmpty()
            ? e.conflicts().stream().map(c -> new CardView.Conflict(c.what(), c.claims().stream()
                .map(cl -> new CardView.Claim(cl.value(), cl.claimedBy(), cite.of(cl.sources()))).toList())).toList()
            : List.of(),
        fiveWs(e.fiveWs(), cite),
        entities(e.entities(), entityLink),
        e.figures().stream().map(f -> new CardView.FigureRow(figure(f), f.what(),
            f.claimedBy() == null ? "—" : f.claimedBy(), cite.of(f.sources()))).toList(),
        e.quotes().stream().map(q -> new CardView.QuoteRow(q.text(),
            (q.speaker() == null ? "unattributed" : q.speaker()) + (q.affiliation() == null ? "" : ", " + q.affiliation()),
            cite.of(q.sources()))).toList(),
        e.reuse().stream().map(r -> shared(e, r, cite)).toList(),
        e.credits().stream().map(c -> new CardView.Credit(c.source(), cite.of(c.articles()))).toList(),
        sources(e, cite));
  }

  /** The category and action of an event, or null for an event with no kind. */
  private static CardView.Kind kind(EventKind k) {
    if (k == null) {
      return null;
    }
    return k.action() == null ? new CardView.Kind(k.category(), null, null)
        : new CardView.Kind(k.category(), k.action().name() + " (“" + k.action().trigger() + "”)", k.action().sentence());
  }

  /** A figure as a value with its qualifier and unit: "more than 120 ships". */
  public static String figure(Figure f) {
    return (f.qualifier() == null ? "" : f.qualifier() + " ") + f.value() + (f.unit() == null ? "" : " " + f.unit());
  }

  /** Each article's own wording of a shared passage, in its sentence context. */
  private static CardView.Shared shared(Event e, Reuse r, Citations cite) {
    List<CardView.Passage> passages = new ArrayList<>();
    for (Passage p : r.passages()) {
      e.articles().stream().filter(x -> x.id().equals(p.articleId())).findFirst().ifPresent(a -> passages.add(
          new CardView.Passage(cite.of(List.of(a.id())), context(a.text(), p.start(), true), p.text(),
              context(a.text(), p.end(), false))));
    }
    return new CardView.Shared(cite.of(List.of(r.first())), r.credited(), passages);
  }

  private static List<CardView.Source> sources(Event e, Citations cite) {
    Map<String, String> originalOf = new HashMap<>();
    e.reprints().forEach(r -> r.copies().forEach(c -> originalOf.put(c, r.original())));
    return e.articles().stream().map(a -> new CardView.Source(cite.anchor(a.id()),
        a.title() != null ? a.title() : firstWords(a.text()), webAddress(a.url()),
        (a.outlet() == null ? a.id() : a.outlet())
            + (a.published() == null ? "" : ", " + SHORT.format(a.published().atZone(ZoneOffset.UTC))),
        originalOf.containsKey(a.id()) ? cite.of(List.of(originalOf.get(a.id()))) : List.of())).toList();
  }

  /** Who, what, when, where, why and how, each citing the article it is read from; other places after where. */
  private static List<Answer> fiveWs(FiveWs w, Citations cite) {
    List<Answer> out = new ArrayList<>();
    if (w == null || w.answered() == 0) {
      return out;
    }
    for (String q : FiveWs.QUESTIONS) {
      FiveWs.Answer a = w.answer(q);
      if (a != null) {
        out.add(new Answer(q, a.text(), cite.cites(a.article()) ? cite.of(List.of(a.article())) : List.of()));
      }
      if (q.equals("where") && !w.otherPlaces().isEmpty()) {
        out.add(new Answer("also named", String.join(", ", w.otherPlaces()), List.of()));
      }
    }
    return out;
  }

  /** The first entities of the event, grouped by type in the order of the types. */
  private static List<EntityGroup> entities(List<Entity> entities, Function<Entity, String> entityLink) {
    Map<EntityType, List<Chip>> byType = new LinkedHashMap<>();
    entities.stream().limit(MAX_ENTITIES).forEach(en -> {
      String also = en.variants().stream().filter(v -> !v.equals(en.name())).collect(Collectors.joining(", "));
      byType.computeIfAbsent(en.type(), k -> new ArrayList<>()).add(new Chip(en.name(),
          en.type().name().toLowerCase(Locale.ROOT), entityLink == null ? null : entityLink.apply(en),
          en.lat() == null ? null : en.lat() + ", " + en.lon(), also.isEmpty() ? null : also));
    });
    List<EntityGroup> out = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      if (byType.containsKey(type)) {
        out.add(new EntityGroup(label(type), byType.get(type)));
      }
    }
    return out;
  }

  private static String label(EntityType t) {
    return switch (t) {
      case PERSON -> "People";
      case ORGANIZATION -> "Organisations";
      case PLACE -> "Places";
      case OTHER -> "Other";
    };
  }

  /** The address when it is a web one (http or https), else null: no other scheme becomes a link. */
  static String webAddress(String url) {
    return url != null && url.matches("(?i)https?://.*") ? url : null;
  }

  private static String range(Instant start, Instant end) {
    if (start == null) {
      return "undated";
    }
    LocalDate a = start.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate b = end.atZone(ZoneOffset.UTC).toLocalDate();
    return a.equals(b) ? SHORT.format(a) : SHORT.format(a) + " – " + SHORT.format(b);
  }

  private static final int CONTEXT = 80;

  /** Up to 80 characters of the text before or after a passage, cut at a word. */
  private static String context(String text, int at, boolean before) {
    if (before) {
      int from = Math.max(0, at - CONTEXT);
      String s = text.substring(from, at).replace('\n', ' ');
      return from == 0 ? s : "…" + s.replaceFirst("^\\S*\\s", "");
    }
    int to = Math.min(text.length(), at + CONTEXT);
    String s = text.substring(at, to).replace('\n', ' ');
    return to == text.length() ? s : s.replaceFirst("\\s\\S*$", "") + "…";
  }

  private static String firstWords(String text) {
    String line = text.strip().split("\n")[0];
    return line.length() <= 90 ? line : line.substring(0, 90).replaceAll("\\s+\\S*$", "") + "…";
  }

  /** The style of an event card: colours, citations, chips, figures, quotes, passages, sources. */
  public static final String CSS = """
      :root{--ink:#1d2329;--muted:#5f6b76;--line:#dde3e8;--accent:#0b5cad;--warn:#fff4e0;--bg:#f6f7f9}
      *{box-sizing:border-box}body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg)}
      .meta{color:var(--muted);font:.85rem system-ui,sans-serif;margin:.2rem 0}
      .event{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:0 0 1.2rem}
      .event .headline{font:700 1.25rem/1.3 system-ui,sans-serif;margin:0 0 .3rem}
      .summary p{margin:.55rem 0}.cite{font:.75rem system-ui,sans-serif;text-decoration:none;color:var(--accent);vertical-align:super}
      .conflicts{background:var(--warn);border-radius:6px;padding:.5rem .8rem;margin:.6rem 0;font:.9rem system-ui,sans-serif}
      .conflicts ul{margin:.3rem 0;padding-left:1.2rem}
      .entities{margin:.6rem 0;font:.8rem system-ui,sans-serif;line-height:2}
      .label{color:var(--muted);margin:0 .3rem 0 .6rem}.label:first-child{margin-left:0}
      .chip{display:inline-block;border-radius:999px;padding:0 .55rem;margin:0 .2rem;line-height:1.6;background:#eef1f4}
      .chip.place{background:#e4f2e7}.chip.person{background:#f3e8f7}.chip.organization{background:#e6eef8}
      details{margin:.5rem 0;font:.9rem system-ui,sans-serif}summary{cursor:pointer;color:var(--accent)}
      table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
      blockquote{margin:.5rem 0;padding:.2rem .8rem;border-left:3px solid var(--line)}blockquote cite{display:block;color:var(--muted);font-style:normal}
      mark{background:#fff1a8}.reuse{margin:.5rem 0;border-top:1px dashed var(--line)}.passage{margin:.3rem 0;color:var(--muted)}
      .passage mark{color:var(--ink)}
      ol.sources{font:.85rem system-ui,sans-serif;padding-left:1.4rem;margin:.8rem 0 0;border-top:1px solid var(--line);padding-top:.5rem}
      ol.sources li:target{background:#fff1a8}
      @media (max-width:600px){body{font-size:15px}.event{padding:.8rem}}
            .current{font:.85rem system-ui,sans-serif;border-left:3px solid var(--accent);padding-left:.6rem}
      .compare h4{font:600 .85rem system-ui,sans-serif;margin:.6rem 0 .2rem}.compare ul{margin:.2rem 0;padding-left:1.2rem}
      table.wording th{font-weight:600}ol.timeline{padding-left:1.2rem}
      """;
}

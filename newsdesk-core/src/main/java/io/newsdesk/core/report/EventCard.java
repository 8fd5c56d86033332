package io.newsdesk.core.report;

import static io.newsdesk.core.report.Html.escape;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Conflict;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.EventKind;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Quote;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.model.SummarySentence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One event as HTML, the same in the static report and on the server's event page. Citations are numbered
 * links to the event's own list of articles; all article text is escaped.
 */
public final class EventCard {

  static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final int MAX_ENTITIES = 24;

  /**
   * Appends the event as an {@code <article>} element: headline, dates and outlets, the cited summary,
   * conflicts, entities, figures, quotes, shared passages, credited sources and the numbered list of articles
   * that the citations point to.
   *
   * @param entityLink   the address of an entity's own page, or null for none
   * @param headingLevel the level of the headline's heading, 1 to 6, so that the card fits its page's outline
   */
  /** " · Armed conflicts and attacks · take territory (“captures”)", or nothing for an event with no kind. */
  private static String kind(EventKind k) {
    if (k == null) {
      return "";
    }
    String out = " · <span class=\"category\">" + esc(k.category()) + "</span>";
    if (k.action() != null) {
      out += " · <span class=\"action\" title=\"" + esc(k.action().sentence()) + "\">" + esc(k.action().name())
          + " (“" + esc(k.action().trigger()) + "”)</span>";
    }
    return out;
  }

  public void render(StringBuilder h, Event e, Function<Entity, String> entityLink, int headingLevel) {
    if (headingLevel < 1 || headingLevel > 6) {
      throw new IllegalArgumentException("headingLevel must be within 1..6, got " + headingLevel);
    }
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < e.articles().size(); i++) {
      number.put(e.articles().get(i).id(), i + 1);
    }
    String outlets = e.articles().stream().map(Article::outlet).filter(o -> o != null)
        .distinct().collect(Collectors.joining(", "));
    h.append("<article class=\"event\" id=\"").append(esc(e.id())).append("\">\n<h").append(headingLevel)
        .append(" class=\"headline\">").append(esc(e.headline())).append("</h").append(headingLevel).append(">\n<p class=\"meta\">").append(esc(range(e.start(), e.end()))).append(" · ")
        .append(e.articles().size()).append(e.articles().size() == 1 ? " article" : " articles")
        .append(outlets.isEmpty() ? "" : " · " + esc(outlets)).append(kind(e.kind()))
        .append("</p>\n<div class=\"summary\">");
    for (SummarySentence s : e.summary()) {
      h.append("<p>").append(esc(s.text()));
      for (String src : s.sources()) {
        Integer n = number.get(src);
        h.append(" <a class=\"cite\" href=\"#").append(esc(e.id())).append("-a").append(n).append("\" title=\"")
            .append(esc(src)).append("\">[").append(n).append("]</a>");
      }
      h.append("</p>");
    }
    h.append("</div>\n");
    ComparisonHtml compared = new ComparisonHtml(ids -> cites(e, ids, number));
    compared.currentEvents(h, e);
    compared.timeline(h, e);
    compared.comparison(h, e.comparison());
    if (!e.conflicts().isEmpty() && e.comparison().disputes().isEmpty()) {
      h.append("<div class=\"conflicts\"><strong>Sources disagree</strong><ul>");
      for (Conflict c : e.conflicts()) {
        h.append("<li>").append(esc(c.what())).append(": ");
        h.append(c.claims().stream().map(cl -> "<b>" + esc(cl.value()) + "</b>"
                + (cl.claimedBy() == null ? "" : " (" + esc(cl.claimedBy()) + ")") + cites(e, cl.sources(), number))
            .collect(Collectors.joining(" vs ")));
        h.append("</li>");
      }
      h.append("</ul></div>\n");
    }
    fiveWs(h, e, number);
    entities(h, e.entities(), entityLink);
    if (!e.figures().isEmpty()) {
      h.append("<details><summary>Figures (").append(e.figures().size()).append(")</summary><table>")
          .append("<tr><th>figure</th><th>what it counts</th><th>claimed by</th><th>sources</th></tr>");
      for (Figure f : e.figures()) {
        h.append("<tr><td>").append(esc((f.qualifier() == null ? "" : f.qualifier() + " ") + f.value()
                + (f.unit() == null ? "" : " " + f.unit()))).append("</td><td>").append(esc(f.what()))
            .append("</td><td>").append(esc(f.claimedBy() == null ? "—" : f.claimedBy())).append("</td><td>")
            .append(cites(e, f.sources(), number)).append("</td></tr>");
      }
      h.append("</table></details>\n");
    }
    if (!e.quotes().isEmpty()) {
      h.append("<details><summary>Quotes (").append(e.quotes().size()).append(")</summary>");
      for (Quote q : e.quotes()) {
        h.append("<blockquote>“").append(esc(q.text())).append("”<cite>")
            .append(esc(q.speaker() == null ? "unattributed" : q.speaker()))
            .append(q.affiliation() == null ? "" : ", " + esc(q.affiliation()))
            .append(cites(e, q.sources(), number)).append("</cite></blockquote>");
      }
      h.append("</details>\n");
    }
    if (!e.reuse().isEmpty()) {
      h.append("<details><summary>Shared passages (").append(e.reuse().size()).append(")</summary>");
      for (Reuse r : e.reuse()) {
        h.append("<div class=\"reuse\"><p class=\"meta\">first in").append(cites(e, List.of(r.first()), number))
            .append(r.credited() == null ? "" : ", credited to " + esc(r.credited())).append("</p>");
        for (Passage p : r.passages()) {
          // each article's own wording of the passage, in its sentence context
          Article a = e.articles().stream().filter(x -> x.id().equals(p.articleId())).findFirst().orElse(null);
          if (a == null) {
            continue;
          }
          h.append("<p class=\"passage\">").append(cites(e, List.of(a.id()), number)).append(" ")
              .append(esc(context(a.text(), p.start(), true))).append("<mark>").append(esc(p.text())).append("</mark>")
              .append(esc(context(a.text(), p.end(), false))).append("</p>");
        }
        h.append("</div>");
      }
      h.append("</details>\n");
    }
    if (!e.credits().isEmpty()) {
      h.append("<p class=\"meta\">Sources credited: ");
      h.append(e.credits().stream().map(c -> esc(c.source()) + cites(e, c.articles(), number))
          .collect(Collectors.joining(" · ")));
      h.append("</p>\n");
    }
    Map<String, String> originalOf = new HashMap<>();
    e.reprints().forEach(r -> r.copies().forEach(c -> originalOf.put(c, r.original())));
    h.append("<ol class=\"sources\">");
    for (Article a : e.articles()) {
      h.append("<li id=\"").append(esc(e.id())).append("-a").append(number.get(a.id())).append("\">");
      String title = a.title() != null ? a.title() : firstWords(a.text());
      if (a.url() != null && a.url().matches("(?i)https?://.*")) {
        h.append("<a href=\"").append(esc(a.url())).append("\">").append(esc(title)).append("</a>");
      } else {
        h.append(esc(title));
      }
      h.append(" <span class=\"meta\">").append(esc(a.outlet() == null ? a.id() : a.outlet()))
          .append(a.published() == null ? "" : ", " + SHORT.format(a.published().atZone(ZoneOffset.UTC)))
          .append(originalOf.containsKey(a.id()) ? ", reprint of" + cites(e, List.of(originalOf.get(a.id())), number) : "")
          .append("</span></li>");
    }
    h.append("</ol>\n</article>\n");
  }

  /** Who, what, when, where, why and how, each citing the article it is read from; other places after where. */
  private static void fiveWs(StringBuilder h, Event e, Map<String, Integer> number) {
    FiveWs w = e.fiveWs();
    if (w == null || w.answered() == 0) {
      return;
    }
    h.append("<details><summary>Who, what, when, where</summary><dl class=\"fivews\">");
    for (String q : FiveWs.QUESTIONS) {
      FiveWs.Answer a = w.answer(q);
      if (a != null) {
        h.append("<dt>").append(q).append("</dt><dd>").append(esc(a.text()))
            .append(number.containsKey(a.article()) ? cites(e, List.of(a.article()), number) : "").append("</dd>");
      }
      if (q.equals("where") && !w.otherPlaces().isEmpty()) {
        h.append("<dt>also named</dt><dd>").append(esc(String.join(", ", w.otherPlaces()))).append("</dd>");
      }
    }
    h.append("</dl></details>\n");
  }

  private static void entities(StringBuilder h, List<Entity> entities, Function<Entity, String> entityLink) {
    if (entities.isEmpty()) {
      return;
    }
    Map<EntityType, List<Entity>> byType = new LinkedHashMap<>();
    entities.stream().limit(MAX_ENTITIES).forEach(en -> byType.computeIfAbsent(en.type(), k -> new java.util.ArrayList<>()).add(en));
    h.append("<div class=\"entities\">");
    for (EntityType type : EntityType.values()) {
      List<Entity> list = byType.get(type);
      if (list == null) {
        continue;
      }
      h.append("<span class=\"label\">").append(label(type)).append("</span>");
      for (Entity en : list) {
        String also = en.variants().stream().filter(v -> !v.equals(en.name())).collect(Collectors.joining(", "));
        String href = entityLink == null ? null : entityLink.apply(en);
        h.append(href == null ? "<span" : "<a href=\"" + esc(href) + "\"").append(" class=\"chip ")
            .append(type.name().toLowerCase(Locale.ROOT)).append("\"")
            .append(en.lat() == null ? "" : " title=\"" + en.lat() + ", " + en.lon() + "\"").append(">")
            .append(esc(en.name()));
        if (!also.isEmpty()) {
          h.append(" <small>also ").append(esc(also)).append("</small>");
        }
        h.append(href == null ? "</span>" : "</a>");
      }
    }
    h.append("</div>\n");
  }

  private static String label(EntityType t) {
    return switch (t) {
      case PERSON -> "People";
      case ORGANIZATION -> "Organisations";
      case PLACE -> "Places";
      case OTHER -> "Other";
    };
  }

  private static String cites(Event e, List<String> sources, Map<String, Integer> number) {
    StringBuilder b = new StringBuilder();
    for (String s : sources) {
      Integer n = number.get(s);
      if (n != null) {
        b.append(" <a class=\"cite\" href=\"#").append(esc(e.id())).append("-a").append(n).append("\">[")
            .append(n).append("]</a>");
      }
    }
    return b.toString();
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

  private static String esc(String s) {
    return escape(s);
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

package io.newsdesk.core.ingest.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.ingest.UnreadableContentException;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ScoringArticleExtractorTest {

  private final ArticleExtractor extractor = new ScoringArticleExtractor();

  @Test
  void keepsTheArticlesParagraphsAndNothingAroundThem() throws UnreadableContentException {
    ExtractedArticle a = extract("harbour-daily-article.html");

    assertEquals(String.join("\n\n",
        "The town council voted on Tuesday evening to close the harbour road for three weeks, so that engineers "
            + "can repair the sea wall that storms damaged last winter.",
        "Work will begin on December 2, the council said, and buses will be sent along the coast road until it "
            + "is finished. Shops on the quay will stay open.",
        "“The wall has held for ninety years, but it will not hold for another winter,” said Ines Varga, who "
            + "chairs the works committee. She added that the repairs would cost about 1.2 million euros.",
        "Traders worried",
        "Traders on the quay said they feared losing customers during the busiest weeks before Christmas. “Three "
            + "weeks is a long time for a small shop,” said Tomas Berg, who sells fish.",
        "The council said it would review the closure after two weeks."), a.text());
  }

  @Test
  void dropsNavigationCommentsPromptsCaptionsAndAdvertisements() throws UnreadableContentException {
    String text = extract("harbour-daily-article.html").text();
    for (String junk : List.of("cookies", "Sport", "Home", "By Mara Quint", "Photo:", "Advertisement",
        "morning briefing", "newsletter", "Share on", "Topics", "Related stories", "sea wall worse", "comments",
        "About time", "Most read", "Ferry timetable", "All rights reserved")) {
      assertFalse(text.contains(junk), () -> "\"" + junk + "\" in: " + text);
    }
  }

  @Test
  void readsTitleDateAuthorOutletAddressAndLanguageFromMetaTags() throws UnreadableContentException {
    ExtractedArticle a = extract("harbour-daily-article.html");

    assertEquals("Council votes to close harbour road for three weeks", a.title());
    assertEquals(Instant.parse("2019-11-19T07:30:00Z"), a.published());
    assertEquals("Mara Quint", a.author());
    assertEquals("The Harbour Daily", a.outlet());
    assertEquals("https://harbourdaily.example/news/2019/11/19/harbour-road-closure", a.url());
    assertEquals("en", a.language());
  }

  @Test
  void readsMetadataFromJsonLd() throws UnreadableContentException {
    ExtractedArticle a = extract("metadata-in-json-ld.html");

    assertEquals("Lentil prices climb for a third month", a.title());
    assertEquals(Instant.parse("2018-07-09T14:05:00Z"), a.published());
    assertEquals("Ravi Anand, Lena Holt", a.author());
    assertEquals("Valley Times", a.outlet());
    assertNull(a.language(), "no declared language: the reader guesses one");
    assertTrue(a.text().startsWith("Lentil prices rose for a third month in July"), a.text());
  }

  @Test
  void skipsPlaceholderDatesThatTemplatesWriteIntoEmptyFields() throws UnreadableContentException {
    assertEquals(Instant.parse("2019-11-19T23:20:00Z"), extract("placeholder-date.html").published());
  }

  @Test
  void findsTheDateInAVisibleDatelineAndDropsTheDatelineFromTheText() throws UnreadableContentException {
    ExtractedArticle a = extract("dated-by-visible-dateline.html");

    assertEquals(Instant.parse("2018-07-09T00:00:00Z"), a.published());
    assertEquals("Schools reopen in Jalal-Abad", a.title());
    assertFalse(a.text().contains("Posted"), a.text());
    assertTrue(a.text().startsWith("Schools in Jalal-Abad reopened on Monday"), a.text());
  }

  @Test
  void findsTheDateInTheAddressAndNamesTheOutletByItsHost() throws UnreadableContentException {
    ExtractedArticle a = extract("dated-by-url.html");

    assertEquals(Instant.parse("2020-03-05T00:00:00Z"), a.published());
    assertEquals("portnouvelles.example", a.outlet());
    assertEquals("fr", a.language());
    assertEquals("Le port rouvre après la tempête", a.title());
  }

  @Test
  void joinsAnArticleSplitAroundAdvertisementsAndLeavesTeasersOut() throws UnreadableContentException {
    String text = extract("article-split-by-ads.html").text();

    assertTrue(text.startsWith("Dockworkers in Al Hudaydah entered the second week"), text);
    assertTrue(text.contains("fuel and wheat cargoes"), text);
    assertTrue(text.endsWith("according to a statement from the authority."), text);
    assertFalse(text.contains("Subscribe"), text);
    assertFalse(text.contains("Drivers queued"), text);
  }

  @Test
  void readsBrokenMarkupWithoutThrowing() throws UnreadableContentException {
    ExtractedArticle a = assertDoesNotThrow(() -> extract("broken-markup.html"));

    assertTrue(a.text().contains("the bridge would reopen next month, after inspectors found no further damage"),
        a.text());
    assertTrue(a.text().contains("Residents of the north bank"), a.text());
    assertFalse(a.text().contains("inside the comment"), a.text());
  }

  @Test
  void takesAShortPageWhole() throws UnreadableContentException {
    assertEquals("Fire crews were called at 4am.", extract("short-page.html").text());
  }

  @Test
  void givesEmptyTextForAPageWithoutText() throws UnreadableContentException {
    ExtractedArticle a = extract("empty-page.html");
    assertEquals("", a.text());
    assertEquals("Nothing here", a.title());
  }

  @Test
  void leavesThePageAsItWas() throws UnreadableContentException {
    Document page = HtmlDecoder.parse(Fixtures.bytes("html/harbour-daily-article.html"), null, "");
    String before = page.outerHtml();
    extractor.extract(page);
    assertEquals(before, page.outerHtml());
  }

  @Test
  void survivesDeeplyNestedMarkup() {
    String html = "<div>".repeat(5000) + "<p>" + "Deep inside many boxes there is still a sentence to read. "
        .repeat(3) + "</p>" + "</div>".repeat(5000);
    ExtractedArticle a = assertDoesNotThrow(() -> extractor.extract(Jsoup.parse(html)));
    assertTrue(a.text().startsWith("Deep inside many boxes"), a.text());
  }

  private ExtractedArticle extract(String fixture) throws UnreadableContentException {
    return extractor.extract(HtmlDecoder.parse(Fixtures.bytes("html/" + fixture), null, ""));
  }
}

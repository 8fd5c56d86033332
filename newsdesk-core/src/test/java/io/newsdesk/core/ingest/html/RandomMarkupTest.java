package io.newsdesk.core.ingest.html;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tag soup, random bytes and odd Unicode: extraction gives a result and never throws. */
class RandomMarkupTest {

  private static final String[] PIECES = {"<p>", "</p>", "<div class=\"article-body\">", "<div class=\"comments\">",
      "</div>", "<br>", "<table><tr><td>", "</td></tr></table>", "<a href=x>", "</a>", "<li>", "<ul>", "</ul>",
      "<h1>", "</h1>", "<script>", "</script>", "<!--", "-->", "<pre>", "</pre>", "<blockquote>", "&amp;", "&#0;",
      "\u0000", "\ud83d\ude00", "\u200b", "\u00ad", "é", "東京", "<meta property=\"article:published_time\" content=\"",
      "\">", "<time datetime=\"", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
      "The council voted on Tuesday to close the harbour road, officials said. ", "  ", "\n", "<", ">", "\""};

  private final ArticleExtractor extractor = new ScoringArticleExtractor();

  @Test
  void extractsFromTagSoupWithoutThrowing() {
    Random random = new Random(20191119);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (int page = 0; page < 500; page++) {
        StringBuilder html = new StringBuilder();
        int pieces = random.nextInt(400);
        for (int i = 0; i < pieces; i++) {
          html.append(PIECES[random.nextInt(PIECES.length)]);
        }
        assertNotNull(extractor.extract(HtmlDecoder.parse(html.toString().replace("\u0000", "")
            .getBytes(StandardCharsets.UTF_8), null, "https://example.com/2019/11/19/x")).text());
      }
    });
  }

  @Test
  void extractsFromRandomBytesOrRefusesThem() {
    Random random = new Random(7);
    for (int page = 0; page < 200; page++) {
      byte[] bytes = new byte[random.nextInt(3000)];
      random.nextBytes(bytes);
      try {
        assertNotNull(extractor.extract(HtmlDecoder.parse(bytes, null, "")).text());
      } catch (io.newsdesk.core.ingest.UnreadableContentException refused) {
        // binary content is refused with a message; that is the other allowed outcome
      }
    }
  }
}

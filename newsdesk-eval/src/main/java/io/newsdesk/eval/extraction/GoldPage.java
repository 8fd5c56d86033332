package io.newsdesk.eval.extraction;

import java.util.Objects;

/**
 * One page of the benchmark's {@code ground-truth.json}.
 *
 * @param id   the page's id, also the name of its file in {@code html/}
 * @param text the article body a person marked as the page's article
 * @param url  the address the page was fetched from, or null
 */
record GoldPage(String id, String text, String url) {
  GoldPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}

package io.newsdesk.bench;

import java.util.List;
import java.util.Random;

/**
 * Lines that scraped pages carry inside an article without the article saying them: teasers, share and
 * subscribe prompts, comment headers. The cleaning stage is there to drop them.
 */
final class JunkLines {

  private static final List<String> TEASERS = List.of(
      "Harbour authority approves new ferry timetable for the summer season",
      "Five things to know before the weekend's football fixtures",
      "Readers pick their favourite winter hiking trails",
      "Why the price of cooking oil keeps climbing",
      "City council debates a ban on cars in the old town",
      "Ten photos of the week you should not miss",
      "How one village brought back its river fish",
      "Inside the race to save a century-old cinema",
      "The best street food stalls, as chosen by our critics",
      "Five charts that explain the region's currency swings",
      "A new museum opens its doors after a decade of delays",
      "What the new school timetable means for parents");

  private static final List<String> PROMPTS = List.of(
      "Share this article on Facebook",
      "Follow us on Twitter",
      "Subscribe to our newsletter for daily updates",
      "Click here to read more",
      "Advertisement",
      "Sign up for breaking news alerts");

  private JunkLines() {}

  /** One junk line; a comment header names another outlet. */
  static String pick(Random random, String otherOutlet) {
    String teaser = TEASERS.get(random.nextInt(TEASERS.size()));
    return switch (random.nextInt(5)) {
      case 0 -> "More news: " + teaser;
      case 1 -> "Related: " + teaser;
      case 2 -> "Comment: From " + otherOutlet + ": " + teaser;
      default -> PROMPTS.get(random.nextInt(PROMPTS.size()));
    };
  }
}

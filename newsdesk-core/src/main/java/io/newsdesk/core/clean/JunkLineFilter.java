package io.newsdesk.core.clean;

import io.newsdesk.core.ingest.PublicationDates;
import io.newsdesk.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the lines that scraped news carries inside an article's text but that the article never said:
 * link-farm teasers ("More news: ..."), comment and re-post headers ("Comment: From RT: ..."), datelines,
 * share, follow and subscribe prompts. Each pattern is anchored to a whole line, and the prompt patterns also
 * need the words of a prompt, so that a real sentence about share prices or newsletters stays.
 */
public final class JunkLineFilter implements ArticleCleaner {

  private static final int I = Pattern.CASE_INSENSITIVE;

  /** Whole lines that are never article text. */
  private static final List<Pattern> JUNK = List.of(
      // teasers for other stories: "More news: ...", "Related | ...", "Read more: ..."
      Pattern.compile("^(more|related|latest|trending|top|recommended|popular|other|read more|read also|also read"
          + "|see also|don't miss|must read|watch|video|listen)( news| stories| articles| coverage| reading)?"
          + "\\s*(:|»|>>|\\|| [–-] ).*", I),
      Pattern.compile("^(read|click|tap) (more|here|the full (story|article))\\b.{0,80}$", I),
      // re-posts and comment headers
      Pattern.compile("^(comment|source|via|h/t|hat tip)\\s*:\\s*from\\b.*", I),
      Pattern.compile("^(advertisement|sponsored( content)?|promoted|ad)$", I),
      Pattern.compile("^(all rights reserved|copyright\\b|©).{0,100}$", I),
      Pattern.compile("^(image|photo|picture|video) (credit|source|courtesy)\\b.{0,100}$", I));

  /** A share, follow or subscribe prompt opens with one of these and names a network or a mailing. */
  private static final Pattern PROMPT_OPENER =
      Pattern.compile("^(share|tweet|email|print|save|follow|like|join|subscribe|sign up|register)\\b.*", I);
  private static final Pattern PROMPT_TARGET = Pattern.compile(".*\\b(facebook|twitter|x\\.com|whatsapp|linkedin"
      + "|reddit|telegram|instagram|youtube|tiktok|newsletter|e-?mail|us on|updates|alerts|inbox|friends)\\b.*", I);
  private static final int PROMPT_MAX_WORDS = 12;
  private static final int PROMPT_MAX_WORDS_WITH_PERIOD = 6;

  @Override
  public Article clean(Article article) {
    String text = article.text();
    List<String> kept = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!isJunk(line.strip())) {
        kept.add(line);
      }
    }
    String cleaned = String.join("\n", kept).replaceAll("\n[ \t]*\n(?:[ \t]*\n)+", "\n\n").strip();
    return cleaned.equals(text) ? article : article.withText(cleaned);
  }

  /** A real sentence about share prices or a newsletter is long, or ends like a sentence. */
  private static boolean isPrompt(String line) {
    if (!PROMPT_OPENER.matcher(line).matches() || !PROMPT_TARGET.matcher(line).matches()) {
      return false;
    }
    int words = line.split("\\s+").length;
    return words <= (line.endsWith(".") ? PROMPT_MAX_WORDS_WITH_PERIOD : PROMPT_MAX_WORDS);
  }

  /** True when a whole line (already stripped) is junk. */
  public static boolean isJunk(String line) {
    if (line.isEmpty()) {
      return false;
    }
    if (PublicationDates.isDateline(line)) {
      return true;
    }
    for (Pattern p : JUNK) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return isPrompt(line);
  }
}

package io.newsdesk.server.pages;

/**
 * Links to the newer and older pages of a list ({@code pager.jte}); each null where there is no such page.
 */
public record Pager(String newer, String older) {

  /**
   * @param base  the list's address, with or without a query
   * @param total how many items the whole list holds
   */
  public static Pager of(String base, int offset, int limit, long total) {
    String sep = base.contains("?") ? "&" : "?";
    return new Pager(offset > 0 ? base + sep + "offset=" + Math.max(0, offset - limit) : null,
        offset + limit < total ? base + sep + "offset=" + (offset + limit) : null);
  }

  /** Whether there is another page to go to. */
  public boolean shown() {
    return newer != null || older != null;
  }
}

package io.newsdesk.bench;

import java.util.List;
import java.util.Locale;

/**
 * A made-up news outlet. Wire agencies report an event first; other outlets copy some of their sentences.
 *
 * @param name its name as articles give it
 * @param wire whether it is a wire agency
 */
record Outlet(String name, boolean wire) {

  Outlet {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: \"" + name + "\"");
    }
  }

  /** Lower case, words joined by hyphens: for host names, file names and ids. */
  String slug() {
    return slug(name);
  }

  static String slug(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Invented names; the hosts use the reserved .example top-level domain. */
  static final List<Outlet> ALL = List.of(
      new Outlet("Continental Press Agency", true),
      new Outlet("Tidewater Wire Service", true),
      new Outlet("The Northern Courier", false),
      new Outlet("Riverside Gazette", false),
      new Outlet("Coastline Herald", false),
      new Outlet("Morning Ledger", false),
      new Outlet("Highland Chronicle", false),
      new Outlet("The Daily Compass", false),
      new Outlet("Granite City Times", false),
      new Outlet("Metro Sentinel", false),
      new Outlet("Prairie Observer", false),
      new Outlet("Summit Post", false),
      new Outlet("The Weekly Lantern", false),
      new Outlet("Bayview Journal", false),
      new Outlet("Crescent Monitor", false),
      new Outlet("Atlas Dispatch", false),
      new Outlet("Ironbridge Record", false),
      new Outlet("Silverline News", false),
      new Outlet("Westgate Bulletin", false),
      new Outlet("Harborview Reporter", false));
}

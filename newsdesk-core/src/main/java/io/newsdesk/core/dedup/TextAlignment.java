package io.newsdesk.core.dedup;

/**
 * How much of two word sequences is the same text: the longest common subsequence (copies with a word
 * dropped, replaced or respelled keep most of it) and the longest run of words in common (a long verbatim run
 * is a copy even inside a longer, rewritten sentence).
 */
final class TextAlignment {

  private TextAlignment() {}

  static int commonSubsequence(String[] a, String[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (String wa : a) {
      for (int j = 1; j <= b.length; j++) {
        cur[j] = wa.equals(b[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  static int longestCommonRun(String[] a, String[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    int best = 0;
    for (String wa : a) {
      for (int j = 1; j <= b.length; j++) {
        cur[j] = wa.equals(b[j - 1]) ? prev[j - 1] + 1 : 0;
        best = Math.max(best, cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return best;
  }
}

package io.newsdesk.bench;

import java.util.Map;
import java.util.Random;

/**
 * Sentence templates. {@code [a|b]} is a choice of wording, made by {@link #choose}; {@code {name}} is a slot
 * that {@link #fill} gives the value of {@code name}, and {@code {Name}} the same value with its first letter
 * capitalised, for the start of a sentence.
 */
final class Template {

  private Template() {}

  /** Makes every {@code [a|b|...]} choice of the template, leaving its slots to fill. */
  static String choose(String template, Random random) {
    StringBuilder out = new StringBuilder(template.length());
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('[', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf(']', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed choice in template: " + template);
      }
      String[] options = template.substring(open + 1, close).split("\\|", -1);
      out.append(template, i, open).append(options[random.nextInt(options.length)]);
      i = close + 1;
    }
    return out.toString();
  }

  static String fill(String template, Map<String, String> slots) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed slot in template: " + template);
      }
      out.append(template, i, open);
      out.append(value(template.substring(open + 1, close), slots, template));
      i = close + 1;
    }
    return out.toString();
  }

  private static String value(String name, Map<String, String> slots, String template) {
    String v = slots.get(name);
    if (v != null) {
      return v;
    }
    String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    v = slots.get(lower);
    if (v == null) {
      // a template names a slot that no event fills: a mistake in the templates, not in the input
      throw new IllegalStateException("no value for slot {" + name + "} in template: " + template);
    }
    return v.isEmpty() ? v : Character.toUpperCase(v.charAt(0)) + v.substring(1);
  }
}

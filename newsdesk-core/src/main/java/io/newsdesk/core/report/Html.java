package io.newsdesk.core.report;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Objects;

/**
 * Pages made from templates that the build precompiled (jte, src/main/jte of each module): nothing is compiled at
 * run time, and as the templates are HTML every value they show is escaped for its place in the page (element
 * text, attribute, URL), so article text can never become markup.
 */
public final class Html {

  /** The report's own templates, generated into this package by jte-maven-plugin (see newsdesk-core's pom). */
  static final Html REPORT = new Html("io.newsdesk.core.report.templates", Html.class.getClassLoader());

  private final TemplateEngine engine;

  /**
   * @param templatePackage the package that jte-maven-plugin generated the templates into
   * @param loader          the class loader that holds them
   */
  public Html(String templatePackage, ClassLoader loader) {
    engine = TemplateEngine.createPrecompiled(null, ContentType.Html, Objects.requireNonNull(loader, "loader"),
        Objects.requireNonNull(templatePackage, "templatePackage"));
  }

  /** The page that a template makes of its one parameter, {@code model}. */
  public String render(String template, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(template, model, out);
    return out.toString();
  }

  /** The same as a fragment that another template (of any module) writes in place: {@code ${content}}. */
  public Content fragment(String template, Object model) {
    return out -> engine.render(template, model, out);
  }
}

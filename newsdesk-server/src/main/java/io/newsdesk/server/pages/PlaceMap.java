package io.newsdesk.server.pages;

import static io.newsdesk.core.report.Html.escape;

import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A map of places as inline SVG over the offline world outline ({@code /assets/world.svg}, equirectangular,
 * x = longitude + 180, y = 90 - latitude), framed around the places so that a city shows where it lies.
 */
public final class PlaceMap {

  /** The least span of the frame, in degrees: a single city is shown with its region around it. */
  private static final double MIN_SPAN = 24;
  private static final double MARGIN = 6;

  private PlaceMap() {}

  /** Appends the map, or nothing when no entity is a place with coordinates. */
  public static void render(StringBuilder h, List<Entity> entities) {
    List<Entity> places = entities.stream()
        .filter(e -> e.type() == EntityType.PLACE && e.lat() != null && e.lon() != null).toList();
    if (places.isEmpty()) {
      return;
    }
    double minX = 360;
    double maxX = 0;
    double minY = 180;
    double maxY = 0;
    for (Entity p : places) {
      minX = Math.min(minX, x(p));
      maxX = Math.max(maxX, x(p));
      minY = Math.min(minY, y(p));
      maxY = Math.max(maxY, y(p));
    }
    double w = Math.max(MIN_SPAN, maxX - minX + 2 * MARGIN);
    double ht = Math.max(MIN_SPAN / 2, maxY - minY + 2 * MARGIN);
    w = Math.max(w, ht * 2); // keep the map wider than tall, as a phone screen reads it
    ht = w / 2;
    double left = clamp((minX + maxX) / 2 - w / 2, 0, 360 - w);
    double top = clamp((minY + maxY) / 2 - ht / 2, 0, 180 - ht);
    double r = w / 90;
    String names = places.stream().map(Entity::name).collect(Collectors.joining(", "));
    h.append("<figure class=\"map\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
        .append(num(left)).append(' ').append(num(top)).append(' ').append(num(w)).append(' ').append(num(ht))
        .append("\" role=\"img\" aria-labelledby=\"map-caption\">")
        .append("<image href=\"/assets/world.svg\" x=\"0\" y=\"0\" width=\"360\" height=\"180\"/>");
    for (Entity p : places) {
      h.append("<g class=\"place\"><circle cx=\"").append(num(x(p))).append("\" cy=\"").append(num(y(p)))
          .append("\" r=\"").append(num(r)).append("\" stroke-width=\"").append(num(r / 3)).append("\"><title>")
          .append(escape(p.name())).append("</title></circle>");
      // labels of places in the right half of the frame go to their left, so that none runs off the edge
      boolean leftOfDot = x(p) > left + w / 2;
      h.append("<text x=\"").append(num(x(p) + (leftOfDot ? -1.5 : 1.5) * r)).append("\" y=\"")
          .append(num(y(p) + r * 0.6)).append("\" font-size=\"").append(num(r * 2))
          .append(leftOfDot ? "\" text-anchor=\"end\">" : "\">").append(escape(p.name())).append("</text></g>");
    }
    h.append("</svg><figcaption id=\"map-caption\">Places: ").append(escape(names))
        .append(". Map: Natural Earth.</figcaption></figure>\n");
  }

  private static double x(Entity p) {
    return p.lon() + 180;
  }

  private static double y(Entity p) {
    return 90 - p.lat();
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}

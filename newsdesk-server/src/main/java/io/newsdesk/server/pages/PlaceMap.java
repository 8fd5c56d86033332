package io.newsdesk.server.pages;

import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A map of places as inline SVG over the offline world outline ({@code /assets/world.svg}, equirectangular,
 * x = longitude + 180, y = 90 - latitude), framed around the places so that a city shows where it lies
 * ({@code placeMap.jte}). Numbers are SVG user units, formatted here.
 *
 * @param viewBox the frame: "left top width height"
 * @param names   the places' names, for the caption
 */
public record PlaceMap(String viewBox, List<Dot> dots, String names) {

  /** The least span of the frame, in degrees: a single city is shown with its region around it. */
  private static final double MIN_SPAN = 24;
  private static final double MARGIN = 6;

  /**
   * A place's dot and its label.
   *
   * @param anchor the label's text-anchor, "end" for a label left of its dot, or null
   */
  public record Dot(String name, String cx, String cy, String r, String strokeWidth, String labelX, String labelY,
      String fontSize, String anchor) {}

  /** The map of the entities that are places with coordinates, or null when there are none. */
  public static PlaceMap of(List<Entity> entities) {
    List<Entity> places = entities.stream()
        .filter(e -> e.type() == EntityType.PLACE && e.lat() != null && e.lon() != null).toList();
    if (places.isEmpty()) {
      return null;
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
    double middle = left + w / 2;
    List<Dot> dots = places.stream().map(p -> {
      // labels of places in the right half of the frame go to their left, so that none runs off the edge
      boolean leftOfDot = x(p) > middle;
      return new Dot(p.name(), num(x(p)), num(y(p)), num(r), num(r / 3), num(x(p) + (leftOfDot ? -1.5 : 1.5) * r),
          num(y(p) + r * 0.6), num(r * 2), leftOfDot ? "end" : null);
    }).toList();
    return new PlaceMap(num(left) + " " + num(top) + " " + num(w) + " " + num(ht), dots,
        places.stream().map(Entity::name).collect(Collectors.joining(", ")));
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

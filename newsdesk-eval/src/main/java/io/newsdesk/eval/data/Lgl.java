package io.newsdesk.eval.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The LGL corpus (Lieberman, Samet and Sankaranarayanan, 2010): 588 local-news articles whose toponyms are
 * marked by character offsets and, where GeoNames has them, placed. Read from {@code lgl.xml} at run time;
 * nothing of it is copied into newsdesk.
 */
public final class Lgl {

  /** A marked toponym; {@code lat} and {@code lon} are null where the annotators found no GeoNames entry. */
  public record GoldToponym(int start, int end, String phrase, Double lat, Double lon) {
    public boolean placed() {
      return lat != null && lon != null;
    }
  }

  public record Article(String id, String domain, String text, List<GoldToponym> toponyms) {
    public Article {
      toponyms = List.copyOf(toponyms);
    }

    /**
     * The outlet that published it, the unit of the dev/test split and of an outlet's home: its domain, or
     * {@code "article/" + id} where it has none (an outlet of its own).
     */
    public String outlet() {
      return domain == null || domain.isBlank() ? "article/" + id : domain;
    }
  }

  private Lgl() {}

  /** Reads {@code lgl.xml} from {@code dir} (or {@code dir} itself when it is the file). */
  public static List<Article> read(Path dir) {
    Path file = Files.isDirectory(dir) ? dir.resolve("lgl.xml") : dir;
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no lgl.xml at " + dir);
    }
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = factory.createXMLStreamReader(in);
      try {
        return articles(x);
      } finally {
        x.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(file + " is not well-formed LGL XML: " + e.getMessage(), e);
    }
  }

  private static List<Article> articles(XMLStreamReader x) throws XMLStreamException {
    List<Article> out = new ArrayList<>();
    String id = null;
    String domain = null;
    String text = null;
    List<GoldToponym> toponyms = new ArrayList<>();
    Integer start = null;
    Integer end = null;
    String phrase = null;
    Double lat = null;
    Double lon = null;
    boolean inGaztag = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "article" -> {
            id = x.getAttributeValue(null, "docid");
            domain = null;
            text = null;
            toponyms = new ArrayList<>();
          }
          case "domain" -> domain = x.getElementText();
          case "text" -> text = x.getElementText();
          case "toponym" -> {
            start = end = null;
            phrase = null;
            lat = lon = null;
          }
          case "gaztag" -> inGaztag = true;
          case "start" -> start = Integer.valueOf(x.getElementText().trim());
          case "end" -> end = Integer.valueOf(x.getElementText().trim());
          case "phrase" -> phrase = x.getElementText();
          case "lat" -> lat = inGaztag ? Double.valueOf(x.getElementText().trim()) : lat;
          case "lon" -> lon = inGaztag ? Double.valueOf(x.getElementText().trim()) : lon;
          default -> { }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        switch (x.getLocalName()) {
          case "gaztag" -> inGaztag = false;
          case "toponym" -> {
            if (start != null && end != null && phrase != null) {
              toponyms.add(new GoldToponym(start, end, phrase, lat, lon));
            }
          }
          case "article" -> out.add(new Article(id, domain, text == null ? "" : text, toponyms));
          default -> { }
        }
      }
    }
    return out;
  }
}

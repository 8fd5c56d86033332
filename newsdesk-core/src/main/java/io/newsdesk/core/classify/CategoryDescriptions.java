package io.newsdesk.core.classify;

import io.newsdesk.core.embed.TextEmbedder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The short descriptions of each {@link Category} ({@code categories.tsv}), embedded once. A text's cosines to
 * them say what it is about in terms that carry to any news: they are the features of the {@link SectionModel}, and
 * the nearest of them picks the category within a section.
 */
public final class CategoryDescriptions {

  private final List<Category> categories;
  private final List<Section> sections;
  private final float[][] vectors;

  private CategoryDescriptions(List<Category> categories, List<Section> sections, float[][] vectors) {
    this.categories = List.copyOf(categories);
    this.sections = List.copyOf(sections);
    this.vectors = vectors;
  }

  /** The shipped descriptions, embedded by {@code embedder}. */
  public static CategoryDescriptions standard(TextEmbedder embedder) {
    Objects.requireNonNull(embedder, "embedder");
    List<Category> categories = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (InputStream in = CategoryDescriptions.class.getResourceAsStream("categories.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource categories.tsv next to " + CategoryDescriptions.class.getName());
      }
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", 3);
        Category c = Category.parse(cells[0]);
        Section s = cells.length < 3 ? null : Section.of(cells[1]);
        if (c == null || s == null || !c.sections().contains(s) || cells[2].isBlank()) {
          throw new IllegalStateException("categories.tsv: not a category, one of its sections and a description: "
              + line);
        }
        categories.add(c);
        sections.add(s);
        texts.add(cells[2].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read categories.tsv", e);
    }
    for (Category c : Category.values()) {
      if (!categories.contains(c)) {
        throw new IllegalStateException("categories.tsv describes no " + c.label());
      }
    }
    for (Section s : Section.values()) {
      if (!sections.contains(s)) {
        throw new IllegalStateException("categories.tsv describes nothing of the section " + s.label());
      }
    }
    return new CategoryDescriptions(categories, sections, EmbeddingEventClassifier.embedEachAlone(embedder, texts));
  }

  /** The length of {@link #features}: one per section. */
  public int size() {
    return Section.values().length;
  }

  /** For each section, in {@link Section}'s order, the cosine of a text's unit vector to its nearest description. */
  public float[] features(float[] vector) {
    float[] out = new float[Section.values().length];
    java.util.Arrays.fill(out, -1);
    for (int i = 0; i < vectors.length; i++) {
      int s = sections.get(i).ordinal();
      out[s] = Math.max(out[s], (float) TextEmbedder.cosine(vector, vectors[i]));
    }
    return out;
  }

  /** The section of the description nearest to the vector: what the descriptions alone say, with no training. */
  public Section nearestSection(float[] vector) {
    int best = 0;
    for (int i = 1; i < vectors.length; i++) {
      if (TextEmbedder.cosine(vector, vectors[i]) > TextEmbedder.cosine(vector, vectors[best])) {
        best = i;
      }
    }
    return sections.get(best);
  }

  /** The category among {@code allowed} with the description nearest to the vector (best sentence). */
  public Category nearest(float[] vector, List<Category> allowed) {
    Category best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < vectors.length; i++) {
      if (allowed.contains(categories.get(i))) {
        double s = TextEmbedder.cosine(vector, vectors[i]);
        if (s > bestScore) {
          best = categories.get(i);
          bestScore = s;
        }
      }
    }
    return best;
  }
}

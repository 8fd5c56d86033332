package io.newsdesk.core.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of Universal Dependencies CoNLL-U files: documents ({@code # newdoc id = ...}) of sentences, each a block
 * of comment lines ({@code # key = value}) and token lines of ten tab-separated columns, ended by a blank line.
 * Multiword-token lines ({@code 1-2}) and empty nodes ({@code 1.1}) are skipped, so a sentence holds its syntactic
 * words in order and a token's {@link Token#head()} indexes into it (1-based, 0 the root). General on purpose:
 * the tagger, a parser and the entity recogniser all read the same files.
 */
public final class ConllU {

  /**
   * One syntactic word. Underscore columns are kept as {@code "_"}, as written.
   *
   * @param id     its 1-based position in the sentence
   * @param head   the id of its head, 0 for the root, -1 where the column is {@code _}
   * @param misc   the MISC column, e.g. {@code Entity=(1-person...)|SpaceAfter=No}
   */
  public record Token(int id, String form, String lemma, String upos, String xpos, String feats, int head,
                      String deprel, String misc) {

    /** The value of {@code key} in MISC ({@code key=value|...}), or null. */
    public String miscValue(String key) {
      if (misc == null || misc.equals("_")) {
        return null;
      }
      for (String part : misc.split("\\|")) {
        if (part.startsWith(key + "=")) {
          return part.substring(key.length() + 1);
        }
      }
      return null;
    }
  }

  /**
   * One sentence.
   *
   * @param document the id of the document it belongs to (the last {@code # newdoc id}), or "" when none was given
   * @param comments its {@code # key = value} comments in order (e.g. {@code sent_id}, {@code text})
   */
  public record Sentence(String document, Map<String, String> comments, List<Token> tokens) {
    public Sentence {
      comments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(comments));
      tokens = List.copyOf(tokens);
    }

    /** The word forms, in order. */
    public List<String> forms() {
      return tokens.stream().map(Token::form).toList();
    }

    /** The {@code # text = ...} comment, or the forms joined by spaces when there is none. */
    public String text() {
      String text = comments.get("text");
      return text != null ? text : String.join(" ", forms());
    }
  }

  private ConllU() {}

  /**
   * Reads every sentence of a UTF-8 CoNLL-U file; sentences before any {@code # newdoc id} belong to a document
   * named after the file ({@code GUM_news_iodine.conllu}: {@code GUM_news_iodine}).
   */
  public static List<Sentence> read(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.conllu$", "");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads every sentence from {@code in}; {@code document} names sentences that come before any
   * {@code # newdoc id} line.
   */
  public static List<Sentence> read(Reader in, String document) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<Sentence> sentences = new ArrayList<>();
    Map<String, String> comments = new LinkedHashMap<>();
    List<Token> tokens = new ArrayList<>();
    String doc = document;
    int lineNo = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        if (!tokens.isEmpty()) {
          sentences.add(new Sentence(doc, comments, tokens));
        }
        comments = new LinkedHashMap<>();
        tokens = new ArrayList<>();
      } else if (line.startsWith("#")) {
        int eq = line.indexOf(" = ");
        String key = eq < 0 ? line.substring(1).trim() : line.substring(1, eq).trim();
        String value = eq < 0 ? "" : line.substring(eq + 3).trim();
        if (key.equals("newdoc id") || key.equals("newdoc")) {
          doc = value;
        } else {
          comments.put(key, value);
        }
      } else {
        String[] cols = line.split("\t", -1);
        if (cols.length < 10) {
          throw new IOException("line " + lineNo + ": a token line needs 10 tab-separated columns, has " + cols.length);
        }
        if (cols[0].indexOf('-') >= 0 || cols[0].indexOf('.') >= 0) {
          continue; // multiword token or empty node: its words come on their own lines
        }
        int head = cols[6].equals("_") ? -1 : Integer.parseInt(cols[6]);
        tokens.add(new Token(Integer.parseInt(cols[0]), cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7],
            cols[9]));
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(doc, comments, tokens));
    }
    return sentences;
  }
}

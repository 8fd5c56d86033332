package io.newsdesk.core.language.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus in the IOB2 column format of Universal NER: one token a line ({@code index, token, tag, ...},
 * tab-separated), a blank line between sentences, {@code # newdoc id = X} starting a document. A sentence before
 * any {@code newdoc} belongs to the document named {@code defaultDocument}.
 */
public final class Iob2Reader {

  private Iob2Reader() {}

  public static List<LabelledSentence> read(Reader source, String defaultDocument) throws IOException {
    List<LabelledSentence> sentences = new ArrayList<>();
    String document = defaultDocument;
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    BufferedReader in = new BufferedReader(source);
    for (String line = in.readLine(); ; line = in.readLine()) {
      if (line == null || line.isBlank()) {
        if (!tokens.isEmpty()) {
          sentences.add(new LabelledSentence(document, tokens, BioTags.toSpans(tags)));
          tokens = new ArrayList<>();
          tags = new ArrayList<>();
        }
        if (line == null) {
          return sentences;
        }
        continue;
      }
      if (line.startsWith("#")) {
        String comment = line.substring(1).trim();
        if (comment.startsWith("newdoc id")) {
          document = comment.substring(comment.indexOf('=') + 1).trim();
        }
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IOException("an IOB2 line needs index, token and tag: " + line);
      }
      tokens.add(cols[1]);
      tags.add(cols[2]);
    }
  }
}

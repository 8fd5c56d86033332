package io.newsdesk.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class EcbPlusTest {

  /** Writes an article in the ECB+ token format: one sentence per list entry, tokens split on spaces. */
  public static void write(Path dir, String topic, String name, List<String> sentences) throws IOException {
    StringBuilder xml = new StringBuilder("<Document doc_name=\"" + name + ".xml\">\n");
    int id = 1;
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s).split(" ");
      for (int t = 0; t < tokens.length; t++) {
        xml.append("<token t_id=\"").append(id++).append("\" sentence=\"").append(s).append("\" number=\"")
            .append(t).append("\">").append(tokens[t].replace("&", "&amp;")).append("</token>\n");
      }
    }
    xml.append("<Markables/>\n</Document>\n");
    Files.createDirectories(dir.resolve("ECB+").resolve(topic));
    Files.writeString(dir.resolve("ECB+").resolve(topic).resolve(name + ".xml"), xml.toString());
  }

  @Test
  void readsTopicsHalvesAndSentencesInFileNameOrder(@TempDir Path dir) throws IOException {
    write(dir, "2", "2_1ecb", List.of("`` We ca n't go , '' he said .", "Rain fell ( again ) ."));
    write(dir, "10", "10_1ecbplus", List.of("The port & the town reopened ."));
    write(dir, "2", "2_1ecbplus", List.of("A quake struck at 5 % strength ."));
    List<EcbPlus.Article> articles = EcbPlus.read(dir);
    // by file name alone, not by topic: "10_" sorts before "2_"
    assertEquals(List.of("10_1ecbplus", "2_1ecb", "2_1ecbplus"), articles.stream().map(EcbPlus.Article::id).toList());
    EcbPlus.Article first = articles.get(1);
    assertEquals(List.of("\"We can't go,\" he said.", "Rain fell (again)."), first.sentences());
    assertEquals("2/ecb", first.event());
    assertEquals("2/ecbplus", articles.get(2).event());
    assertEquals("10/ecbplus", articles.get(0).event());
    assertEquals("The port & the town reopened.", articles.get(0).sentences().get(0));
    assertTrue(first.text().contains("\n"));
  }

  @Test
  void aFolderWithoutArticlesIsAClearError(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EcbPlus.read(dir.resolve("x")));
    assertTrue(e.getMessage().contains("no ECB+ folder"));
  }
}

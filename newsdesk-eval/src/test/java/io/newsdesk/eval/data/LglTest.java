package io.newsdesk.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LglTest {

  /** Written for this test in the layout of lgl.xml. */
  private static final String XML = """
      <?xml version="1.0" encoding="utf-8"?>
      <articles>
        <article docid="7">
          <feedid>1</feedid>
          <title>Flood in Pineville</title>
          <domain>example.com</domain>
          <text><![CDATA[Flood in Pineville. Rapides Parish & Mars]]></text>
          <toponyms count="3">
            <toponym><start>9</start><end>18</end><phrase>Pineville</phrase>
              <gaztag geonameid="1"><name>Pineville</name><fclass>P</fclass><fcode>PPL</fcode>
                <lat>31.32</lat><lon>-92.43</lon><country geonameid="2">United States</country></gaztag>
            </toponym>
            <toponym><start>20</start><end>34</end><phrase>Rapides Parish</phrase>
              <gaztag geonameid="3"><name>Rapides Parish</name><lat>31.17</lat><lon>-92.48</lon></gaztag>
            </toponym>
            <toponym><start>37</start><end>41</end><phrase>Mars</phrase></toponym>
          </toponyms>
        </article>
      </articles>
      """;

  @Test
  void readsTextSpansAndPositions(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("lgl.xml"), XML);
    List<Lgl.Article> articles = Lgl.read(dir);
    assertEquals(1, articles.size());
    Lgl.Article a = articles.get(0);
    assertEquals("7", a.id());
    assertEquals("example.com", a.domain());
    assertEquals(3, a.toponyms().size());
    Lgl.GoldToponym first = a.toponyms().get(0);
    assertEquals("Pineville", a.text().substring(first.start(), first.end()));
    assertEquals(31.32, first.lat());
    assertTrue(a.toponyms().get(1).placed());
    assertFalse(a.toponyms().get(2).placed(), "no gaztag, no position");
  }

  @Test
  void aMissingOrBrokenFileIsAClearError(@TempDir Path dir) throws IOException {
    assertThrows(IllegalArgumentException.class, () -> Lgl.read(dir));
    Files.writeString(dir.resolve("lgl.xml"), "<articles><article docid=\"1\">");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lgl.read(dir));
    assertTrue(e.getMessage().contains("lgl.xml"), e.getMessage());
  }
}

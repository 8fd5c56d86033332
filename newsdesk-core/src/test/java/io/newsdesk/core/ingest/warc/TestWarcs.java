package io.newsdesk.core.ingest.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes test WARCs with jwarc's own writer, remembering where each record starts. */
final class TestWarcs implements AutoCloseable {

  private static final Instant CAPTURED = Instant.parse("2019-11-20T12:00:00Z");

  private final WarcWriter writer;
  private final List<Long> offsets = new ArrayList<>();

  TestWarcs(Path file, boolean gzip) throws IOException {
    this.writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  /** Where each record written so far starts, in order. */
  List<Long> offsets() {
    return offsets;
  }

  /** Where the next record will start: the end of the last one. */
  long position() {
    return writer.position();
  }

  static String page(String title, String... paragraphs) {
    StringBuilder html = new StringBuilder("<html><head><title>").append(title).append("</title></head><body>")
        .append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>").append(title)
        .append("</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  void htmlResponse(String url, String html) throws IOException {
    response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null);
  }

  void response(String url, int status, String contentType, byte[] body, String contentEncoding)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    if (contentEncoding != null) {
      http.addHeader("Content-Encoding", contentEncoding);
    }
    write(new WarcResponse.Builder(URI.create(url)).date(CAPTURED)
        .body(http.body(MediaType.parse(contentType), body).build()).build());
  }

  void request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getPath()).addHeader("Host", "example.com")
        .build();
    write(new WarcRequest.Builder(URI.create(url)).date(CAPTURED).body(http).build());
  }

  void resource(String url, String contentType, String content, Charset charset) throws IOException {
    write(new WarcResource.Builder(URI.create(url)).date(CAPTURED)
        .body(MediaType.parse(contentType), content.getBytes(charset)).build());
  }

  private void write(WarcRecord record) throws IOException {
    offsets.add(writer.position());
    writer.write(record);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}

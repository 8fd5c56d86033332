package io.newsdesk.core.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The store's own encoding of the records it keeps (JSON of the records as they are), and article hashes. */
final class RecordCodec {

  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  byte[] encode(Object record) {
    try {
      return mapper.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode " + record.getClass().getSimpleName(), e);
    }
  }

  <T> T decode(byte[] bytes, int offset, int length, Class<T> type) {
    try {
      return mapper.readValue(bytes, offset, length, type);
    } catch (IOException e) {
      throw new UncheckedIOException("the store holds an unreadable " + type.getSimpleName(), e);
    }
  }

  /** An event's entry of {@code events.json} with its {@code story} added, as {@code events.json} names it. */
  byte[] withStory(byte[] eventJson, String story) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode n =
          (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(eventJson);
      return mapper.writeValueAsBytes(n.put("story", story));
    } catch (IOException e) {
      throw new UncheckedIOException("could not add story " + story + " to an event's JSON", e);
    }
  }

  Event decodeEvent(byte[] bytes, int offset, int length) {
    return decode(bytes, offset, length, Event.class);
  }

  /**
   * What makes two versions of an article the same: everything but where it was read from, so that the same
   * article found again under another path changes nothing.
   */
  String contentHash(Article a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(encode(new Article(a.id(), "", a.url(), a.title(), a.published(), a.outlet(), a.language(),
          a.text())));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

package io.newsdesk.core.store;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.story.Story;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * How articles, events and stories lie in the Lucene index: one document each, told apart by {@link #KIND}. Each keeps
 * its record whole in a stored field; the other fields exist to find it.
 */
final class StoreDocuments {

  static final String KIND = "kind";
  static final String ARTICLE = "article";
  static final String EVENT = "event";
  static final String STORY = "story";

  /** Article fields. */
  static final String ARTICLE_ID = "article_id";
  static final String HASH = "hash";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_SORT = "published_sort";
  static final String TITLE = "title";
  static final String TEXT = "text";

  /** Event fields. */
  static final String EVENT_ID = "event_id";
  static final String MEMBER = "member";
  static final String ENTITY = "entity";
  /** The event's category label, for {@link EventQuery#category()}. */
  static final String CATEGORY = "category";
  static final String WORDS = "words";
  static final String FIRST_ARTICLE = "first_article";
  static final String LAST_ARTICLE = "last_article";
  static final String START = "start";
  static final String END = "end";
  static final String END_SORT = "end_sort";
  static final String JSON = "json";
  static final String SUMMARY = "summary";
  /** The id of the event's story (on an event), stored. */
  static final String STORY_OF = "story_of";

  /** Story fields. */
  static final String STORY_ID = "story_id";
  static final String STORY_ID_SORT = "story_id_sort";
  /** The ids of a story's events. */
  static final String STORY_EVENT = "story_event";

  /** Marks an article or event without a date: neither is found by a time range. */
  static final String UNDATED = "undated";
  static final String RECORD = "record";

  /** Article text with offsets, so that the highlighter marks passages without analysing the text again. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private StoreDocuments() {}

  static Document article(Article a, String hash, byte[] record) {
    Document d = new Document();
    d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new StoredField(HASH, hash));
    if (a.published() == null) {
      d.add(new StringField(UNDATED, "true", Field.Store.NO));
    } else {
      d.add(new LongPoint(PUBLISHED, a.published().toEpochMilli()));
    }
    d.add(new NumericDocValuesField(PUBLISHED_SORT,
        a.published() == null ? Long.MIN_VALUE : a.published().toEpochMilli()));
    d.add(new TextField(TITLE, Objects.requireNonNullElse(a.title(), ""), Field.Store.YES));
    d.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
    d.add(new StoredField(RECORD, record));
    return d;
  }

  /** @param story the id of the event's story, or null where it has none yet */
  static Document event(Event e, String story, byte[] record, byte[] json, byte[] summary) {
    Document d = new Document();
    d.add(new StringField(KIND, EVENT, Field.Store.NO));
    d.add(new StringField(EVENT_ID, e.id(), Field.Store.YES));
    if (story != null) {
      d.add(new StringField(STORY_OF, story, Field.Store.YES));
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    boolean undated = false;
    for (Article a : e.articles()) {
      d.add(new StringField(MEMBER, a.id(), Field.Store.NO));
      if (a.published() == null) {
        undated = true;
      } else {
        first = Math.min(first, a.published().toEpochMilli());
        last = Math.max(last, a.published().toEpochMilli());
      }
    }
    if (undated) {
      d.add(new StringField(UNDATED, "true", Field.Store.NO));
    }
    if (first <= last) {
      d.add(new LongPoint(FIRST_ARTICLE, first));
      d.add(new LongPoint(LAST_ARTICLE, last));
    }
    if (e.end() != null) {
      long end = e.end().toEpochMilli();
      d.add(new LongPoint(START, e.start() == null ? end : Math.min(end, e.start().toEpochMilli())));
      d.add(new LongPoint(END, end));
    }
    d.add(new NumericDocValuesField(END_SORT, e.end() == null ? Long.MIN_VALUE : e.end().toEpochMilli()));
    Set<String> keys = new TreeSet<>();
    StringBuilder words = new StringBuilder(e.headline()).append('\n');
    for (Entity en : e.entities()) {
      EntityKey.keys(en).forEach(keys::add);
      words.append(String.join(" ", en.variants())).append('\n');
    }
    for (SummarySentence s : e.summary()) {
      words.append(s.text()).append('\n');
    }
    keys.forEach(k -> d.add(new StringField(ENTITY, k, Field.Store.NO)));
    if (e.kind() != null) {
      d.add(new StringField(CATEGORY, e.kind().category(), Field.Store.NO));
    }
    d.add(new TextField(WORDS, words.toString(), Field.Store.NO));
    d.add(new StoredField(RECORD, record));
    d.add(new StoredField(JSON, json));
    d.add(new StoredField(SUMMARY, summary));
    return d;
  }

  /** A story, found by id and by its events, listed newest first by its last event. */
  static Document story(Story s, byte[] record) {
    Document d = new Document();
    d.add(new StringField(KIND, STORY, Field.Store.NO));
    d.add(new StringField(STORY_ID, s.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(STORY_ID_SORT, new BytesRef(s.id())));
    s.events().forEach(e -> d.add(new StringField(STORY_EVENT, e, Field.Store.NO)));
    d.add(new NumericDocValuesField(END_SORT, s.end() == null ? Long.MIN_VALUE : s.end().toEpochMilli()));
    d.add(new StoredField(RECORD, record));
    return d;
  }
}

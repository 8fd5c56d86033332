package io.newsdesk.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Reprint;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.story.OnlineStoryLinker;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoRegistrator;
import org.apache.spark.serializer.KryoSerializer;

/**
 * Kryo for the job's shuffles: the reprint step moves millions of pairs of article numbers, which Java
 * serialization writes at a hundred bytes and a microsecond or more apiece. Kryo cannot build records and
 * immutable lists field by field, so newsdesk's own records keep Java serialization inside Kryo (a document
 * writes itself compactly, see {@code Document.writeReplace}).
 */
public final class NewsdeskKryoRegistrator implements KryoRegistrator {

  private static final List<Class<?>> JAVA_SERIALIZED = List.of(Article.class, Document.class, Sentence.class,
      Reprint.class, DocumentFrequencies.class, ReadRecord.class, InputFile.class, AssembledEvent.class,
      TimeBlocks.Member.class, SparkDigest.ArrivalKey.class, OnlineStoryLinker.EventProfile.class,
      // broadcast once per job: its places are records
      WorldGazetteer.class);

  /** The settings that make a session use Kryo with this registrator; set them before the session starts. */
  public static SparkConf configure(SparkConf conf) {
    return conf.set("spark.serializer", KryoSerializer.class.getName())
        .set("spark.kryo.registrator", NewsdeskKryoRegistrator.class.getName());
  }

  @Override
  public void registerClasses(Kryo kryo) {
    JavaSerializer java = new JavaSerializer();
    JAVA_SERIALIZED.forEach(c -> kryo.register(c, java));
    kryo.register(long[].class);
    kryo.register(int[].class);
  }
}

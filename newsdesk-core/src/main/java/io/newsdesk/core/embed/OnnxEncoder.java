package io.newsdesk.core.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A transformer encoder run by ONNX Runtime ({@link Model}): sentence embeddings ({@link #embed}) and contextual
 * word vectors ({@link #embedWords}). The model and its tokenizer are read from the Maven jar that ships them, so
 * nothing is downloaded at run time. Texts are embedded in batches of similar length, which keeps padding (work spent
 * on nothing) small; a vector is the mean of the token states under the attention mask, scaled to unit length, as
 * sentence-embedding models are trained.
 */
public class OnnxEncoder implements TextEmbedder, WordEmbedder {

  /** An encoder newsdesk ships: its ONNX file and tokenizer on the class path, and its vectors' length. */
  public enum Model {
    /**
     * all-MiniLM-L6-v2, int8: 6 layers, the digest's sentence embeddings ({@link MiniLmEmbedder}); its word
     * vectors are its final states.
     */
    MINILM_L6("/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", 384, 0),
    /**
     * e5-small-v2, int8: 12 layers of the same width, twice MiniLM's cost. Its word vectors are the mean of all
     * twelve layers' states: the final layer, trained for sentence embeddings, keeps less of what a word is than
     * the middle ones (the entity recogniser's context probe alone, tune F1: 0.542 from the final layer, 0.643 from
     * the mean of all, 0.63 to 0.65 from one middle layer or the mean of a few; MiniLM's final layer: 0.455).
     */
    E5_SMALL_V2("/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json", 384, 12);

    final String onnx;
    final String tokenizer;
    final int dimensions;
    /** The outputs whose mean is a word piece's vector: the final states, or those of every layer. */
    final List<String> wordLayers;

    /** {@code layers}: how many layers' states make the word vectors, 0 for the final states alone. */
    Model(String onnx, String tokenizer, int dimensions, int layers) {
      this.onnx = onnx;
      this.tokenizer = tokenizer;
      this.dimensions = dimensions;
      List<String> outputs = new java.util.ArrayList<>();
      // the names the Hugging Face export gives each BERT layer's output
      for (int layer = 0; layer < layers - 1; layer++) {
        outputs.add("/encoder/layer." + layer + "/output/LayerNorm/Add_1_output_0");
      }
      outputs.add(FINAL_STATES);
      this.wordLayers = List.copyOf(outputs);
    }
  }

  private static final String FINAL_STATES = "last_hidden_state";

  private static final int BATCH = 32;

  private final Model model;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTypeIds;

  /**
   * @param model     the encoder
   * @param maxTokens tokens kept of each text, the rest is cut
   * @param threads   threads ONNX Runtime may use for one batch
   */
  public OnnxEncoder(Model model, int maxTokens, int threads) {
    if (maxTokens < 8 || maxTokens > 512) {
      throw new IllegalArgumentException("maxTokens must be in [8, 512]: " + maxTokens);
    }
    this.model = model;
    Loaded loaded = onLargeStack(() -> load(model, maxTokens, threads));
    environment = loaded.environment();
    session = loaded.session();
    tokenizer = loaded.tokenizer();
    wantsTypeIds = session.getInputNames().contains("token_type_ids");
  }

  private static HuggingFaceTokenizer tokenizer(Model model, int maxTokens) {
    try (InputStream in = OnnxEncoder.class.getResourceAsStream(model.tokenizer)) {
      if (in == null) {
        throw new IllegalStateException("the tokenizer " + model.tokenizer + " is not on the class path");
      }
      return HuggingFaceTokenizer.newInstance(in,
          Map.of("maxLength", Integer.toString(maxTokens), "truncation", "true", "padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the embedding tokenizer", e);
    }
  }

  private record Loaded(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {}

  private static Loaded load(Model model, int maxTokens, int threads) {
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Math.max(1, threads));
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      byte[] onnx = resource(model.onnx);
      if (model.wordLayers.size() > 1) {
        onnx = OnnxGraphOutputs.withOutputs(onnx, model.wordLayers.subList(0, model.wordLayers.size() - 1));
      }
      OrtSession session = environment.createSession(onnx, options);
      return new Loaded(environment, session, tokenizer(model, maxTokens));
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the embedding tokenizer", e);
    }
  }

  /**
   * Runs the native loading on a thread of its own with a 64 MB stack. Loading the model and the tokenizer's JSON
   * in native code can need more than a Java thread's default 1 MB stack: a JVM started with a long class path
   * (the test runner's) died of SIGSEGV, with no Java error, while a thread of default size loaded them.
   */
  private static Loaded onLargeStack(java.util.function.Supplier<Loaded> loader) {
    Loaded[] result = new Loaded[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread t = new Thread(null, () -> {
      try {
        result[0] = loader.get();
      } catch (RuntimeException e) {
        failure[0] = e;
      }
    }, "encoder-load", 64L << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the embedding model", e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return result[0];
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = OnnxEncoder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the embedding model " + name + " is not on the class path");
      }
      return in.readAllBytes();
    }
  }

  @Override
  public int dimensions() {
    return model.dimensions;
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    if (texts.isEmpty()) {
      return vectors;
    }
    Encoding[] encodings = tokenizer.batchEncode(texts.toArray(String[]::new));
    Integer[] byLength = IntStream.range(0, encodings.length).boxed().toArray(Integer[]::new);
    Arrays.sort(byLength, Comparator.comparingInt((Integer i) -> encodings[i].getIds().length));
    for (int from = 0; from < byLength.length; from += BATCH) {
      int[] batch = Arrays.stream(byLength, from, Math.min(from + BATCH, byLength.length)).mapToInt(i -> i).toArray();
      float[][] out = run(batch, encodings);
      for (int b = 0; b < batch.length; b++) {
        vectors[batch[b]] = out[b];
      }
    }
    return vectors;
  }

  /**
   * Each word's contextual vector: the mean over its word pieces (not scaled) of their states, final or of every
   * layer as {@link Model} says, from one run of the model over the words joined by spaces. Both models'
   * vocabularies are lower-case, so the vectors say how a word is used, not how it is written. Words past this
   * encoder's input length get zeros.
   */
  @Override
  public float[][] embedWords(List<String> words) {
    float[][] vectors = new float[words.size()][model.dimensions];
    if (words.isEmpty()) {
      return vectors;
    }
    StringBuilder text = new StringBuilder();
    int[] ends = new int[words.size()];
    for (int w = 0; w < words.size(); w++) {
      text.append(w > 0 ? " " : "").append(words.get(w));
      ends[w] = text.length();
    }
    Encoding encoding = tokenizer.encode(text.toString());
    int length = encoding.getIds().length;
    CharSpan[] spans = encoding.getCharTokenSpans();
    int[] pieces = new int[words.size()];
    float[] states = states(new int[] {0}, new Encoding[] {encoding}, length, model.wordLayers);
    int w = 0;
    for (int t = 0; t < length; t++) {
      if (spans[t] == null) {
        continue; // [CLS], [SEP]
      }
      while (w < ends.length && ends[w] <= spans[t].getStart()) {
        w++;
      }
      if (w == ends.length) {
        break;
      }
      for (int k = 0; k < model.dimensions; k++) {
        vectors[w][k] += states[t * model.dimensions + k];
      }
      pieces[w]++;
    }
    for (int v = 0; v < vectors.length; v++) {
      for (int k = 0; pieces[v] > 1 && k < model.dimensions; k++) {
        vectors[v][k] /= pieces[v];
      }
    }
    return vectors;
  }

  private float[][] run(int[] batch, Encoding[] encodings) {
    int length = 0;
    for (int i : batch) {
      length = Math.max(length, encodings[i].getIds().length);
    }
    return meanPooled(states(batch, encodings, length, List.of(FINAL_STATES)), batch, encodings, length);
  }

  /**
   * The mean of the model's states named {@code outputs} for the texts {@code batch} picks, padded to {@code length}
   * tokens each.
   */
  private float[] states(int[] batch, Encoding[] encodings, int length, List<String> outputs) {
    long[] ids = new long[batch.length * length];
    long[] mask = new long[batch.length * length];
    for (int b = 0; b < batch.length; b++) {
      long[] tokenIds = encodings[batch[b]].getIds();
      System.arraycopy(tokenIds, 0, ids, b * length, tokenIds.length);
      Arrays.fill(mask, b * length, b * length + tokenIds.length, 1L);
    }
    long[] shape = {batch.length, length};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
      Map<String, OnnxTensor> inputs = wantsTypeIds
          ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
          : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = session.run(inputs, new java.util.HashSet<>(outputs))) {
        float[] mean = null;
        for (String output : outputs) {
          FloatBuffer states = ((OnnxTensor) result.get(output).orElseThrow()).getFloatBuffer();
          if (mean == null) {
            mean = new float[states.remaining()];
          }
          for (int i = 0; i < mean.length; i++) {
            mean[i] += states.get(i) / outputs.size();
          }
        }
        return mean;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
    }
  }

  private float[][] meanPooled(float[] states, int[] batch, Encoding[] encodings, int length) {
    float[][] out = new float[batch.length][];
    for (int b = 0; b < batch.length; b++) {
      int tokens = encodings[batch[b]].getIds().length;
      float[] v = new float[model.dimensions];
      for (int t = 0; t < tokens; t++) {
        int at = (b * length + t) * model.dimensions;
        for (int k = 0; k < model.dimensions; k++) {
          v[k] += states[at + k];
        }
      }
      double norm = 0;
      for (float x : v) {
        norm += (double) x * x;
      }
      float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < model.dimensions; k++) {
        v[k] *= scale;
      }
      out[b] = v;
    }
    return out;
  }

  @Override
  public void close() {
    tokenizer.close();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model", e);
    }
  }
}

package io.newsdesk.eval.ner;

import io.newsdesk.core.embed.OnnxEncoder;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.RuleBasedFactExtractor;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.language.ClauseReader;
import io.newsdesk.core.language.LanguageModels;
import io.newsdesk.core.language.PerceptronTagger;
import io.newsdesk.core.language.ner.EntityType;
import io.newsdesk.core.language.ner.LabelledSentence;
import io.newsdesk.core.language.ner.NameWords;
import io.newsdesk.core.language.ner.PerceptronEntityRecognizer;
import io.newsdesk.core.language.ner.PerceptronNameTyper;
import io.newsdesk.core.language.ner.PlaceNames;
import io.newsdesk.core.language.ner.WordClusters;
import io.newsdesk.eval.EvalTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code newsdesk eval ner}: the shipped entity model's exact-span precision, recall and F1 per type on the
 * documents {@link NerCorpus} holds out (GUM's dev documents, UNER's test documents), each corpus alone and both
 * together, and its speed. Only held-out figures are given: the model was fit on every other document.
 */
public final class NerTask implements EvalTask {

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public String description() {
    return "named entities (PER/ORG/LOC) on held-out GUM and UNER English-EWT documents: exact-span P/R/F1, tokens/s";
  }

  @Override
  public void checkData(Path data) {
    NerCorpus.check(data);
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) throws IOException {
    NerCorpus corpus = NerCorpus.read(data);
    long start = System.nanoTime();
    WorldGazetteer gazetteer = WorldGazetteer.load();
    WordClusters clusters = WordClusters.load(); // one copy for the recogniser and the typer
    NameWords names = NameWords.load();
    PerceptronTagger tagger = PerceptronTagger.load();
    // one thread, so that tokens/s is per thread as for the rest of the recogniser
    try (OnnxEncoder words =
        new OnnxEncoder(PerceptronEntityRecognizer.WORD_VECTORS, PerceptronEntityRecognizer.WORD_PIECES, 1)) {
      run(corpus, start, gazetteer, clusters, names, tagger, words, out);
    }
  }

  private static void run(NerCorpus corpus, long start, WorldGazetteer gazetteer, WordClusters clusters,
      NameWords names, PerceptronTagger tagger, OnnxEncoder words, PrintWriter out) {
    PerceptronEntityRecognizer model = PerceptronEntityRecognizer.load(
        PlaceNames.of(gazetteer::isWellKnown, gazetteer::isPlaceName), clusters, tagger, names, words);
    out.printf(Locale.ROOT, "loaded the gazetteer and the model (%d features) in %.1f s%n", model.featureCount(),
        (System.nanoTime() - start) / 1e9);
    // warms the JIT so that tokens/s is the steady speed
    NerScoring.score(model, corpus.unerTest().subList(0, Math.min(300, corpus.unerTest().size())));
    NerScoring.Result gum = NerScoring.score(model, corpus.gumTest());
    NerScoring.print(out, "GUM held-out (GUM's dev list)", corpus.gumTest(), gum.scores());
    NerScoring.Result uner = NerScoring.score(model, corpus.unerTest());
    NerScoring.print(out, "UNER English-EWT held-out (Split.of(\"uner/\" + newdoc id) test)", corpus.unerTest(),
        uner.scores());
    List<LabelledSentence> both = new ArrayList<>(corpus.gumTest());
    both.addAll(corpus.unerTest());
    NerScoring.Result all = NerScoring.score(model, both);
    NerScoring.print(out, "both held-out", both, all.scores());
    out.printf(Locale.ROOT, "speed: %.0f tokens/s on one thread (%.0f per second of its processor time)%n",
        all.tokensPerSecond(), all.tokensPerCpuSecond());
    // the name typer the digest uses: the type of each held-out gold name and capitalised non-name run
    PerceptronNameTyper typer = PerceptronNameTyper.load(gazetteer::isWellKnown, clusters, names);
    NameTyperTraining.Typing typing = NameTyperTraining.score(typer, both);
    out.printf(Locale.ROOT, "name typer on the held-out names and other capitalised runs (%d): accuracy %.3f; %s%n",
        typing.total(), typing.accuracy(), typing.perType());
    // what the digest reports: each held-out document read as an article, with the language models and without
    LanguageModels models = new LanguageModels(typer, new ClauseReader(tagger, PerceptronTagger.loadForHeadlines()));
    DigestEntities.Scores digest = DigestEntities.score(both,
        new RuleBasedFactExtractor(Gazetteer.countries(), () -> gazetteer, models));
    DigestEntities.Scores rules = DigestEntities.score(both,
        new RuleBasedFactExtractor(Gazetteer.countries(), () -> gazetteer, LanguageModels.none()));
    out.printf(Locale.ROOT, "the digest's entities, each held-out document read as an article (distinct typed names,"
        + " %d gold): P %.3f R %.3f F1 %.3f; with the rules alone: P %.3f R %.3f F1 %.3f%n", digest.gold(),
        digest.precision(), digest.recall(), digest.f1(), rules.precision(), rules.recall(), rules.f1());
    var s = all.scores();
    out.printf(Locale.ROOT, "ner: test_f1=%.3f test_p=%.3f test_r=%.3f test_per_f1=%.3f test_org_f1=%.3f "
        + "test_loc_f1=%.3f test_gum_f1=%.3f test_uner_f1=%.3f tokens_per_s=%.0f tokens_per_cpu_s=%.0f "
        + "test_typer_accuracy=%.3f test_digest_entities_f1=%.3f test_digest_entities_rules_f1=%.3f%n",
        s.f1(null), s.precision(null), s.recall(null), s.f1(EntityType.PER), s.f1(EntityType.ORG),
        s.f1(EntityType.LOC), gum.scores().f1(null), uner.scores().f1(null), all.tokensPerSecond(),
        all.tokensPerCpuSecond(), typing.accuracy(), digest.f1(), rules.f1());
  }
}

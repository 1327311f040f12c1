package praxis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Model;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.io.ModelIO;

/** Column selection, output naming, missing documents, persistence and error messages of the vectorizers. */
class VectorizersTest {
  static final Frame DOCS = Frame.of(TextColumn.of("id", "a1", "a2", "a3"),
      TextColumn.of("body", "Praxis parses CSV files.", null, "praxis writes CSV; praxis reads CSV"),
      DoubleColumn.of("score", 1, 2, 3));

  static Target none() {
    return Target.none(DOCS.rowCount());
  }

  @Test
  void handComputedCountsOfTheNamedColumnWithPrefix() {
    var p = CountVectorizer.Params.DEFAULTS.withColumn("body").withPrefix("w_");
    CountVectorizerModel m = new CountVectorizer(p).fit(DOCS, none());
    assertEquals(List.of("csv", "files", "parses", "praxis", "reads", "writes"), m.vocabulary());
    Frame out = m.transform(DOCS);
    assertEquals(List.of("w_csv", "w_files", "w_parses", "w_praxis", "w_reads", "w_writes"), out.schema().names());
    assertArrayEquals(new double[] {1, 0, 2}, ((DoubleColumn) out.column("w_csv")).toArray());
    assertArrayEquals(new double[] {1, 0, 2}, ((DoubleColumn) out.column("w_praxis")).toArray());
    assertArrayEquals(new double[] {0, 0, 1}, ((DoubleColumn) out.column("w_writes")).toArray());
    assertEquals("body", m.column());
    assertEquals(3, m.featureIndex("praxis"));
    assertEquals(-1, m.featureIndex("unknown"));
    assertTrue(out.hasSparseColumns());
  }

  @Test
  void bigramsAndBinaryByHand() {
    Frame x = Frame.of(TextColumn.of("t", "to be or not to be"));
    CountVectorizerModel m = new CountVectorizer(CountVectorizer.Params.DEFAULTS.withNgramRange(2, 2))
        .fit(x, Target.none(1));
    assertEquals(List.of("be or", "not to", "or not", "to be"), m.vocabulary());
    assertArrayEquals(new double[] {1, 1, 1, 2}, m.transform(x).toRowArrays()[0]);
    CountVectorizerModel b = new CountVectorizer(CountVectorizer.Params.DEFAULTS.withBinary(true)).fit(x, Target.none(1));
    assertArrayEquals(new double[] {1, 1, 1, 1}, b.transform(x).toRowArrays()[0]);
  }

  @Test
  void tfidfByHand() {
    // Two documents; "b" in both (idf = ln(3/3) + 1 = 1), "a" in one (idf = ln(3/2) + 1).
    Frame x = Frame.of(TextColumn.of("t", "aa bb bb", "bb"));
    TfidfVectorizerModel m = new TfidfVectorizer(TfidfVectorizer.Params.DEFAULTS.withNorm(Norm.NONE)).fit(x,
        Target.none(2));
    double idfA = Math.log(1.5) + 1;
    assertArrayEquals(new double[] {idfA, 1.0}, m.idf(), 1e-15);
    double[][] rows = m.transform(x).toRowArrays();
    assertArrayEquals(new double[] {idfA, 2.0}, rows[0], 1e-15);
    assertArrayEquals(new double[] {0, 1.0}, rows[1], 1e-15);
    double[][] l2 = new TfidfVectorizer().fit(x, Target.none(2)).transform(x).toRowArrays();
    double norm = Math.sqrt(idfA * idfA + 4);
    assertArrayEquals(new double[] {idfA / norm, 2 / norm}, l2[0], 1e-15);
  }

  @Test
  void saveAndLoadKeepTheTransform(@TempDir Path dir) throws Exception {
    var cv = new CountVectorizer(CountVectorizer.Params.DEFAULTS.withColumn("body").withStopWords(StopWords.ENGLISH)
        .withNgramRange(1, 2));
    var tf = new TfidfVectorizer(TfidfVectorizer.Params.DEFAULTS.withCounts(CountVectorizer.Params.DEFAULTS
        .withColumn("body")).withSublinearTf(true));
    var hv = new HashingVectorizer(HashingVectorizer.Params.DEFAULTS.withColumn("body").withNFeatures(32));
    for (Model m : List.of(cv.fit(DOCS, none()), tf.fit(DOCS, none()), hv.fit(DOCS, none()))) {
      Path f = dir.resolve(m.getClass().getSimpleName() + ".praxis");
      ModelIO.save(m, f);
      assertTrue(Files.size(f) > 0);
      Model back = ModelIO.load(f);
      assertEquals(m.getClass(), back.getClass());
      assertEquals(m.toState(), back.toState());
      double[][] e = ((praxis.api.Transformer) m).transform(DOCS).toRowArrays();
      double[][] a = ((praxis.api.Transformer) back).transform(DOCS).toRowArrays();
      for (int i = 0; i < e.length; i++) {
        assertArrayEquals(e[i], a[i], 0, m.getClass().getSimpleName() + " row " + i);
      }
    }
  }

  @Test
  void errorsNameTheProblemAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CountVectorizer().fit(DOCS, none()));
    assertTrue(e.getMessage().contains("[id, body]") && e.getMessage().contains("column"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new CountVectorizer(CountVectorizer.Params.DEFAULTS.withColumn("score")).fit(DOCS, none()));
    assertTrue(e.getMessage().contains("'score'") && e.getMessage().contains("NUMERIC"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new TfidfVectorizer().fit(DOCS.select("score"), none()));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new CountVectorizer(CountVectorizer.Params.DEFAULTS.withColumn("nope")).fit(DOCS, none()));
    assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CountVectorizer.Params.DEFAULTS.withNgramRange(2, 1));
    assertTrue(e.getMessage().contains("(2, 1)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CountVectorizer.Params.DEFAULTS.withMinDf(2.5));
    assertTrue(e.getMessage().contains("minDf") && e.getMessage().contains("2.5"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CountVectorizer.Params.DEFAULTS.withMaxFeatures(-1));
    assertTrue(e.getMessage().contains("maxFeatures"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> HashingVectorizer.Params.DEFAULTS.withNFeatures(0));
    assertTrue(e.getMessage().contains("nFeatures"), e.getMessage());
    Frame body = DOCS.select("body");
    e = assertThrows(IllegalArgumentException.class,
        () -> new CountVectorizer(CountVectorizer.Params.DEFAULTS.withMinDf(0.9).withMaxDf(0.2)).fit(body, none()));
    assertTrue(e.getMessage().contains("maxDf=0.2") && e.getMessage().contains("minDf=0.9"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new CountVectorizer(CountVectorizer.Params.DEFAULTS.withMinDf(3)).fit(body, none()));
    assertTrue(e.getMessage().contains("no term remains"), e.getMessage());
    Frame stop = Frame.of(TextColumn.of("t", "the and of", "a b c"));
    e = assertThrows(IllegalArgumentException.class,
        () -> new CountVectorizer(CountVectorizer.Params.DEFAULTS.withStopWords(StopWords.ENGLISH)).fit(stop,
            Target.none(2)));
    assertTrue(e.getMessage().contains("empty vocabulary") && e.getMessage().contains("stop"), e.getMessage());
    CountVectorizerModel m = new CountVectorizer().fit(body, none());
    e = assertThrows(IllegalArgumentException.class, () -> m.transform(DOCS));
    assertTrue(e.getMessage().contains("id") || e.getMessage().contains("score"), e.getMessage());
  }

  @Test
  void englishStopWordsAreScikitLearnsList() {
    assertEquals(318, StopWords.ENGLISH.words().size());
    assertTrue(StopWords.ENGLISH.words().containsAll(List.of("the", "and", "whereafter", "yourselves")));
    assertTrue(StopWords.NONE.words().isEmpty());
  }

  @Test
  void murmurhashMatchesScikitLearn() {
    // sklearn.utils.murmurhash3_32(s, seed=0) (signed) for these strings, from scikit-learn 1.2.1.
    assertEquals(-1132748958, HashingVectorizer.murmurhash3("the"));
    assertEquals(2017519274, HashingVectorizer.murmurhash3("ü"));
  }
}

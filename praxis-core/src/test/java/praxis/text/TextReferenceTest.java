package praxis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import praxis.api.Estimator;
import praxis.api.ParamsCodec;
import praxis.api.Transformer;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.linalg.CsrMatrix;

/**
 * The vectorizers against scikit-learn 1.2.1 on a small hand-written corpus (unicode, digits, underscores, empty
 * documents, stop words, unseen test words): vocabulary exactly, CSR structure exactly, values and idf to 1e-12
 * absolute. Reference: {@code reference/text/make_text_reference.py} → {@code text_reference.json}.
 */
class TextReferenceTest {
  static final double TOL = 1e-12;

  static JsonNode load(String resource) {
    try (InputStream in = TextReferenceTest.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String[] strings(JsonNode n) {
    String[] out = new String[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asText();
    }
    return out;
  }

  static int[] ints(JsonNode n) {
    int[] out = new int[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asInt();
    }
    return out;
  }

  static double[] doubles(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  /** The estimator of a case: kind + Java parameters given as ParamsCodec strings. */
  static Estimator<?, ?> estimator(JsonNode c) {
    Map<String, String> p = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.get("java").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      p.put(e.getKey(), e.getValue().asText());
    }
    return switch (c.get("kind").asText()) {
      case "count" -> new CountVectorizer(ParamsCodec.with(CountVectorizer.Params.DEFAULTS, p));
      case "tfidf" -> new TfidfVectorizer(ParamsCodec.with(TfidfVectorizer.Params.DEFAULTS, p));
      case "hashing" -> new HashingVectorizer(ParamsCodec.with(HashingVectorizer.Params.DEFAULTS, p));
      default -> throw new IllegalStateException(c.get("kind").asText());
    };
  }

  static CsrMatrix csr(Transformer m, Frame x) {
    if (m instanceof CountVectorizerModel c) {
      return c.transformCsr(x);
    }
    if (m instanceof TfidfVectorizerModel t) {
      return t.transformCsr(x);
    }
    return ((HashingVectorizerModel) m).transformCsr(x);
  }

  static void assertCsr(JsonNode expected, CsrMatrix actual, String what) {
    assertArrayEquals(ints(expected.get("indptr")), actual.indptr(), what + ": row pointers");
    assertArrayEquals(ints(expected.get("indices")), actual.indices(), what + ": column indices");
    assertArrayEquals(doubles(expected.get("data")), actual.values(), TOL, what + ": values");
  }

  /** Checks one reference case on train/test frames. */
  static void checkCase(JsonNode c, Frame train, Frame test) {
    String what = c.get("kind").asText() + "/" + c.get("name").asText() + " (" + c.get("sklearn").asText() + ")";
    Transformer m = (Transformer) estimator(c).fit(train, Target.none(train.rowCount()));
    if (c.has("vocabulary")) {
      List<String> vocab = m instanceof CountVectorizerModel cm ? cm.vocabulary()
          : ((TfidfVectorizerModel) m).vocabulary();
      assertEquals(List.of(strings(c.get("vocabulary"))), vocab, what + ": vocabulary");
    }
    if (c.has("idf")) {
      assertArrayEquals(doubles(c.get("idf")), ((TfidfVectorizerModel) m).idf(), TOL, what + ": idf");
    }
    assertCsr(c.get("train"), csr(m, train), what + " on the training documents");
    assertCsr(c.get("test"), csr(m, test), what + " on the test documents");
    // The frame output holds the same values in sparse columns.
    // The frame output holds the same values in sparse columns (explicit zeros of the CSR are not stored).
    Frame out = m.transform(test);
    assertEquals(m.outputSchema(), out.schema(), what + ": output schema");
    CsrMatrix back = out.toCsr();
    JsonNode e = c.get("test");
    int[] ptr = ints(e.get("indptr"));
    int[] idx = ints(e.get("indices"));
    double[] val = doubles(e.get("data"));
    int nonZero = 0;
    for (int i = 0; i + 1 < ptr.length; i++) {
      for (int k = ptr[i]; k < ptr[i + 1]; k++) {
        assertEquals(val[k], back.get(i, idx[k]), TOL, what + ": frame cell (" + i + ", " + idx[k] + ")");
        nonZero += val[k] != 0 ? 1 : 0;
      }
    }
    assertEquals(nonZero, back.nnz(), what + ": non-zeros of the frame output");
    for (int j = 0; j < out.columnCount(); j++) {
      assertTrue(((DoubleColumn) out.column(j)).isSparse(), what + ": output column " + j + " is sparse");
    }
  }

  @TestFactory
  Stream<DynamicTest> smallCorpusMatchesScikitLearn() {
    JsonNode ref = load("/reference/text/text_reference.json");
    Frame train = Frame.of(TextColumn.of("text", strings(ref.get("train_docs"))));
    Frame test = Frame.of(TextColumn.of("text", strings(ref.get("test_docs"))));
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : ref.get("cases")) {
      tests.add(DynamicTest.dynamicTest(c.get("kind").asText() + "/" + c.get("name").asText(),
          () -> checkCase(c, train, test)));
    }
    return tests.stream();
  }
}

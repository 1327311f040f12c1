package praxis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import praxis.api.ParamsCodec;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;
import praxis.testkit.Fixtures;

/**
 * The vectorizers against scikit-learn 1.2.1 on real text: rows 0-149 of the Debian descriptions to fit,
 * rows 150-199 to transform. Vocabulary and CSR structure exactly, values and idf to 1e-12 absolute.
 * Reference: praxis-core's {@code reference/text/make_text_reference.py} →
 * {@code reference/text/debian_text_reference.json} here.
 */
class DebianTextReferenceTest {
  static final double TOL = 1e-12;

  static JsonNode load() {
    try (InputStream in = DebianTextReferenceTest.class.getResourceAsStream("/reference/text/debian_text_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  static void assertCsr(JsonNode expected, CsrMatrix actual, String what) {
    assertArrayEquals(ints(expected.get("indptr")), actual.indptr(), what + ": row pointers");
    assertArrayEquals(ints(expected.get("indices")), actual.indices(), what + ": column indices");
    assertArrayEquals(doubles(expected.get("data")), actual.values(), TOL, what + ": values");
  }

  static void check(JsonNode c, Frame train, Frame test) {
    String what = c.get("kind").asText() + "/" + c.get("name").asText() + " (" + c.get("sklearn").asText() + ")";
    Map<String, String> p = new HashMap<>();
    p.put("column", "text");
    for (Iterator<Map.Entry<String, JsonNode>> it = c.get("java").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      p.put(e.getKey(), e.getValue().asText());
    }
    Target none = Target.none(train.rowCount());
    switch (c.get("kind").asText()) {
      case "count" -> {
        CountVectorizerModel m = new CountVectorizer(ParamsCodec.with(CountVectorizer.Params.DEFAULTS, p)).fit(train, none);
        assertEquals(strings(c.get("vocabulary")), m.vocabulary(), what + ": vocabulary");
        assertCsr(c.get("train"), m.transformCsr(train), what + " (train)");
        assertCsr(c.get("test"), m.transformCsr(test), what + " (test)");
      }
      case "tfidf" -> {
        TfidfVectorizerModel m = new TfidfVectorizer(ParamsCodec.with(TfidfVectorizer.Params.DEFAULTS, p)).fit(train, none);
        assertEquals(strings(c.get("vocabulary")), m.vocabulary(), what + ": vocabulary");
        assertArrayEquals(doubles(c.get("idf")), m.idf(), TOL, what + ": idf");
        assertCsr(c.get("train"), m.transformCsr(train), what + " (train)");
        assertCsr(c.get("test"), m.transformCsr(test), what + " (test)");
      }
      case "hashing" -> {
        HashingVectorizerModel m = new HashingVectorizer(ParamsCodec.with(HashingVectorizer.Params.DEFAULTS, p))
            .fit(train, none);
        assertCsr(c.get("train"), m.transformCsr(train), what + " (train)");
        assertCsr(c.get("test"), m.transformCsr(test), what + " (test)");
      }
      default -> throw new IllegalStateException(c.get("kind").asText());
    }
  }

  static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(v -> out.add(v.asText()));
    return out;
  }

  @TestFactory
  Stream<DynamicTest> debianSliceMatchesScikitLearn() {
    JsonNode ref = load();
    Frame all = Fixtures.debianDescriptions().select("package", "text");
    Frame train = all.rowRange(ref.get("train_rows").get(0).asInt(), ref.get("train_rows").get(1).asInt());
    Frame test = all.rowRange(ref.get("test_rows").get(0).asInt(), ref.get("test_rows").get(1).asInt());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : ref.get("cases")) {
      tests.add(DynamicTest.dynamicTest(c.get("kind").asText() + "/" + c.get("name").asText(), () -> check(c, train, test)));
    }
    return tests.stream();
  }
}

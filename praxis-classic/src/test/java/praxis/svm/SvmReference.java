package praxis.svm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * The scikit-learn 1.2.1 (LIBSVM 3.x) reference cases in {@code reference/svm_reference.json}, produced by
 * {@code reference/make_svm_reference.py}.
 */
final class SvmReference {
  static final JsonNode ROOT = load();

  private SvmReference() {}

  private static JsonNode load() {
    try (InputStream in = SvmReference.class.getResourceAsStream("/reference/svm_reference.json")) {
      if (in == null) {
        throw new IllegalStateException("reference/svm_reference.json is missing from the test classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode get(String name) {
    JsonNode n = ROOT.get(name);
    if (n == null) {
      throw new IllegalStateException("no reference entry " + name);
    }
    return n;
  }

  static double[] vector(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
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

  static double[][] matrix(JsonNode n) {
    double[][] out = new double[n.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vector(n.get(i));
    }
    return out;
  }

  static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(v -> out.add(v.asText()));
    return out;
  }

  static Frame x(JsonNode c) {
    return Frame.ofRows(matrix(c.get("x")), null);
  }

  static Target classes(JsonNode c) {
    return Target.classes("y", strings(c.get("y")));
  }
}

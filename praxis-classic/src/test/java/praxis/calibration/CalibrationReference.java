package praxis.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The scikit-learn 1.2.1 reference numbers in {@code reference/calibration_reference.json}, produced by
 * {@code reference/make_calibration_reference.py}.
 */
final class CalibrationReference {
  private static final JsonNode ROOT = load();

  private CalibrationReference() {}

  private static JsonNode load() {
    try (InputStream in = CalibrationReference.class.getResourceAsStream("/reference/calibration_reference.json")) {
      if (in == null) {
        throw new IllegalStateException("reference/calibration_reference.json is missing from the test classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node at a path of field names (array indices as decimal strings). */
  public static JsonNode get(String... path) {
    JsonNode n = ROOT;
    for (String p : path) {
      n = n.isArray() ? n.get(Integer.parseInt(p)) : n.get(p);
      if (n == null) {
        throw new IllegalStateException("no reference entry " + String.join(".", path));
      }
    }
    return n;
  }

  /** A numeric array. */
  public static double[] vector(String... path) {
    JsonNode n = get(path);
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  /** An integer array. */
  public static int[] ints(String... path) {
    JsonNode n = get(path);
    int[] out = new int[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asInt();
    }
    return out;
  }

  /** A numeric matrix. */
  public static double[][] matrix(String... path) {
    JsonNode n = get(path);
    double[][] out = new double[n.size()][];
    for (int i = 0; i < out.length; i++) {
      JsonNode r = n.get(i);
      out[i] = new double[r.size()];
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = r.get(j).asDouble();
      }
    }
    return out;
  }
}

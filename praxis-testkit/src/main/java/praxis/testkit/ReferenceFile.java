package praxis.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A JSON fixture of reference numbers on the test classpath (written by a committed script, e.g. from
 * scikit-learn), with accessors by path of field names. Tests never compute references themselves.
 *
 * <pre>{@code
 * static final ReferenceFile REF = ReferenceFile.load("/reference/bayes_reference.json");
 * double[] prior = REF.vector("multinomial_digits", "class_log_prior");
 * }</pre>
 */
public final class ReferenceFile {
  private final String resource;
  private final JsonNode root;

  private ReferenceFile(String resource, JsonNode root) {
    this.resource = resource;
    this.root = root;
  }

  /** Loads a classpath resource such as {@code /reference/x.json}. */
  public static ReferenceFile load(String resource) {
    try (InputStream in = ReferenceFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the test classpath");
      }
      return new ReferenceFile(resource, new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** The node at a path of field names (array elements by their index as a decimal string). */
  public JsonNode get(String... path) {
    JsonNode n = root;
    for (String p : path) {
      n = n.isArray() ? n.get(Integer.parseInt(p)) : n.get(p);
      if (n == null) {
        throw new IllegalStateException("no entry " + String.join(".", path) + " in " + resource);
      }
    }
    return n;
  }

  /** A numeric array. */
  public double[] vector(String... path) {
    return toVector(get(path));
  }

  /** An integer array. */
  public int[] ints(String... path) {
    JsonNode n = get(path);
    int[] out = new int[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asInt();
    }
    return out;
  }

  /** A numeric matrix (array of rows). */
  public double[][] matrix(String... path) {
    return toMatrix(get(path));
  }

  /** A JSON array of numeric arrays as rows. */
  public static double[][] toMatrix(JsonNode n) {
    double[][] out = new double[n.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = toVector(n.get(i));
    }
    return out;
  }

  /** A JSON array of numbers as doubles. */
  public static double[] toVector(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
    }
    return out;
  }
}

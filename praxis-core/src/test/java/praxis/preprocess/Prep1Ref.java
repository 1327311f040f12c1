package praxis.preprocess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.io.Datasets;

/** Reader of {@code reference/prep1/prep1_reference.json} (made by {@code make_prep1_reference.py}). */
final class Prep1Ref {
  private static JsonNode root;

  private Prep1Ref() {}

  static synchronized JsonNode get(String... path) {
    if (root == null) {
      try (InputStream in = Prep1Ref.class.getResourceAsStream("/reference/prep1/prep1_reference.json")) {
        root = new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    JsonNode n = root;
    for (String k : path) {
      n = n.get(k);
      if (n == null) {
        throw new IllegalStateException("no fixture entry " + String.join("/", path));
      }
    }
    return n;
  }

  static double[] vector(JsonNode n) {
    double[] v = new double[n.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = n.get(i).isNull() ? Double.NaN : n.get(i).asDouble();
    }
    return v;
  }

  /** Column-major matrix: one array per column. */
  static double[][] columns(JsonNode n) {
    double[][] m = new double[n.size()][];
    for (int j = 0; j < m.length; j++) {
      m[j] = vector(n.get(j));
    }
    return m;
  }

  /** The named columns of a bundled dataset as numeric columns (categorical level strings parsed as numbers). */
  static Frame numeric(String dataset, List<String> names) {
    Frame all = Datasets.load(dataset);
    List<Column> out = new ArrayList<>();
    for (String name : names) {
      Column c = all.column(name);
      double[] v = new double[c.size()];
      for (int i = 0; i < v.length; i++) {
        if (c instanceof CategoricalColumn cc) {
          v[i] = cc.code(i) == CategoricalColumn.MISSING ? Double.NaN : Double.parseDouble(cc.get(i));
        } else {
          v[i] = all.getDouble(i, all.schema().names().indexOf(name));
        }
      }
      out.add(DoubleColumn.wrap(name, v));
    }
    return Frame.of(out);
  }

  static List<String> names(JsonNode n) {
    List<String> s = new ArrayList<>();
    n.forEach(e -> s.add(e.asText()));
    return s;
  }
}

package praxis.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Small datasets for tests: three real ones bundled with the testkit ({@code iris}, {@code breast_cancer}
 * and {@code diabetes}, copied from scikit-learn 1.2.1's data files, see {@code
 * praxis/testkit/data/README.md}) and seeded synthetic ones.
 *
 * <pre>{@code
 * Fixtures.XY iris = Fixtures.xy("iris");          // 150 x 4, classes setosa/versicolor/virginica
 * Fixtures.XY blobs = Fixtures.blobs(60, 3, 2, 7L);  // 60 rows, 3 features, 2 classes
 * var model = new GaussianNB().fit(iris.x(), iris.y());
 * }</pre>
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Features and target of a fixture.
   *
   * @param x feature frame (numeric columns)
   * @param y class labels or real values
   */
  public record XY(Frame x, Target y) {}

  /** Names of the bundled real datasets. */
  public static List<String> names() {
    return List.of("breast_cancer", "diabetes", "iris");
  }

  /**
   * A bundled dataset: all columns but the last are numeric features; the last is the label (quoted strings
   * give classes, numbers give values).
   *
   * @throws IllegalArgumentException for an unknown name (the message lists the valid ones)
   */
  public static XY xy(String name) {
    if (!names().contains(name)) {
      throw new IllegalArgumentException("unknown fixture dataset '" + name + "'; available: " + names());
    }
    String resource = "data/" + name + ".csv";
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("fixture resource praxis/testkit/" + resource + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + name, e);
    }
  }

  private static XY parse(BufferedReader r, String source) throws IOException {
    String header = r.readLine();
    if (header == null) {
      throw new IllegalStateException(source + ": empty file");
    }
    String[] names = header.split(",", -1);
    int p = names.length - 1;
    List<double[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    boolean classLabels = false;
    String line;
    int lineNo = 1;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split(",", -1);
      if (parts.length != names.length) {
        throw new IllegalStateException(source + ":" + lineNo + ": expected " + names.length + " fields but found "
            + parts.length);
      }
      double[] row = new double[p];
      for (int j = 0; j < p; j++) {
        row[j] = Double.parseDouble(parts[j]);
      }
      rows.add(row);
      String label = parts[p];
      if (label.startsWith("\"")) {
        classLabels = true;
      }
      labels.add(unquote(label));
    }
    List<Column> cols = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      double[] v = new double[rows.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = rows.get(i)[j];
      }
      cols.add(DoubleColumn.wrap(unquote(names[j]), v));
    }
    String yName = unquote(names[p]);
    Target y;
    if (classLabels) {
      y = Target.classes(yName, labels);
    } else {
      double[] v = new double[labels.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.parseDouble(labels.get(i));
      }
      y = Target.values(yName, v);
    }
    return new XY(Frame.of(cols), y);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
  }

  /**
   * Gaussian blobs: {@code k} classes ("c0", "c1", ...) with centres drawn in [-5, 5]^p, unit noise,
   * rows assigned round-robin to classes.
   */
  public static XY blobs(int n, int p, int k, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] centres = new double[k][p];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        centres[c][j] = rng.nextDouble(-5, 5);
      }
    }
    double[][] x = new double[n][p];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      int c = i % k;
      labels[i] = "c" + c;
      for (int j = 0; j < p; j++) {
        x[i][j] = centres[c][j] + gaussian(rng);
      }
    }
    return new XY(Frame.ofRows(x, null), Target.classes("label", List.of(labels)));
  }

  /** A linear regression problem {@code y = 1 + sum_j (j+1) x_j + noise * N(0,1)} with standard normal x. */
  public static XY linear(int n, int p, double noise, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[n][p];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double v = 1;
      for (int j = 0; j < p; j++) {
        x[i][j] = gaussian(rng);
        v += (j + 1) * x[i][j];
      }
      y[i] = v + noise * gaussian(rng);
    }
    return new XY(Frame.ofRows(x, null), Target.values("y", y));
  }

  /** Standard normal draw (Box–Muller, one value per call). */
  private static double gaussian(SplittableRandom rng) {
    double u1 = rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * Standardizes every column of a numeric frame to mean 0 and (population, ddof 0) standard deviation 1,
   * like scikit-learn's StandardScaler; constant columns are only centred.
   */
  public static Frame standardize(Frame x) {
    List<Column> cols = new ArrayList<>();
    int n = x.rowCount();
    for (int j = 0; j < x.columnCount(); j++) {
      double[] v = new double[n];
      double mean = 0;
      for (int i = 0; i < n; i++) {
        v[i] = x.getDouble(i, j);
        mean += v[i];
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        ss += (v[i] - mean) * (v[i] - mean);
      }
      double sd = Math.sqrt(ss / n);
      for (int i = 0; i < n; i++) {
        v[i] = sd > 0 ? (v[i] - mean) / sd : v[i] - mean;
      }
      cols.add(DoubleColumn.wrap(x.column(j).name(), v));
    }
    return Frame.of(cols);
  }
}

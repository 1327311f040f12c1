package praxis.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.io.Datasets;
import praxis.io.csv.CsvReader;

/**
 * Small datasets for tests: the real ones bundled with praxis-core ({@code iris}, {@code breast_cancer},
 * {@code diabetes}, ... via {@link Datasets}), test-only real data bundled here ({@link #debianDescriptions()},
 * whose licence is per Debian package, hence not shipped in praxis-core) and seeded synthetic ones.
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

  /** Names of the real datasets (those bundled with praxis-core, see {@link Datasets#names()}). */
  public static List<String> names() {
    return Datasets.names();
  }

  /**
   * A real dataset bundled with praxis-core: features (numeric columns for iris, breast_cancer, diabetes) and
   * the label (classes or values), via {@link Datasets#xy(String)}.
   *
   * @throws IllegalArgumentException for an unknown name (the message lists the valid ones)
   */
  public static XY xy(String name) {
    Datasets.XY d = Datasets.xy(name);
    return new XY(d.x(), d.y());
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

  private static final String DEBIAN = "datasets/debian_descriptions.csv.gz";
  private static Frame debian;

  /**
   * The Debian package descriptions (30,000 rows of bookworm main/amd64; see
   * {@code praxis/testkit/datasets/README.md} for origin and licence): columns {@code package} (text),
   * {@code section} (categorical, the label) and {@code text} (short + long description). Read once with
   * {@link CsvReader} from the gzip-compressed resource, then cached (frames are immutable).
   */
  public static synchronized Frame debianDescriptions() {
    if (debian == null) {
      try (InputStream in = Fixtures.class.getResourceAsStream(DEBIAN)) {
        if (in == null) {
          throw new IllegalStateException("test dataset praxis/testkit/" + DEBIAN + " is missing from the classpath");
        }
        Map<String, ColumnType> types = Map.of("package", ColumnType.TEXT, "section", ColumnType.CATEGORICAL,
            "text", ColumnType.TEXT);
        debian = CsvReader.builder().types(types).build().read(in, "praxis/testkit/" + DEBIAN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read praxis/testkit/" + DEBIAN, e);
      }
    }
    return debian;
  }

  /**
   * The reference text-classification task of {@code sklearn_baselines.py}: the rows of
   * {@link #debianDescriptions()} whose section is one of the {@code k} most frequent (ties by first
   * appearance, as Python's {@code Counter.most_common}), in file order; x is the {@code text} column alone,
   * y the section.
   */
  public static XY debianTopSections(int k) {
    Frame all = debianDescriptions();
    CategoricalColumn section = all.categoricalColumn("section");
    TextColumn text = (TextColumn) all.column("text");
    int n = all.rowCount();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      counts.merge(section.get(i), 1, Integer::sum);
    }
    List<String> order = new ArrayList<>(counts.keySet());
    order.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));   // stable: first appearance on ties
    Set<String> top = new HashSet<>(order.subList(0, Math.min(k, order.size())));
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (top.contains(section.get(i))) {
        rows.add(i);
      }
    }
    int[] r = rows.stream().mapToInt(Integer::intValue).toArray();
    String[] labels = new String[r.length];
    String[] docs = new String[r.length];
    for (int i = 0; i < r.length; i++) {
      labels[i] = section.get(r[i]);
      docs[i] = text.get(r[i]);
    }
    return new XY(Frame.of(TextColumn.wrap("text", docs)), Target.classes("section", List.of(labels)));
  }
}

package praxis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.neighbors.NeighborIndex;

/**
 * OPTICS density ordering and clustering (U2; Ankerst et al. 1999), as scikit-learn 1.2's {@code OPTICS}.
 *
 * <p>The <em>core distance</em> of a row is the distance to its {@code minSamples}-th nearest row (itself
 * included; infinity when that exceeds {@code maxEps}). The rows are then visited one at a time: the next row
 * is always the unvisited row with the smallest reachability (ties and the start of every new component: the
 * smallest row index), and each visited row with a finite core distance lowers the reachability of its
 * unvisited neighbours within {@code maxEps} to {@code max(coreDistance, distance)}, becoming their
 * predecessor. As in scikit-learn, reachabilities and core distances are rounded to 15 decimals, so ties break
 * the same way. The result is the ordering, the reachability plot, the core distances and the predecessors.
 *
 * <p>Clusters are then extracted from the plot by {@link ClusterMethod#XI} (scikit-learn's
 * {@code cluster_optics_xi}: steep down and up areas of relative steepness {@code xi}, the
 * maximum-in-between bookkeeping, the predecessor correction of Schubert &amp; Gertz 2018, and labels from the
 * leaf clusters of the hierarchy) or by {@link ClusterMethod#DBSCAN} ({@code cluster_optics_dbscan}: the
 * DBSCAN clustering at radius {@code eps <= maxEps}, up to border rows). Rows in no cluster get −1.
 *
 * <p>Cost: n k-nearest queries, then O(n²) for the ordering (as scikit-learn); memory O(n) with
 * {@code maxEps} infinite, plus the neighbourhood sets within {@code maxEps} when it is finite.
 *
 * <pre>{@code
 * OPTICSModel m = new OPTICS(OPTICS.Params.DEFAULTS.withMinSamples(10)).fit(x, Target.none(n));
 * int[] labels = m.labels();              // -1 = noise
 * double[] plot = m.reachabilityPlot();   // reachability in visiting order
 * int[][] hierarchy = m.clusterHierarchy();
 * }</pre>
 */
public final class OPTICS implements Estimator<OPTICS.Params, OPTICSModel> {
  /**
   * How clusters are read off the reachability plot.
   *
   * <pre>{@code
   * OPTICS.Params p = OPTICS.Params.DEFAULTS.withClusterMethod(OPTICS.ClusterMethod.DBSCAN).withEps(0.5);
   * }</pre>
   */
  public enum ClusterMethod {
    /** Steep-area extraction with relative steepness {@code xi} (hierarchical; labels from the leaves). */
    XI,
    /** DBSCAN at radius {@code eps} (defaults to {@code maxEps}). */
    DBSCAN
  }

  /**
   * Hyperparameters.
   *
   * @param minSamples rows within reach, itself included, to make a core sample (&gt;= 2)
   * @param maxEps largest neighbourhood radius considered (&gt; 0; infinity = every pair)
   * @param metric distance
   * @param p Minkowski exponent (for MINKOWSKI, &gt;= 1)
   * @param clusterMethod extraction method
   * @param eps DBSCAN-extraction radius (&gt; 0 and &lt;= maxEps), or NaN for maxEps
   * @param xi minimum relative steepness for XI, in (0, 1)
   * @param predecessorCorrection XI: correct cluster ends by the predecessors
   * @param minClusterSize XI: fewest rows in a cluster (&gt;= 2), or 0 for minSamples
   * @param algorithm neighbour search
   * @param leafSize tree leaf size
   * @param nThreads threads for the neighbour queries (results do not depend on it)
   */
  public record Params(int minSamples, double maxEps, Metric metric, double p, ClusterMethod clusterMethod,
      double eps, double xi, boolean predecessorCorrection, int minClusterSize, Algorithm algorithm, int leafSize,
      int nThreads) implements praxis.api.Params {
    /**
     * minSamples 5, maxEps infinity, Euclidean, XI with xi 0.05, predecessor correction, minClusterSize =
     * minSamples, eps = maxEps, automatic search, leaf 30, 1 thread (scikit-learn).
     */
    public static final Params DEFAULTS = new Params(5, Double.POSITIVE_INFINITY, Metric.EUCLIDEAN, 2.0,
        ClusterMethod.XI, Double.NaN, 0.05, true, 0, Algorithm.AUTO, 30, 1);

    /** Validates. */
    public Params {
      Check.atLeast(minSamples, 2, "minSamples");
      if (!(maxEps > 0)) {
        throw new IllegalArgumentException("maxEps must be > 0 (or infinity for no limit), got " + maxEps);
      }
      Check.notNull(metric, "metric");
      if (metric == Metric.MINKOWSKI && !(p >= 1 && Double.isFinite(p))) {
        throw new IllegalArgumentException("p must be a finite number >= 1 for the Minkowski metric, got " + p);
      }
      Check.notNull(clusterMethod, "clusterMethod");
      if (!Double.isNaN(eps) && !(eps > 0)) {
        throw new IllegalArgumentException("eps must be > 0 (or NaN to use maxEps), got " + eps);
      }
      if (!Double.isNaN(eps) && eps > maxEps) {
        throw new IllegalArgumentException("eps = " + eps + " must be <= maxEps = " + maxEps
            + "; lower eps or raise maxEps");
      }
      if (!(xi > 0 && xi < 1)) {
        throw new IllegalArgumentException("xi must lie in (0, 1), got " + xi + "; try the default 0.05");
      }
      if (minClusterSize != 0 && minClusterSize < 2) {
        throw new IllegalArgumentException("minClusterSize must be >= 2 (or 0 for minSamples), got "
            + minClusterSize);
      }
      Check.notNull(algorithm, "algorithm");
      Check.atLeast(leafSize, 1, "leafSize");
      Check.atLeast(nThreads, 1, "nThreads");
    }

    /** With another core threshold. */
    public Params withMinSamples(int m) {
      return new Params(m, maxEps, metric, p, clusterMethod, eps, xi, predecessorCorrection, minClusterSize,
          algorithm, leafSize, nThreads);
    }

    /** With another largest radius. */
    public Params withMaxEps(double e) {
      return new Params(minSamples, e, metric, p, clusterMethod, eps, xi, predecessorCorrection, minClusterSize,
          algorithm, leafSize, nThreads);
    }

    /** With another metric. */
    public Params withMetric(Metric m) {
      return new Params(minSamples, maxEps, m, p, clusterMethod, eps, xi, predecessorCorrection, minClusterSize,
          algorithm, leafSize, nThreads);
    }

    /** With the Minkowski metric of exponent {@code q}. */
    public Params withMinkowski(double q) {
      return new Params(minSamples, maxEps, Metric.MINKOWSKI, q, clusterMethod, eps, xi, predecessorCorrection,
          minClusterSize, algorithm, leafSize, nThreads);
    }

    /** With another extraction method. */
    public Params withClusterMethod(ClusterMethod c) {
      return new Params(minSamples, maxEps, metric, p, c, eps, xi, predecessorCorrection, minClusterSize,
          algorithm, leafSize, nThreads);
    }

    /** With another DBSCAN-extraction radius. */
    public Params withEps(double e) {
      return new Params(minSamples, maxEps, metric, p, clusterMethod, e, xi, predecessorCorrection,
          minClusterSize, algorithm, leafSize, nThreads);
    }

    /** With another steepness. */
    public Params withXi(double x) {
      return new Params(minSamples, maxEps, metric, p, clusterMethod, eps, x, predecessorCorrection,
          minClusterSize, algorithm, leafSize, nThreads);
    }

    /** With or without the predecessor correction. */
    public Params withPredecessorCorrection(boolean b) {
      return new Params(minSamples, maxEps, metric, p, clusterMethod, eps, xi, b, minClusterSize, algorithm,
          leafSize, nThreads);
    }

    /** With another smallest cluster size. */
    public Params withMinClusterSize(int m) {
      return new Params(minSamples, maxEps, metric, p, clusterMethod, eps, xi, predecessorCorrection, m,
          algorithm, leafSize, nThreads);
    }

    /** With another search algorithm. */
    public Params withAlgorithm(Algorithm a) {
      return new Params(minSamples, maxEps, metric, p, clusterMethod, eps, xi, predecessorCorrection,
          minClusterSize, a, leafSize, nThreads);
    }

    /** With another thread count. */
    public Params withThreads(int t) {
      return new Params(minSamples, maxEps, metric, p, clusterMethod, eps, xi, predecessorCorrection,
          minClusterSize, algorithm, leafSize, t);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public OPTICS() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public OPTICS(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public OPTICS withParams(Params p) {
    return new OPTICS(p);
  }

  @Override
  public String name() {
    return "optics";
  }

  /**
   * Orders the rows and extracts the clusters.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, or minSamples / minClusterSize
   *     above the row count
   */
  @Override
  public OPTICSModel fit(Frame x, Target y) {
    ClusterInputs in = ClusterInputs.of(x, null, 1, "OPTICS");
    int n = in.n;
    int d = in.p;
    int ms = params.minSamples();
    if (ms > n) {
      throw new IllegalArgumentException("OPTICS: minSamples = " + ms + " but the input has only " + n
          + " rows; use minSamples <= " + n);
    }
    int mcs = params.minClusterSize() == 0 ? ms : params.minClusterSize();
    if (mcs > n) {
      throw new IllegalArgumentException("OPTICS: minClusterSize = " + mcs + " but the input has only " + n
          + " rows; use minClusterSize <= " + n);
    }
    NeighborIndex index = NeighborIndex.build(in.x, n, d, false, params.metric(), params.p(), params.algorithm(),
        params.leafSize());
    int[] kIdx = new int[n * ms];
    double[] kDist = new double[n * ms];
    index.kNearest(in.x, n, ms, params.nThreads(), kIdx, kDist);
    double maxEps = params.maxEps();
    double[] core = new double[n];
    for (int i = 0; i < n; i++) {
      double c = kDist[i * ms + ms - 1];
      core[i] = c > maxEps ? Double.POSITIVE_INFINITY : round15(c);
    }
    int[][] hoods = Double.isInfinite(maxEps) ? null : index.selfRadiusIndices(maxEps, params.nThreads());

    double[] reach = new double[n];
    Arrays.fill(reach, Double.POSITIVE_INFINITY);
    int[] pred = new int[n];
    Arrays.fill(pred, -1);
    int[] ordering = new int[n];
    boolean[] processed = new boolean[n];
    for (int o = 0; o < n; o++) {
      int point = -1;
      double best = 0;
      for (int i = 0; i < n; i++) {
        if (!processed[i] && (point < 0 || reach[i] < best)) {
          point = i;
          best = reach[i];
        }
      }
      processed[point] = true;
      ordering[o] = point;
      double cp = core[point];
      if (cp == Double.POSITIVE_INFINITY) {
        continue;
      }
      if (hoods == null) {
        for (int q = 0; q < n; q++) {
          if (!processed[q]) {
            update(in.x, d, point, q, cp, reach, pred);
          }
        }
      } else {
        for (int q : hoods[point]) {
          if (!processed[q]) {
            update(in.x, d, point, q, cp, reach, pred);
          }
        }
      }
    }

    int[] labels;
    int[][] hierarchy = null;
    if (params.clusterMethod() == ClusterMethod.XI) {
      double[] plot = new double[n];
      int[] predPlot = new int[n];
      for (int i = 0; i < n; i++) {
        plot[i] = reach[ordering[i]];
        predPlot[i] = pred[ordering[i]];
      }
      hierarchy = xiClusters(plot, predPlot, ordering, params.xi(), ms, mcs, params.predecessorCorrection());
      labels = xiLabels(ordering, hierarchy);
    } else {
      double eps = Double.isNaN(params.eps()) ? maxEps : params.eps();
      labels = dbscanLabels(reach, core, ordering, eps);
    }
    int clusters = 0;
    for (int l : labels) {
      clusters = Math.max(clusters, l + 1);
    }
    return new OPTICSModel(x.schema(), in.x, d, labels, clusters, ordering, reach, core, pred, hierarchy, params,
        Provenance.of(name(), params, x, y, 0L));
  }

  private void update(double[] x, int d, int point, int q, double cp, double[] reach, int[] pred) {
    double r = round15(Math.max(distance(x, d, point, q), cp));
    if (r < reach[q]) {
      reach[q] = r;
      pred[q] = point;
    }
  }

  private double distance(double[] x, int d, int a, int b) {
    int oa = a * d;
    int ob = b * d;
    switch (params.metric()) {
      case MANHATTAN -> {
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += Math.abs(x[oa + j] - x[ob + j]);
        }
        return s;
      }
      case CHEBYSHEV -> {
        double s = 0;
        for (int j = 0; j < d; j++) {
          s = Math.max(s, Math.abs(x[oa + j] - x[ob + j]));
        }
        return s;
      }
      case MINKOWSKI -> {
        double pp = params.p();
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += Math.pow(Math.abs(x[oa + j] - x[ob + j]), pp);
        }
        return Math.pow(s, 1.0 / pp);
      }
      default -> {
        double s = 0;
        for (int j = 0; j < d; j++) {
          double t = x[oa + j] - x[ob + j];
          s += t * t;
        }
        return Math.sqrt(s);
      }
    }
  }

  /** NumPy's {@code around(v, 15)}: multiply by 1e15, round half to even, divide. */
  static double round15(double v) {
    return Double.isFinite(v) ? Math.rint(v * 1e15) / 1e15 : v;
  }

  /** scikit-learn's {@code cluster_optics_dbscan}. */
  static int[] dbscanLabels(double[] reach, double[] core, int[] ordering, double eps) {
    int n = reach.length;
    int[] labels = new int[n];
    int c = -1;
    for (int o = 0; o < n; o++) {
      int i = ordering[o];
      if (reach[i] > eps && core[i] <= eps) {
        c++;
      }
      labels[i] = c;
    }
    for (int i = 0; i < n; i++) {
      if (reach[i] > eps && !(core[i] <= eps)) {
        labels[i] = -1;
      }
    }
    return labels;
  }

  /** scikit-learn's {@code _extract_xi_labels}: clusters in order, each labelled when none of it is yet. */
  static int[] xiLabels(int[] ordering, int[][] clusters) {
    int n = ordering.length;
    int[] plotLabels = new int[n];
    Arrays.fill(plotLabels, -1);
    int label = 0;
    for (int[] c : clusters) {
      boolean free = true;
      for (int i = c[0]; i <= c[1] && free; i++) {
        free = plotLabels[i] == -1;
      }
      if (free) {
        Arrays.fill(plotLabels, c[0], c[1] + 1, label);
        label++;
      }
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[ordering[i]] = plotLabels[i];
    }
    return labels;
  }

  /** A steep down area: start, end and the maximum in between seen since. */
  private static final class Sda {
    final int start;
    final int end;
    double mib;

    Sda(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }

  /** scikit-learn's {@code _xi_cluster}: the [start, end] plot intervals, smaller clusters first. */
  static int[][] xiClusters(double[] plot0, int[] predPlot, int[] ordering, double xi, int minSamples,
      int minClusterSize, boolean predecessorCorrection) {
    int n = plot0.length;
    double[] plot = Arrays.copyOf(plot0, n + 1);
    plot[n] = Double.POSITIVE_INFINITY;
    double xc = 1 - xi;
    boolean[] steepUp = new boolean[n];
    boolean[] steepDown = new boolean[n];
    boolean[] down = new boolean[n];
    boolean[] up = new boolean[n];
    for (int i = 0; i < n; i++) {
      double ratio = plot[i] / plot[i + 1];
      steepUp[i] = ratio <= xc;
      steepDown[i] = ratio >= 1 / xc;
      down[i] = ratio > 1;
      up[i] = ratio < 1;
    }
    List<Sda> sdas = new ArrayList<>();
    List<int[]> clusters = new ArrayList<>();
    int index = 0;
    double mib = 0.0;
    for (int s = 0; s < n; s++) {
      if (!(steepUp[s] || steepDown[s]) || s < index) {
        continue;
      }
      for (int i = index; i <= s; i++) {
        mib = pyMax(mib, plot[i]);
      }
      if (steepDown[s]) {
        sdas = filterSdas(sdas, mib, xc, plot);
        int dEnd = extendRegion(steepDown, up, s, minSamples);
        sdas.add(new Sda(s, dEnd));
        index = dEnd + 1;
        mib = plot[index];
      } else {
        sdas = filterSdas(sdas, mib, xc, plot);
        int uStart = s;
        int uEnd = extendRegion(steepUp, down, uStart, minSamples);
        index = uEnd + 1;
        mib = plot[index];
        List<int[]> uClusters = new ArrayList<>();
        for (Sda dA : sdas) {
          int cStart = dA.start;
          int cEnd = uEnd;
          if (plot[cEnd + 1] * xc < dA.mib) {
            continue;
          }
          double dMax = plot[dA.start];
          if (dMax * xc >= plot[cEnd + 1]) {
            while (plot[cStart + 1] > plot[cEnd + 1] && cStart < dA.end) {
              cStart++;
            }
          } else if (plot[cEnd + 1] * xc >= dMax) {
            while (plot[cEnd - 1] > dMax && cEnd > uStart) {
              cEnd--;
            }
          }
          if (predecessorCorrection) {
            int[] se = correctPredecessor(plot, predPlot, ordering, cStart, cEnd);
            if (se == null) {
              continue;
            }
            cStart = se[0];
            cEnd = se[1];
          }
          if (cEnd - cStart + 1 < minClusterSize || cStart > dA.end || cEnd < uStart) {
            continue;
          }
          uClusters.add(new int[] {cStart, cEnd});
        }
        for (int i = uClusters.size() - 1; i >= 0; i--) {
          clusters.add(uClusters.get(i));
        }
      }
    }
    return clusters.toArray(new int[0][]);
  }

  /** Python's {@code max(a, b)}: keeps {@code a} unless {@code b > a} (so NaN never wins from the right). */
  private static double pyMax(double a, double b) {
    return b > a ? b : a;
  }

  private static List<Sda> filterSdas(List<Sda> sdas, double mib, double xc, double[] plot) {
    List<Sda> res = new ArrayList<>();
    if (Double.isInfinite(mib)) {
      return res;
    }
    for (Sda a : sdas) {
      if (mib <= plot[a.start] * xc) {
        a.mib = pyMax(a.mib, mib);
        res.add(a);
      }
    }
    return res;
  }

  private static int extendRegion(boolean[] steep, boolean[] xward, int start, int minSamples) {
    int n = steep.length;
    int nonXward = 0;
    int end = start;
    for (int i = start; i < n; i++) {
      if (steep[i]) {
        nonXward = 0;
        end = i;
      } else if (!xward[i]) {
        nonXward++;
        if (nonXward > minSamples) {
          break;
        }
      } else {
        return end;
      }
    }
    return end;
  }

  private static int[] correctPredecessor(double[] plot, int[] predPlot, int[] ordering, int s, int e) {
    int n = ordering.length;
    while (s < e) {
      if (plot[s] > plot[e]) {
        return new int[] {s, e};
      }
      int pr = predPlot[e];
      // NumPy indexing: the predecessor -1 (none) reads the last entry of the ordering
      int pe = ordering[pr < 0 ? pr + n : pr];
      for (int i = s; i < e; i++) {
        if (pe == ordering[i]) {
          return new int[] {s, e};
        }
      }
      e--;
    }
    return null;
  }
}

package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.DataFingerprint;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Replaces each category by a smoothed mean of the target over the rows with that category, with cross-fitting
 * so that training rows never see their own target. Encoding of category {@code c} from rows {@code R}:
 * {@code (sum_{i in R, x_i = c} y_i + m * prior) / (n_c + m)} with {@code prior} the mean of {@code y} over
 * {@code R} and {@code m = smoothing} (an m-estimate). The target is a real value, or a binary class (the
 * encoded quantity is then the share of the second class of {@code y.classList()}). A missing value is its own
 * category; a category unseen in {@code R} gets {@code prior}.
 *
 * <p>Cross-fitting: the rows are shuffled with {@link SplittableRandom}{@code (seed)} and cut into
 * {@code nFolds} folds; each training row is encoded from the other folds only. The fitted model encodes new
 * data with statistics of all training rows, but when {@code transform} is given the very frame it was fitted
 * on (same data fingerprint, as inside {@code Pipeline.fit}) it returns the out-of-fold encodings, so a
 * downstream model is never trained on leaked target values (scikit-learn's {@code fit_transform} contract).
 * Input columns: categorical, boolean or text. Cost: O(n p).
 *
 * <pre>{@code
 * TargetEncoderModel m = new TargetEncoder().fit(train, y);
 * Frame trainEncoded = m.transform(train);   // out-of-fold encodings
 * Frame testEncoded = m.transform(test);     // full-data encodings
 * }</pre>
 */
public final class TargetEncoder implements Estimator<TargetEncoder.Params, TargetEncoderModel> {
  /**
   * Hyperparameters.
   *
   * @param smoothing weight {@code m} of the prior in the m-estimate (0: plain category means)
   * @param nFolds number of cross-fitting folds (at least 2)
   * @param seed seed of the fold shuffle
   */
  public record Params(double smoothing, int nFolds, long seed) implements praxis.api.Params {
    /** Smoothing 10, 5 folds, seed 0. */
    public static final Params DEFAULTS = new Params(10.0, 5, 0L);

    /** Validates. */
    public Params {
      Check.nonNegative(smoothing, "smoothing");
      Check.atLeast(nFolds, 2, "nFolds");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public TargetEncoder() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public TargetEncoder(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public TargetEncoder withParams(Params p) {
    return new TargetEncoder(p);
  }

  @Override
  public String name() {
    return "target_encoder";
  }

  /** The encoded target values: real values, or 0/1 for the second class of a binary target. */
  static double[] targetValues(Target y) {
    if (y.kind() == Target.Kind.VALUES) {
      double[] v = y.values();
      for (int i = 0; i < v.length; i++) {
        if (!Double.isFinite(v[i])) {
          throw new IllegalArgumentException("TargetEncoder: target value at row " + i + " is " + v[i]
              + "; remove or impute rows with a missing target first");
        }
      }
      return v;
    }
    if (y.kind() == Target.Kind.CLASSES && y.classCount() == 2) {
      int[] c = y.codes();
      double[] v = new double[c.length];
      for (int i = 0; i < c.length; i++) {
        v[i] = c[i];
      }
      return v;
    }
    throw new IllegalArgumentException("TargetEncoder needs a real-valued or binary target but y is " + y.kind()
        + (y.kind() == Target.Kind.CLASSES ? " with " + y.classCount() + " classes" : "")
        + "; for multiclass targets encode one class against the rest (a binary target per class)");
  }

  @Override
  public TargetEncoderModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "TargetEncoder");
    Check.sameRows(x, y, "TargetEncoder");
    double[] t = targetValues(y);
    int n = x.rowCount();
    if (n < params.nFolds()) {
      throw new IllegalArgumentException("TargetEncoder: nFolds is " + params.nFolds() + " but x has only " + n
          + " rows; lower nFolds");
    }
    int p = x.columnCount();
    List<List<String>> cats = new ArrayList<>(p);
    int[][] codes = new int[p][];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      List<String> cj = Support.categories(c, true, "TargetEncoder");
      Map<String, Integer> idx = Support.index(cj);
      int[] code = Support.encode(c, idx);
      for (int i = 0; i < n; i++) {
        if (code[i] == Support.MISSING) {
          code[i] = cj.size();
        }
      }
      cats.add(cj);
      codes[j] = code;
    }
    boolean[] all = new boolean[n];
    java.util.Arrays.fill(all, true);
    double[][] enc = new double[p][];
    for (int j = 0; j < p; j++) {
      enc[j] = encodings(codes[j], cats.get(j).size() + 1, t, all);
    }
    double prior = mean(t, all);
    // cross-fitting
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(params.seed());
    for (int i = n - 1; i > 0; i--) {
      int r = rnd.nextInt(i + 1);
      int tmp = perm[i];
      perm[i] = perm[r];
      perm[r] = tmp;
    }
    int k = params.nFolds();
    int[] fold = new int[n];
    for (int f = 0, start = 0; f < k; f++) {
      int size = n / k + (f < n % k ? 1 : 0);
      for (int a = start; a < start + size; a++) {
        fold[perm[a]] = f;
      }
      start += size;
    }
    double[][] oof = new double[p][n];
    boolean[] in = new boolean[n];
    for (int f = 0; f < k; f++) {
      for (int i = 0; i < n; i++) {
        in[i] = fold[i] != f;
      }
      for (int j = 0; j < p; j++) {
        double[] e = encodings(codes[j], cats.get(j).size() + 1, t, in);
        for (int i = 0; i < n; i++) {
          if (fold[i] == f) {
            oof[j][i] = e[codes[j][i]];
          }
        }
      }
    }
    return new TargetEncoderModel(x.schema(), Provenance.of(name(), params, x, y, params.seed()), cats, enc,
        prior, DataFingerprint.of(x, Target.none(n)), oof);
  }

  private static double mean(double[] t, boolean[] use) {
    double s = 0;
    int c = 0;
    for (int i = 0; i < t.length; i++) {
      if (use[i]) {
        s += t[i];
        c++;
      }
    }
    return s / c;
  }

  /** m-estimates per category code (last slot: missing; entry {@code k} = prior when unseen). */
  private double[] encodings(int[] code, int slots, double[] t, boolean[] use) {
    double prior = mean(t, use);
    double[] sum = new double[slots + 1];
    double[] cnt = new double[slots + 1];
    for (int i = 0; i < t.length; i++) {
      if (use[i]) {
        sum[code[i]] += t[i];
        cnt[code[i]] += 1;
      }
    }
    double m = params.smoothing();
    double[] e = new double[slots + 1];
    for (int k = 0; k <= slots; k++) {
      e[k] = cnt[k] + m == 0 ? prior : (sum[k] + m * prior) / (cnt[k] + m);
    }
    e[slots] = prior;
    return e;
  }
}

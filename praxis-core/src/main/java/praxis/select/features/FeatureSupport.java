package praxis.select.features;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Check;
import praxis.data.BooleanColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/** Shared checks and conversions of the feature selectors (package-private). */
final class FeatureSupport {
  private FeatureSupport() {}

  /** The columns of a numeric/boolean frame without missing or infinite values, one array per column. */
  static double[][] columns(Frame x, String who) {
    Check.nonEmpty(x, who);
    int p = x.columnCount();
    double[][] out = new double[p][];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      if (c.type() != ColumnType.NUMERIC && c.type() != ColumnType.BOOLEAN) {
        throw new IllegalArgumentException(who + " needs numeric or boolean columns but column '" + c.name()
            + "' is " + c.type() + "; encode it first (OneHotEncoder) or select the numeric columns");
      }
      double[] v;
      if (c instanceof DoubleColumn d) {
        v = d.toArray();
      } else {
        BooleanColumn b = (BooleanColumn) c;
        v = new double[b.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = b.getDouble(i);
        }
      }
      for (int i = 0; i < v.length; i++) {
        if (!Double.isFinite(v[i])) {
          throw new IllegalArgumentException(who + ": column '" + c.name() + "' row " + i + " is "
              + (Double.isNaN(v[i]) ? "missing" : String.valueOf(v[i])) + "; impute or drop missing and"
              + " infinite values first (e.g. SimpleImputer in a Pipeline)");
        }
      }
      out[j] = v;
    }
    return out;
  }

  /** Requires a class-label target with at least two classes. */
  static void requireClasses(Target y, String who) {
    if (y.kind() != Target.Kind.CLASSES) {
      throw new IllegalArgumentException(who + " needs class labels as target but got a " + y.kind()
          + " target; use a regression score (F_REGRESSION) for numeric targets");
    }
    if (y.classCount() < 2) {
      throw new IllegalArgumentException(who + " needs at least 2 classes, got " + y.classCount());
    }
  }

  /** Requires a numeric target. */
  static double[] requireValues(Target y, String who) {
    if (y.kind() != Target.Kind.VALUES) {
      throw new IllegalArgumentException(who + " needs a numeric target but got a " + y.kind()
          + " target; use CHI2 or F_CLASSIF for class labels");
    }
    return y.values();
  }

  /** Names of the given column indices. */
  static List<String> names(Frame x, int[] idx) {
    List<String> out = new ArrayList<>(idx.length);
    for (int j : idx) {
      out.add(x.column(j).name());
    }
    return out;
  }

  /** Indices {@code j} with {@code keep[j]}, in order. */
  static int[] indices(boolean[] keep) {
    int n = 0;
    for (boolean b : keep) {
      n += b ? 1 : 0;
    }
    int[] out = new int[n];
    int k = 0;
    for (int j = 0; j < keep.length; j++) {
      if (keep[j]) {
        out[k++] = j;
      }
    }
    return out;
  }

  /** Pearson correlation of two equally long arrays (NaN if either is constant). */
  static double pearson(double[] a, double[] b) {
    int n = a.length;
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      double da = a[i] - ma;
      double db = b[i] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    return sab / Math.sqrt(saa * sbb);
  }

  /** The importances of a fitted model, or a clear error if it has none. */
  static double[] importances(praxis.api.Model m, praxis.api.Estimator<?, ?> est, int p, String who) {
    if (!(m instanceof praxis.api.FeatureImportance fi)) {
      throw new IllegalArgumentException(who + " needs an estimator whose fitted model reports feature importances"
          + " (praxis.api.FeatureImportance, e.g. LinearRegression, Ridge, Lasso, LogisticRegression) but '"
          + est.name() + "' fitted a " + m.getClass().getSimpleName() + "; choose a linear or tree model");
    }
    double[] w = fi.featureImportances();
    if (w.length != p) {
      throw new IllegalStateException(who + ": '" + est.name() + "' reported " + w.length + " importances for "
          + p + " columns");
    }
    return w;
  }

  /** Mean cross-validated score of {@code est} on the given columns of {@code x}. */
  static double cvScore(praxis.api.Estimator<?, ?> est, Frame x, Target y, int[] cols,
      java.util.List<praxis.select.Fold> folds, praxis.metrics.Scorer scorer) {
    praxis.select.CvResult r = praxis.select.CrossValidation.run(est, x.selectIndices(cols), y, folds,
        java.util.List.of(scorer), false, 1);
    return r.mean(r.scorerNames().get(0));
  }
}

package praxis.boost;

import java.util.OptionalInt;
import praxis.api.Provenance;
import praxis.boost.internal.Booster;
import praxis.boost.internal.GrowConfig;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/** Checks and conversions shared by the two histogram boosting estimators. */
final class HgbCommon {
  private HgbCommon() {}

  static void checkParams(double learningRate, int maxIter, int maxLeafNodes, OptionalInt maxDepth,
      int minSamplesLeaf, double minChildWeight, double l2, double l1, double minSplitGain, double maxDeltaStep,
      int maxBins, double subsample, double colsampleByTree, double colsampleByLevel, double colsampleByNode,
      double[] monotonic, EarlyStopping earlyStopping, double validationFraction, int nIterNoChange, double tol,
      int nThreads) {
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate);
    }
    atLeast(maxIter, 1, "maxIter");
    if (maxLeafNodes == 1 || maxLeafNodes < 0) {
      throw new IllegalArgumentException("maxLeafNodes must be >= 2 (or 0 for no limit), got " + maxLeafNodes);
    }
    if (maxDepth == null || (maxDepth.isPresent() && maxDepth.getAsInt() < 1)) {
      throw new IllegalArgumentException("maxDepth must be >= 1 or none, got " + maxDepth);
    }
    if (maxLeafNodes == 0 && maxDepth.isEmpty()) {
      throw new IllegalArgumentException("maxLeafNodes=0 (no leaf limit) needs a maxDepth; set maxDepth (e.g. 6)"
          + " or maxLeafNodes (e.g. 31)");
    }
    atLeast(minSamplesLeaf, 1, "minSamplesLeaf");
    nonNegative(minChildWeight, "minChildWeight");
    nonNegative(l2, "l2Regularization");
    nonNegative(l1, "l1Regularization");
    nonNegative(minSplitGain, "minSplitGain");
    nonNegative(maxDeltaStep, "maxDeltaStep");
    if (maxBins < 2 || maxBins > 255) {
      throw new IllegalArgumentException("maxBins must be between 2 and 255 (one byte per binned value, the 256th"
          + " code is the missing-value bin), got " + maxBins);
    }
    fraction(subsample, "subsample");
    fraction(colsampleByTree, "colsampleByTree");
    fraction(colsampleByLevel, "colsampleByLevel");
    fraction(colsampleByNode, "colsampleByNode");
    if (monotonic == null) {
      throw new IllegalArgumentException("monotonicConstraints must not be null (use an empty array for none)");
    }
    for (int j = 0; j < monotonic.length; j++) {
      double m = monotonic[j];
      if (m != -1 && m != 0 && m != 1) {
        throw new IllegalArgumentException("monotonicConstraints[" + j + "] must be -1, 0 or 1, got " + m);
      }
    }
    if (earlyStopping == null) {
      throw new IllegalArgumentException("earlyStopping must not be null; use AUTO, ON or OFF");
    }
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("validationFraction must be in (0, 1), got " + validationFraction);
    }
    atLeast(nIterNoChange, 1, "nIterNoChange");
    nonNegative(tol, "tol");
    atLeast(nThreads, 1, "nThreads");
  }

  private static void atLeast(int v, int min, String name) {
    if (v < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + v);
    }
  }

  private static void nonNegative(double v, String name) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
    }
  }

  private static void fraction(double v, String name) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], got " + v);
    }
  }

  static int[] monotone(double[] m, Frame x, String who) {
    if (m.length == 0) {
      return null;
    }
    if (m.length != x.columnCount()) {
      throw new IllegalArgumentException(who + ": monotonicConstraints has " + m.length + " entries but x has "
          + x.columnCount() + " columns; give one of -1, 0, 1 per column");
    }
    int[] out = new int[m.length];
    for (int j = 0; j < m.length; j++) {
      out[j] = (int) m[j];
      if (out[j] != 0 && x.column(j) instanceof praxis.data.CategoricalColumn) {
        throw new IllegalArgumentException(who + ": monotonicConstraints[" + j + "] is set for categorical column '"
            + x.column(j).name() + "'; monotonic constraints apply to numeric columns only");
      }
    }
    return out;
  }

  static boolean earlyStopping(EarlyStopping mode, int rows, boolean evalSet) {
    return switch (mode) {
      case ON -> true;
      case OFF -> false;
      case AUTO -> evalSet || rows > 10_000;
    };
  }

  static Booster.Config config(double learningRate, int maxIter, int maxLeafNodes, OptionalInt maxDepth,
      int minSamplesLeaf, double minChildWeight, double l2, double l1, double minSplitGain, double maxDeltaStep,
      int maxBins, double subsample, double colsampleByTree, double colsampleByLevel, double colsampleByNode,
      int[] monotone, boolean early, double validationFraction, int nIterNoChange, double tol, long seed,
      int nThreads, boolean quantizedGradients) {
    GrowConfig g = new GrowConfig(maxLeafNodes, maxDepth.orElse(0), minSamplesLeaf, minChildWeight, l2, l1,
        minSplitGain, maxDeltaStep, learningRate, colsampleByLevel, colsampleByNode, monotone, quantizedGradients);
    return new Booster.Config(g, maxIter, maxBins, subsample, colsampleByTree, early, validationFraction,
        nIterNoChange, tol, seed, nThreads);
  }

  static void requireRows(Frame x, int ySize, String who) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 rows; at least 1 is required");
    }
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    if (x.rowCount() != ySize) {
      throw new IllegalArgumentException(who + ": x has " + x.rowCount() + " rows but y has " + ySize
          + "; pass the target of the same rows");
    }
  }

  static double[] weights(double[] w, int n, String who) {
    if (w == null) {
      return null;
    }
    if (w.length != n) {
      throw new IllegalArgumentException(who + ": sampleWeight has " + w.length + " entries but x has " + n
          + " rows; give one weight per row");
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      if (!(w[i] >= 0) || !Double.isFinite(w[i])) {
        throw new IllegalArgumentException(who + ": sampleWeight[" + i + "] must be finite and >= 0, got " + w[i]);
      }
      s += w[i];
    }
    if (!(s > 0)) {
      throw new IllegalArgumentException(who + ": sampleWeight sums to 0; give at least one positive weight");
    }
    return w.clone();
  }

  static State.Builder start(String type, Schema schema, Provenance provenance) {
    return State.builder(type).put("schema", Persist.schema(schema)).put("provenance", provenance.toState());
  }

  static Schema schema(State s) {
    return Persist.schema(s.getState("schema"));
  }

  static Provenance provenance(State s) {
    return Provenance.fromState(s.getState("provenance"));
  }

  static void require(boolean ok, State s, String what) {
    if (!ok) {
      throw new ModelFormatException("inconsistent '" + s.type() + "' model state: " + what);
    }
  }

  static double[] normalizedGain(double[] gain) {
    double s = 0;
    for (double g : gain) {
      s += g;
    }
    double[] out = gain.clone();
    if (s > 0) {
      for (int j = 0; j < out.length; j++) {
        out[j] /= s;
      }
    }
    return out;
  }
}

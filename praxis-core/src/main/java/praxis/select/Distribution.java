package praxis.select;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A distribution of one hyperparameter for {@link RandomSearch}: continuous uniform, log-uniform, an
 * integer range, or a choice among values. Sampling uses only the given {@link SplittableRandom}, so a
 * search seed fixes every candidate.
 *
 * <pre>{@code
 * Distribution c = Distribution.logUniform(1e-3, 1e3);
 * Distribution k = Distribution.intRange(1, 30);
 * Distribution m = Distribution.choice("euclidean", "manhattan");
 * }</pre>
 */
@FunctionalInterface
public interface Distribution {
  /** One value (Double, Integer, or a choice element). */
  Object sample(SplittableRandom rng);

  /** Uniform on {@code [lo, hi)}. */
  static Distribution uniform(double lo, double hi) {
    if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
      throw new IllegalArgumentException("uniform(lo, hi) needs finite lo < hi, got lo=" + lo + ", hi=" + hi);
    }
    return new Distribution() {
      @Override
      public Object sample(SplittableRandom rng) {
        return lo + (hi - lo) * rng.nextDouble();
      }

      @Override
      public String toString() {
        return "uniform(" + lo + ", " + hi + ")";
      }
    };
  }

  /** Log-uniform on {@code [lo, hi)}: {@code exp(U(log lo, log hi))}, for scales such as C or alpha. */
  static Distribution logUniform(double lo, double hi) {
    if (!(lo > 0 && Double.isFinite(hi) && lo < hi)) {
      throw new IllegalArgumentException("logUniform(lo, hi) needs 0 < lo < hi (finite), got lo=" + lo + ", hi=" + hi);
    }
    double a = Math.log(lo);
    double b = Math.log(hi);
    return new Distribution() {
      @Override
      public Object sample(SplittableRandom rng) {
        return Math.exp(a + (b - a) * rng.nextDouble());
      }

      @Override
      public String toString() {
        return "logUniform(" + lo + ", " + hi + ")";
      }
    };
  }

  /** Integers uniform on {@code [lo, hi]} (both inclusive). */
  static Distribution intRange(int lo, int hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("intRange(lo, hi) needs lo <= hi, got lo=" + lo + ", hi=" + hi);
    }
    return new Distribution() {
      @Override
      public Object sample(SplittableRandom rng) {
        return (int) (lo + rng.nextLong((long) hi - lo + 1));
      }

      @Override
      public String toString() {
        return "intRange(" + lo + ", " + hi + ")";
      }
    };
  }

  /** One of the given values, each equally likely (strings are parsed like grid values). */
  static Distribution choice(Object... values) {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException("choice(...) needs at least one value");
    }
    List<Object> v = List.copyOf(Arrays.asList(values));
    return new Distribution() {
      @Override
      public Object sample(SplittableRandom rng) {
        return v.get(rng.nextInt(v.size()));
      }

      @Override
      public String toString() {
        return "choice" + v;
      }
    };
  }
}

package praxis.select;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;

/**
 * Fits and scores independent (estimator, train rows, test rows) jobs, inline or on an executor owned by
 * the call. Each job's result lands in its own slot, so results do not depend on the thread count.
 */
final class CvEngine {
  private CvEngine() {}

  /** One fit-and-score task; {@code label} names it in error messages. */
  record Job(Estimator<?, ?> estimator, int[] train, int[] test, String label) {}

  /** Scores per scorer (test, and train when requested, else null), and timings in seconds. */
  record Outcome(double[] test, double[] train, double fitSeconds, double scoreSeconds) {}

  static void checkScorers(List<Scorer> scorers) {
    if (scorers == null || scorers.isEmpty()) {
      throw new IllegalArgumentException("scorers must name at least one Scorer, got " + scorers);
    }
    Set<String> seen = new HashSet<>();
    for (Scorer s : scorers) {
      if (s == null) {
        throw new IllegalArgumentException("scorers contains null");
      }
      if (!seen.add(s.name())) {
        throw new IllegalArgumentException("two scorers are named '" + s.name() + "'; scorer names must be unique");
      }
    }
  }

  static void checkThreads(int nThreads) {
    if (nThreads < 1) {
      throw new IllegalArgumentException("nThreads must be >= 1, got " + nThreads);
    }
  }

  static List<String> names(List<Scorer> scorers) {
    List<String> out = new ArrayList<>(scorers.size());
    for (Scorer s : scorers) {
      out.add(s.name());
    }
    return out;
  }

  static Outcome runOne(Job job, Frame x, Target y, List<Scorer> scorers, boolean trainScores) {
    try {
      Frame xTrain = x.rows(job.train());
      Target yTrain = y.rows(job.train());
      long t0 = System.nanoTime();
      Model m = job.estimator().fit(xTrain, yTrain);
      long t1 = System.nanoTime();
      Frame xTest = x.rows(job.test());
      Target yTest = y.rows(job.test());
      double[] test = new double[scorers.size()];
      for (int s = 0; s < test.length; s++) {
        test[s] = scorers.get(s).score(m, xTest, yTest);
      }
      long t2 = System.nanoTime();
      double[] train = null;
      if (trainScores) {
        train = new double[scorers.size()];
        for (int s = 0; s < train.length; s++) {
          train[s] = scorers.get(s).score(m, xTrain, yTrain);
        }
      }
      return new Outcome(test, train, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(job.label() + ": " + e.getMessage(), e);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(job.label() + ": " + e.getMessage(), e);
    }
  }

  /** Runs all jobs with {@code nThreads} threads; outcomes in job order. */
  static Outcome[] run(List<Job> jobs, Frame x, Target y, List<Scorer> scorers, boolean trainScores, int nThreads) {
    checkThreads(nThreads);
    Outcome[] out = new Outcome[jobs.size()];
    int threads = Math.min(nThreads, jobs.size());
    if (threads <= 1) {
      for (int j = 0; j < out.length; j++) {
        out[j] = runOne(jobs.get(j), x, y, scorers, trainScores);
      }
      return out;
    }
    AtomicInteger counter = new AtomicInteger();
    ThreadFactory tf = r -> {
      Thread t = new Thread(r, "praxis-select-" + counter.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
    try {
      List<Future<Outcome>> futures = new ArrayList<>(jobs.size());
      for (Job job : jobs) {
        futures.add(pool.submit(() -> runOne(job, x, y, scorers, trainScores)));
      }
      for (int j = 0; j < out.length; j++) {
        try {
          out[j] = futures.get(j).get();
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof RuntimeException re) {
            throw re;
          }
          if (c instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(jobs.get(j).label() + " failed: " + c, c);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + jobs.get(j).label(), e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Population mean of {@code v}. */
  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** Standard deviation of {@code v} around its mean with {@code ddof} (0 = population, as np.std). */
  static double std(double[] v, int ddof) {
    if (v.length - ddof <= 0) {
      return Double.NaN;
    }
    double m = mean(v);
    double s = 0;
    for (double d : v) {
      s += (d - m) * (d - m);
    }
    return Math.sqrt(s / (v.length - ddof));
  }
}

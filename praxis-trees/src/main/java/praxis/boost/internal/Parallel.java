package praxis.boost.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs independent chunks of a range on the boosting engine's executor and waits for all of them; every index
 * is handled by exactly one chunk, so work whose per-index results do not interact gives the same result for
 * any number of threads.
 *
 * <pre>{@code
 * Parallel.forChunks(pool, nThreads, p, (from, to) -> binFeatures(from, to));
 * }</pre>
 */
final class Parallel {
  private Parallel() {}

  /** Work on the indices {@code from} (inclusive) to {@code to} (exclusive). */
  @FunctionalInterface
  interface Range {
    void run(int from, int to);
  }

  /** Splits {@code [0, count)} into at most {@code nThreads} contiguous chunks; runs inline without a pool. */
  static void forChunks(ExecutorService pool, int nThreads, int count, Range body) {
    int chunks = pool == null ? 1 : Math.min(nThreads, count);
    if (chunks <= 1) {
      body.run(0, count);
      return;
    }
    List<Callable<Void>> tasks = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) count * c / chunks);
      int to = (int) ((long) count * (c + 1) / chunks);
      tasks.add(() -> {
        body.run(from, to);
        return null;
      });
    }
    run(pool, tasks);
  }

  /**
   * Runs the tasks, the first on the calling thread and the others on {@code pool} (one hand-off less per
   * call), and rethrows the first failure.
   */
  static void run(ExecutorService pool, List<Callable<Void>> tasks) {
    List<Future<Void>> fs = new ArrayList<>(tasks.size());
    try {
      for (int i = 1; i < tasks.size(); i++) {
        fs.add(pool.submit(tasks.get(i)));
      }
      tasks.get(0).call();
      for (Future<Void> f : fs) {
        f.get();
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("gradient boosting interrupted", ex);
    } catch (ExecutionException ex) {
      Throwable c = ex.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } catch (RuntimeException | Error ex) {
      throw ex;
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    } finally {
      for (Future<Void> f : fs) {
        if (!f.isDone()) {
          // a failure above: do not leave chunks writing into shared arrays behind
          try {
            f.get();
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
          } catch (ExecutionException ignored) {
            // the first failure is the one rethrown
          }
        }
      }
    }
  }
}

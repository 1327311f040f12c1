package praxis.manifold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Acceptance run (issue 5, U7): Barnes–Hut t-SNE with the defaults (perplexity 30, PCA init, 1000 iterations)
 * on {@code digits} (1797 x 64) must reach trustworthiness (k = 5) of at least 0.95. Prints fit time, KL and
 * trustworthiness (compare with {@code scripts/time_sklearn_tsne.py}).
 */
class TSNEDigitsTest {
  @Test
  void digitsTrustworthinessAtLeast095() {
    Frame x = Fixtures.xy("digits").x();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    TSNEModel m = new TSNE(TSNE.Params.DEFAULTS.withNThreads(2)).fit(x, Target.none(x.rowCount()));
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - c0) / 1e9;
    double t = Trustworthiness.of(x, m.transform(x), 5);
    System.out.printf("TSNE digits (Barnes-Hut, 2 threads): fit %.2f s wall, %.2f s CPU, KL %.4f, iterations %d, "
        + "trustworthiness(k=5) %.4f%n", secs, cpu, m.klDivergence(), m.iterations(), t);
    assertTrue(t >= 0.95, "trustworthiness " + t);
  }
}

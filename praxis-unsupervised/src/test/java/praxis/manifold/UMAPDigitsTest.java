package praxis.manifold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;

/**
 * Acceptance run (issue 5, U7): UMAP with umap-learn's defaults (15 neighbours, minDist 0.1, spectral
 * initialization, 500 epochs) on {@code digits} (1797 x 64) must reach trustworthiness (k = 5) of at least 0.95
 * (umap-learn reaches about 0.98-0.99). Prints fit time and trustworthiness.
 */
class UMAPDigitsTest {
  @Test
  void digitsTrustworthinessAtLeast095() {
    Frame x = Fixtures.xy("digits").x();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    UMAPModel m = new UMAP(UMAP.Params.DEFAULTS.withNThreads(2)).fit(x, Target.none(x.rowCount()));
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - c0) / 1e9;
    double t = Trustworthiness.of(x, m.transform(x), 5);
    System.out.printf("UMAP digits (defaults, 2 threads for the kNN): fit %.2f s wall, %.2f s CPU, graph components"
        + " %d, epochs %d, trustworthiness(k=5) %.4f%n", secs, cpu, m.graphComponents(), m.epochs(), t);
    assertTrue(t >= 0.95, "trustworthiness " + t);
  }
}

package praxis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Data files shared by the benchmarks: bundled datasets copied to disk (so every library parses the
 * same bytes) and a generated large CSV, cached under {@code praxis-bench/target/bench-data}.
 *
 * <pre>{@code
 * Path letter = BenchData.bundledCsv("LetterRecognition");
 * Path big = BenchData.generatedCsv(1_000_000, 20);
 * }</pre>
 */
public final class BenchData {
  private BenchData() {}

  /** Cache directory (override with -Dpraxis.bench.data=DIR). */
  public static Path dir() {
    Path d = Path.of(System.getProperty("praxis.bench.data", "target/bench-data"));
    try {
      Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  /** A bundled dataset's CSV copied to the cache directory. */
  public static Path bundledCsv(String name) {
    Path out = dir().resolve(name + ".csv");
    if (!Files.exists(out)) {
      try (InputStream in = BenchData.class.getResourceAsStream("/praxis/datasets/" + name + ".csv")) {
        if (in == null) {
          throw new IllegalArgumentException("no bundled dataset " + name);
        }
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * A generated CSV with {@code rows} rows and {@code cols} numeric columns (values with 6 significant
   * digits, seed 42), written once and reused.
   */
  public static Path generatedCsv(int rows, int cols) {
    Path out = dir().resolve("generated-" + rows + "x" + cols + ".csv");
    if (Files.exists(out)) {
      return out;
    }
    Path tmp = dir().resolve(out.getFileName() + ".tmp");
    SplittableRandom rnd = new SplittableRandom(42);
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < cols; j++) {
        b.append(j == 0 ? "" : ",").append("x").append(j);
      }
      w.write(b.append('\n').toString());
      for (int i = 0; i < rows; i++) {
        b.setLength(0);
        for (int j = 0; j < cols; j++) {
          if (j > 0) {
            b.append(',');
          }
          b.append(String.format(Locale.ROOT, "%.6g", rnd.nextGaussian() * Math.pow(10, j % 4)));
        }
        w.write(b.append('\n').toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

package praxis.bench.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import praxis.bench.BenchData;
import praxis.data.Frame;
import praxis.io.csv.CsvReader;

/**
 * CSV parsing into a typed columnar frame: Praxis ({@link CsvReader}: FastCSV tokenizer + fast double
 * parsing into primitive column builders, with type inference) versus Smile ({@code smile.io.Read.csv}:
 * Apache Commons CSV with schema inference), on the same file in the same run. Throughput in MB/s is file
 * size / time (see docs/benchmarks.md).
 *
 * <pre>{@code
 * java -jar praxis-bench/target/benchmarks.jar CsvParseBench -f 1 -wi 2 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CsvParseBench {
  /** Which file: the bundled LetterRecognition (20,000 × 17) or a generated 1,000,000 × 20 numeric CSV. */
  @Param({"LetterRecognition", "generated-1m-x20"})
  public String file;

  private Path path;
  private final CsvReader praxis = CsvReader.builder().build();

  /** Materializes the input file. */
  @Setup
  public void setup() {
    path = file.equals("LetterRecognition") ? BenchData.bundledCsv("LetterRecognition")
        : BenchData.generatedCsv(1_000_000, 20);
  }

  /** Praxis CSV reader. */
  @Benchmark
  public Frame praxis() {
    return praxis.read(path);
  }

  /** Smile's CSV reader (Commons CSV). */
  @Benchmark
  public Object smile() throws IOException {
    return smile.io.Read.csv(path, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build());
  }
}

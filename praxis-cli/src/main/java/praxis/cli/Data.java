package praxis.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import praxis.api.Task;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.csv.CsvReader;

/**
 * Loads the data sets named on the command line and splits them into features and target.
 *
 * <p>A data argument is either a CSV file path ({@code .csv} or {@code .csv.gz}; header row; empty fields
 * are missing; strings quoted, numbers not — see {@link CsvReader} for type inference) or
 * {@code builtin:NAME} for a data set bundled in the jar ({@link Datasets#names()}). A CSV with a sibling
 * {@code NAME.meta.json} in the bundled data sets' format is read with the types and levels it declares.
 * When a model's input schema is given, its columns are read with the model's types, so a cell that does
 * not fit (text in a numeric column) is an error naming file, line and column.
 *
 * <pre>{@code
 * Data.Loaded d = Data.load("builtin:iris");
 * Data.Problem p = Data.problem(d, null, null);   // target = last column, task inferred
 * }</pre>
 */
public final class Data {
  /** Prefix selecting a bundled data set. */
  public static final String BUILTIN = "builtin:";

  private Data() {}

  /**
   * A loaded table.
   *
   * @param source the argument it was loaded from
   * @param frame all columns
   * @param task the task recorded for a bundled data set, or null for files
   */
  public record Loaded(String source, Frame frame, Task task) {}

  /**
   * Features, target and task.
   *
   * @param source where the data came from
   * @param x feature columns
   * @param y target
   * @param task classification or regression
   */
  public record Problem(String source, Frame x, Target y, Task task) {}

  /** Loads {@code spec} (a path or {@code builtin:NAME}) letting the reader infer column types. */
  public static Loaded load(String spec) {
    return load(spec, null);
  }

  /**
   * Loads {@code spec}; when {@code schema} is given (a model's input schema), those columns are read with
   * the schema's types and ordinal levels instead of inferred ones.
   */
  public static Loaded load(String spec, Schema schema) {
    if (spec.startsWith(BUILTIN)) {
      String name = spec.substring(BUILTIN.length());
      if (!Datasets.names().contains(name)) {
        throw new UsageException("no bundled data set '" + name + "'; available: "
            + Datasets.names().stream().map(n -> BUILTIN + n).toList());
      }
      return new Loaded(spec, Datasets.load(name), Datasets.task(name));
    }
    Path p = Path.of(spec);
    if (!Files.exists(p)) {
      throw new CliFailure("file not found: " + spec
          + (spec.contains(":") ? "" : " (bundled data sets are named builtin:NAME, e.g. builtin:iris)"));
    }
    if (Files.isDirectory(p)) {
      throw new CliFailure(spec + " is a directory; pass a CSV file");
    }
    if (!Files.isReadable(p)) {
      throw new CliFailure("cannot read " + spec + ": permission denied");
    }
    if (schema == null && Files.exists(sidecar(p))) {
      return new Loaded(spec, Datasets.loadCsvWithMeta(p), null);
    }
    CsvReader.Builder b = CsvReader.builder();
    if (schema != null) {
      List<String> header = header(p, spec);
      Map<String, ColumnType> types = new LinkedHashMap<>();
      Map<String, List<String>> levels = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (Field f : schema.fields()) {
        if (!header.contains(f.name())) {
          missing.add(f.name());
          continue;
        }
        types.put(f.name(), f.type());
        if (f.type() == ColumnType.CATEGORICAL && f.ordinal()) {
          levels.put(f.name(), f.levels());
        }
      }
      if (!missing.isEmpty()) {
        throw new CliFailure(spec + " lacks column(s) " + missing + " that the model was trained on; its columns: "
            + header);
      }
      b.types(types).levels(levels);
    }
    return new Loaded(spec, b.build().read(p), null);
  }

  /** The {@code NAME.meta.json} next to {@code NAME.csv[.gz]} (types and levels, as for bundled data). */
  static Path sidecar(Path csv) {
    String stem = csv.getFileName().toString().replaceFirst("(?i)\\.csv(\\.gz)?$", "");
    return csv.resolveSibling(stem + ".meta.json");
  }

  /** The column names in the first line of a CSV file. */
  static List<String> header(Path p, String spec) {
    String first;
    try (InputStream raw = Files.newInputStream(p);
        InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      first = r.readLine();
    } catch (IOException e) {
      throw new CliFailure("cannot read " + spec + ": " + e.getMessage());
    }
    if (first == null) {
      throw new CliFailure(spec + " is empty; expected a header row naming the columns");
    }
    return CsvReader.defaults().readString(first + "\n", spec).schema().names();
  }

  /**
   * Splits into features and target.
   *
   * @param target the target column's name; null means the last column
   * @param task forced task, or null to use the data set's recorded task, else infer it from the target
   *     column's type (numeric → regression, anything else → classification)
   */
  public static Problem problem(Loaded d, String target, Task task) {
    Frame f = d.frame();
    if (f.columnCount() < 2) {
      throw new CliFailure(d.source() + " has " + f.columnCount()
          + " column(s); a supervised task needs at least one feature and a target column");
    }
    if (f.rowCount() == 0) {
      throw new CliFailure(d.source() + " has a header but no data rows");
    }
    String t = target == null ? f.schema().names().get(f.columnCount() - 1) : target;
    if (!f.schema().contains(t)) {
      throw new UsageException("no column named '" + t + "' in " + d.source() + "; available columns: "
          + f.schema().names() + " (choose one with --target)");
    }
    Column c = f.column(t);
    Task k = task != null ? task : d.task() != null && target == null ? d.task() : infer(c);
    if (k != Task.CLASSIFICATION && k != Task.REGRESSION) {
      throw new UsageException("task must be classification or regression, got " + k.name().toLowerCase(Locale.ROOT));
    }
    Target y;
    if (k == Task.REGRESSION) {
      if (c.type() != ColumnType.NUMERIC) {
        throw new UsageException("target column '" + t + "' is " + c.type()
            + " but regression needs a numeric target; use --task classification or another --target");
      }
      y = Target.fromColumn(c);
    } else {
      List<String> labels = new ArrayList<>(c.size());
      for (int i = 0; i < c.size(); i++) {
        if (c.isMissing(i)) {
          throw new CliFailure("target column '" + t + "' is missing in data row " + (i + 1) + " of "
              + d.source() + "; remove rows without a label");
        }
        labels.add(c.format(i));
      }
      y = Target.classes(t, labels);
      if (y.classCount() < 2) {
        throw new CliFailure("target column '" + t + "' has only one class " + y.classList()
            + "; classification needs at least two");
      }
    }
    return new Problem(d.source(), f.drop(t), y, k);
  }

  /** Classification unless the column is numeric. */
  static Task infer(Column c) {
    return c.type() == ColumnType.NUMERIC ? Task.REGRESSION : Task.CLASSIFICATION;
  }
}

package praxis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.data.ColumnType;
import praxis.data.Field;
import praxis.data.Frame;

/**
 * {@code praxis info FILE}: the schema (column names, types, levels) and summary statistics of a data set,
 * or, for a Praxis model file, its provenance, input schema and stored state tree.
 *
 * <pre>{@code
 * praxis info builtin:iris
 * praxis info model.praxis
 * praxis info data.csv --constraints rules.json
 * }</pre>
 */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Show the schema and summary statistics of a data set, or describe a model file.")
public final class InfoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file, builtin:NAME or a .praxis model file.")
  String data;

  @Mixin
  CommonOptions common;

  @picocli.CommandLine.Option(names = "--constraints", paramLabel = "FILE",
      description = "Check the data against a JSON constraint file and print the violations.")
  java.nio.file.Path constraints;

  @Override
  public Integer call() {
    if (isModelFile(data)) {
      return describeModel(java.nio.file.Path.of(data), spec.commandLine().getOut());
    }
    Data.Loaded d = Data.load(data);
    Frame f = d.frame();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %d rows x %d columns%n%nSchema:%n", data, f.rowCount(), f.columnCount());
    int w = 6;
    for (Field fld : f.schema().fields()) {
      w = Math.max(w, Math.min(40, fld.name().length()));
    }
    for (Field fld : f.schema().fields()) {
      String type = fld.type().name().toLowerCase(Locale.ROOT);
      if (fld.type() == ColumnType.CATEGORICAL) {
        type += (fld.ordinal() ? " ordinal " : " ") + "(" + fld.levels().size() + " levels)";
      }
      out.printf(Locale.ROOT, "  %-" + w + "s  %s%n", fld.name(), type);
    }
    out.printf(Locale.ROOT, "%nSummary:%n%s", f.describe());
    praxis.quality.MissingnessReport miss = praxis.quality.MissingnessReport.of(f, 0.05);
    out.printf(Locale.ROOT, "%nMissing values: %d cells%n", miss.totalMissing());
    if (miss.totalMissing() > 0) {
      out.print(miss);
    }
    if (constraints != null) {
      praxis.quality.ConstraintReport cr = praxis.quality.Constraints.read(constraints).check(f);
      out.printf(Locale.ROOT, "%nConstraints (%s): %s", constraints,
          cr.ok() ? "all satisfied" + System.lineSeparator() : cr.summary());
    }
    out.flush();
    return Main.OK;
  }

  private static boolean isModelFile(String arg) {
    java.nio.file.Path p = java.nio.file.Path.of(arg);
    if (arg.startsWith("builtin:") || !java.nio.file.Files.isRegularFile(p)) {
      return false;
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
      return java.util.Arrays.equals(in.readNBytes(8),
          "PRXMODEL".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static int describeModel(java.nio.file.Path p, PrintWriter out) {
    praxis.api.Model m = praxis.io.ModelIO.load(p);
    praxis.api.Provenance prov = m.provenance();
    out.printf(Locale.ROOT, "%s: Praxis model (format version %d)%n", p, praxis.io.ModelIO.FORMAT_VERSION);
    out.printf(Locale.ROOT, "  estimator        %s (%s)%n", prov.estimator(), m.getClass().getSimpleName());
    out.printf(Locale.ROOT, "  trained on       %d rows, data fingerprint %s%n", prov.rows(), prov.dataFingerprint());
    out.printf(Locale.ROOT, "  library version  %s, created %s, seed %d%n", prov.libraryVersion(), prov.createdAt(),
        prov.seed());
    out.printf(Locale.ROOT, "  hyperparameters  %s%n", prov.params());
    if (!prov.metrics().isEmpty()) {
      out.printf(Locale.ROOT, "  metrics          %s%n", prov.metrics());
    }
    out.printf(Locale.ROOT, "%nInput schema:%n");
    for (Field fld : m.inputSchema().fields()) {
      out.printf(Locale.ROOT, "  %s%n", fld);
    }
    out.printf(Locale.ROOT, "%nStored state:%n%s", m.toState());
    out.flush();
    return Main.OK;
  }
}

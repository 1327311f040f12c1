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
 * {@code praxis info FILE}: the schema (column names, types, levels) and summary statistics of a data set.
 *
 * <pre>{@code
 * praxis info builtin:iris
 * }</pre>
 */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Show the schema and summary statistics of a data set.")
public final class InfoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file or builtin:NAME.")
  String data;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
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
    out.flush();
    return Main.OK;
  }
}

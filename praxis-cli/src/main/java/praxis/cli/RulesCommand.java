package praxis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.io.csv.CsvReader;
import praxis.io.csv.CsvWriter;
import praxis.rules.Apriori;
import praxis.rules.AssociationRule;
import praxis.rules.AssociationRules;
import praxis.rules.FPGrowth;
import praxis.rules.FrequentItemsets;
import praxis.rules.Transactions;

/**
 * {@code praxis rules FILE}: association rules from transactions. The input is either one transaction per line,
 * items separated by {@code --delimiter} ({@code --format baskets}, the default; blank lines are skipped), or a
 * CSV of (transaction id, item) pairs ({@code --format pairs}; {@code --id-column}/{@code --item-column}, by
 * default the first two columns). Frequent itemsets are mined with FP-growth or Apriori (same result), rules
 * {@code A -> C} with confidence at least {@code --min-confidence} are generated from them, and the top rules
 * by lift, confidence or support are printed with support, confidence, lift, leverage and conviction
 * ({@link AssociationRule}). {@code --out} writes all rules, in the printed order, to a CSV (items of a side
 * joined by {@code " & "}; an infinite conviction written as {@code Infinity}). Files may be gzip-compressed
 * ({@code .gz}).
 *
 * <pre>{@code
 * praxis rules baskets.txt --min-support 0.02 --min-confidence 0.6 --top 10
 * praxis rules orders.csv --format pairs --id-column order --item-column product --sort confidence --out rules.csv
 * }</pre>
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Mine frequent itemsets and association rules from transactions.")
public final class RulesCommand implements Callable<Integer> {
  /** Input layouts. */
  enum Format { baskets, pairs }

  /** Mining algorithms. */
  enum Algorithm { fpgrowth, apriori }

  /** Rule orderings. */
  enum SortKey { lift, confidence, support }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Transactions: a text file (one basket per line) or"
      + " a CSV of (id, item) pairs with --format pairs.")
  Path file;

  @Option(names = "--format", defaultValue = "baskets", paramLabel = "F",
      description = "baskets (one transaction per line) or pairs (CSV of transaction id, item) "
          + "(default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--delimiter", defaultValue = ",", paramLabel = "C",
      description = "Item separator of --format baskets, e.g. ',' or ' ' (default: '${DEFAULT-VALUE}').")
  String delimiter;

  @Option(names = "--id-column", paramLabel = "A", description = "Transaction id column of --format pairs "
      + "(default: the first column).")
  String idColumn;

  @Option(names = "--item-column", paramLabel = "B", description = "Item column of --format pairs "
      + "(default: the second column).")
  String itemColumn;

  @Option(names = "--min-support", defaultValue = "0.01", paramLabel = "S",
      description = "Smallest support of a frequent itemset, a fraction in (0, 1] (default: ${DEFAULT-VALUE}).")
  double minSupport;

  @Option(names = "--min-confidence", defaultValue = "0.5", paramLabel = "C",
      description = "Smallest confidence of a rule, in [0, 1] (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--max-length", defaultValue = "0", paramLabel = "L",
      description = "Largest itemset (antecedent + consequent) size; 0 = no limit (default: ${DEFAULT-VALUE}).")
  int maxLength;

  @Option(names = "--algorithm", defaultValue = "fpgrowth", paramLabel = "A",
      description = "fpgrowth or apriori; both give the same itemsets (default: ${DEFAULT-VALUE}).")
  Algorithm algorithm;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N",
      description = "Rules printed (default: ${DEFAULT-VALUE}); --out gets all of them.")
  int top;

  @Option(names = "--sort", defaultValue = "lift", paramLabel = "KEY",
      description = "Order of the rules: lift, confidence or support, descending; ties by the other two "
          + "(default: ${DEFAULT-VALUE}).")
  SortKey sort;

  @Option(names = "--out", paramLabel = "FILE", description = "Write all rules to this CSV (atomically).")
  Path out;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public Integer call() {
    checkOptions();
    Transactions t = read();
    long t0 = System.nanoTime();
    FrequentItemsets sets = algorithm == Algorithm.apriori ? new Apriori(minSupport, maxLength).mine(t)
        : new FPGrowth(minSupport, maxLength).mine(t);
    List<AssociationRule> rules = AssociationRules.generate(sets, minConfidence);
    rules.sort(order(sort));
    double secs = (System.nanoTime() - t0) / 1e9;

    java.io.PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%s: %d transactions, %d distinct items%n", file, t.size(), t.itemCount());
    o.printf(Locale.ROOT, "%d frequent itemsets (support >= %s%s, %s), %d rules (confidence >= %s) in %.2f s%n",
        sets.size(), fmt(minSupport), maxLength > 0 ? ", at most " + maxLength + " items" : "", algorithm,
        rules.size(), fmt(minConfidence), secs);
    if (rules.isEmpty()) {
      o.printf(Locale.ROOT, "no rule reaches the thresholds; lower --min-support or --min-confidence%n");
    } else {
      int shown = Math.min(top, rules.size());
      o.printf(Locale.ROOT, "%ntop %d rules by %s:%n", shown, sort);
      List<String> lhs = new ArrayList<>();
      int w = 4;
      for (int i = 0; i < shown; i++) {
        AssociationRule r = rules.get(i);
        String s = side(r.antecedent()) + " -> " + side(r.consequent());
        lhs.add(s);
        w = Math.max(w, Math.min(60, s.length()));
      }
      o.printf(Locale.ROOT, "  %-" + w + "s  %8s  %10s  %8s  %9s  %10s%n", "rule", "support", "confidence", "lift",
          "leverage", "conviction");
      for (int i = 0; i < shown; i++) {
        AssociationRule r = rules.get(i);
        o.printf(Locale.ROOT, "  %-" + w + "s  %8.4f  %10.4f  %8.4f  %9.4f  %10s%n", lhs.get(i), r.support(),
            r.confidence(), r.lift(), r.leverage(),
            Double.isInfinite(r.conviction()) ? "inf" : String.format(Locale.ROOT, "%.4f", r.conviction()));
      }
    }
    if (out != null) {
      CsvWriter.write(table(rules), out);
      o.printf(Locale.ROOT, "%nwrote %d rules to %s%n", rules.size(), out);
    }
    o.flush();
    return Main.OK;
  }

  private void checkOptions() {
    if (!(minSupport > 0 && minSupport <= 1)) {
      throw new UsageException("--min-support must be in (0, 1] (a fraction of the transactions), got "
          + fmt(minSupport) + "; e.g. --min-support 0.01 for itemsets in at least 1% of them");
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new UsageException("--min-confidence must be in [0, 1], got " + fmt(minConfidence)
          + "; e.g. --min-confidence 0.5");
    }
    if (maxLength < 0) {
      throw new UsageException("--max-length must be >= 1, or 0 for no limit, got " + maxLength);
    }
    CliChecks.atLeastOne(top, "--top");
    if (delimiter.isEmpty()) {
      throw new UsageException("--delimiter must not be empty; e.g. --delimiter ',' or --delimiter ' '");
    }
    if (format == Format.baskets && (idColumn != null || itemColumn != null)) {
      throw new UsageException("--id-column and --item-column apply to --format pairs only; add --format pairs");
    }
  }

  private Transactions read() {
    String src = file.toString();
    if (!Files.exists(file)) {
      throw new CliFailure("file not found: " + src);
    }
    if (Files.isDirectory(file)) {
      throw new CliFailure(src + " is a directory; pass a transaction file");
    }
    try {
      if (format == Format.baskets) {
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = src.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
          return Transactions.readLines(new InputStreamReader(in, StandardCharsets.UTF_8), delimiter, false, src);
        }
      }
      List<String> header = Data.header(file, src);
      if (header.size() < 2 && (idColumn == null || itemColumn == null)) {
        throw new CliFailure(src + " has " + header.size() + " column(s); --format pairs needs a transaction id"
            + " column and an item column");
      }
      String id = idColumn != null ? idColumn : header.get(0);
      String item = itemColumn != null ? itemColumn : header.get(1);
      for (String c : List.of(id, item)) {
        CliChecks.requireColumn(header, c, src, "choose them with --id-column and --item-column");
      }
      if (id.equals(item)) {
        throw new UsageException("--id-column and --item-column are both '" + id + "'; name two columns");
      }
      Map<String, ColumnType> types = new HashMap<>();
      types.put(id, ColumnType.TEXT);
      types.put(item, ColumnType.TEXT);
      Frame f = CsvReader.builder().types(types).build().read(file);
      CliChecks.requireRows(f.rowCount(), src, "(transaction, item) rows; association rules need at least one"
          + " transaction");
      return Transactions.fromPairs(f, id, item);
    } catch (IOException | UncheckedIOException e) {
      throw new CliFailure("cannot read " + src + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new CliFailure(e.getMessage());
    }
  }

  /** Descending by the key, ties by the other measures (descending), then in generation order (stable). */
  static Comparator<AssociationRule> order(SortKey key) {
    Comparator<AssociationRule> lift = Comparator.comparingDouble(AssociationRule::lift);
    Comparator<AssociationRule> conf = Comparator.comparingDouble(AssociationRule::confidence);
    Comparator<AssociationRule> sup = Comparator.comparingDouble(AssociationRule::support);
    Comparator<AssociationRule> c = switch (key) {
      case lift -> lift.thenComparing(conf).thenComparing(sup);
      case confidence -> conf.thenComparing(lift).thenComparing(sup);
      case support -> sup.thenComparing(conf).thenComparing(lift);
    };
    return c.reversed();
  }

  private static Frame table(List<AssociationRule> rules) {
    int m = rules.size();
    String[] a = new String[m];
    String[] c = new String[m];
    double[][] v = new double[5][m];
    for (int i = 0; i < m; i++) {
      AssociationRule r = rules.get(i);
      a[i] = String.join(" & ", r.antecedent());
      c[i] = String.join(" & ", r.consequent());
      v[0][i] = r.support();
      v[1][i] = r.confidence();
      v[2][i] = r.lift();
      v[3][i] = r.leverage();
      v[4][i] = r.conviction();
    }
    return Frame.of(TextColumn.wrap("antecedent", a), TextColumn.wrap("consequent", c),
        DoubleColumn.wrap("support", v[0]), DoubleColumn.wrap("confidence", v[1]), DoubleColumn.wrap("lift", v[2]),
        DoubleColumn.wrap("leverage", v[3]), DoubleColumn.wrap("conviction", v[4]));
  }

  private static String side(List<String> items) {
    return "{" + String.join(", ", items) + "}";
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}

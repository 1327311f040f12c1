package praxis.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Frame;
import praxis.io.csv.CsvReader;

/**
 * An immutable list of transactions (baskets), each a set of items. Items are coded {@code 0..itemCount-1} in
 * order of first appearance; each transaction is held as a sorted array of distinct codes (an item repeated in a
 * basket counts once). Build it from lists of item names, from one-transaction-per-line text, or from
 * (transaction id, item) pairs; an empty transaction list is rejected.
 *
 * <pre>{@code
 * Transactions t = Transactions.of(List.of(List.of("bread", "milk"), List.of("bread", "beer", "eggs")));
 * Transactions u = Transactions.readLines(Path.of("baskets.txt"), ",");   // "bread,milk" per line
 * Transactions v = Transactions.readPairsCsv(Path.of("orders.csv"), "order", "product");
 * int n = t.size();                 // 2
 * }</pre>
 */
public final class Transactions {
  private final List<String> items;
  private final int[][] baskets;

  private Transactions(List<String> items, int[][] baskets) {
    this.items = items;
    this.baskets = baskets;
  }

  /**
   * From lists of item names (null or blank names are skipped).
   *
   * @throws IllegalArgumentException when the list is empty
   */
  public static Transactions of(Collection<? extends Collection<String>> transactions) {
    if (transactions == null || transactions.isEmpty()) {
      throw new IllegalArgumentException("the transaction list is empty; association rules need at least one"
          + " transaction (check the input file or the filter that produced it)");
    }
    Map<String, Integer> codes = new LinkedHashMap<>();
    int[][] b = new int[transactions.size()][];
    int i = 0;
    for (Collection<String> t : transactions) {
      if (t == null) {
        throw new IllegalArgumentException("transaction " + i + " is null; use an empty list for an empty basket");
      }
      int[] c = new int[t.size()];
      int m = 0;
      for (String s : t) {
        if (s == null || s.isBlank()) {
          continue;
        }
        Integer code = codes.get(s);
        if (code == null) {
          code = codes.size();
          codes.put(s, code);
        }
        c[m++] = code;
      }
      b[i++] = distinctSorted(Arrays.copyOf(c, m));
    }
    return new Transactions(List.copyOf(codes.keySet()), b);
  }

  private static int[] distinctSorted(int[] c) {
    Arrays.sort(c);
    int m = 0;
    for (int j = 0; j < c.length; j++) {
      if (j == 0 || c[j] != c[j - 1]) {
        c[m++] = c[j];
      }
    }
    return Arrays.copyOf(c, m);
  }

  /**
   * One transaction per line, items separated by {@code delimiter} (a literal string, e.g. {@code ","} or
   * {@code " "}); items are trimmed, blank lines are empty baskets only when {@code keepBlankLines}, otherwise
   * skipped.
   *
   * @throws IllegalArgumentException when no transaction is read
   */
  public static Transactions readLines(Reader reader, String delimiter, boolean keepBlankLines, String source) {
    if (delimiter == null || delimiter.isEmpty()) {
      throw new IllegalArgumentException("delimiter must be a non-empty string, e.g. \",\" or \" \"");
    }
    Pattern split = Pattern.compile(Pattern.quote(delimiter));
    List<List<String>> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() && !keepBlankLines) {
          continue;
        }
        List<String> t = new ArrayList<>();
        for (String s : split.split(line, -1)) {
          String v = s.trim();
          if (!v.isEmpty()) {
            t.add(v);
          }
        }
        out.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read transactions from " + source, e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(source + " holds no transaction (no non-blank line); association rules"
          + " need at least one");
    }
    return of(out);
  }

  /** {@link #readLines(Reader, String, boolean, String)} from a UTF-8 file, blank lines skipped. */
  public static Transactions readLines(Path path, String delimiter) {
    try {
      return readLines(Files.newBufferedReader(path, StandardCharsets.UTF_8), delimiter, false, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open transaction file " + path, e);
    }
  }

  /**
   * From (transaction id, item) pairs in two columns of a frame (any column types; values are compared as
   * their text). Transactions are ordered by first appearance of their id; rows with a missing id or item are
   * rejected.
   */
  public static Transactions fromPairs(Frame pairs, String idColumn, String itemColumn) {
    Column id = pairs.column(idColumn);
    Column item = pairs.column(itemColumn);
    if (pairs.rowCount() == 0) {
      throw new IllegalArgumentException("the (transaction, item) pair frame has 0 rows; association rules need at"
          + " least one transaction");
    }
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (int r = 0; r < pairs.rowCount(); r++) {
      if (id.isMissing(r) || item.isMissing(r)) {
        throw new IllegalArgumentException("pair row " + r + " has a missing " + (id.isMissing(r) ? "'" + idColumn
            : "'" + itemColumn) + "' value; drop such rows first");
      }
      byId.computeIfAbsent(id.format(r), k -> new ArrayList<>()).add(item.format(r));
    }
    return of(byId.values());
  }

  /** {@link #fromPairs} from a CSV file with a header naming the two columns (both read as text). */
  public static Transactions readPairsCsv(Path path, String idColumn, String itemColumn) {
    Map<String, ColumnType> types = new HashMap<>();
    types.put(idColumn, ColumnType.TEXT);
    types.put(itemColumn, ColumnType.TEXT);
    Frame f = CsvReader.builder().types(types).build().read(path);
    return fromPairs(f, idColumn, itemColumn);
  }

  /** Number of transactions. */
  public int size() {
    return baskets.length;
  }

  /** Number of distinct items. */
  public int itemCount() {
    return items.size();
  }

  /** Item names by code. */
  public List<String> items() {
    return items;
  }

  /** Sorted distinct item codes of transaction {@code i} (a copy). */
  public int[] transaction(int i) {
    return baskets[i].clone();
  }

  int[][] raw() {
    return baskets;
  }

  /** Item names of the given codes. */
  public List<String> names(int[] codes) {
    List<String> out = new ArrayList<>(codes.length);
    for (int c : codes) {
      out.add(items.get(c));
    }
    return List.copyOf(out);
  }
}

package praxis.io.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Frame;
import praxis.io.DataFormatException;

/**
 * FastCSV callback handler that streams every field straight into its {@link ColumnBuilder}: no record
 * objects, no per-cell strings for numbers or repeated categories.
 */
final class FrameHandler extends AbstractBaseCsvCallbackHandler<Object> {
  private static final Object RECORD = new Object();

  private final CsvReader cfg;
  private final String source;
  private final char[][] markers;

  private ColumnBuilder[] cols;
  private int nCols = -1;
  /** Header (or, without a header, first record) fields while the column count is not known yet. */
  private List<String> firstFields;
  private List<Boolean> firstQuoted;
  private long firstLine;
  /** Field 0 of the current record was an empty unquoted field whose meaning is not known yet. */
  private boolean pendingFirstEmpty;
  /** Empty lines seen in a one-column file, kept as missing values unless they end the file. */
  private int pendingEmptyLines;
  private int rows;
  private long line;
  /** Whether the last field handed over was quoted (to detect a quote left open at the end). */
  private boolean lastFieldQuoted;

  FrameHandler(CsvReader cfg, String source) {
    this.cfg = cfg;
    this.source = source;
    this.markers = new char[cfg.missingMarkers().size()][];
    for (int i = 0; i < markers.length; i++) {
      markers[i] = cfg.missingMarkers().get(i).toCharArray();
    }
  }

  long currentLine() {
    return line;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
    pendingFirstEmpty = false;
  }

  @Override
  protected void handleField(int idx, char[] buf, int off, int len, boolean quoted) {
    lastFieldQuoted = quoted;
    if (cols == null) {
      if (idx == 0) {
        firstFields = new ArrayList<>();
        firstQuoted = new ArrayList<>();
        firstLine = line;
      }
      firstFields.add(new String(buf, off, len));
      firstQuoted.add(quoted);
      return;
    }
    if (idx == 0) {
      if (len == 0 && !quoted) {
        pendingFirstEmpty = true;
        return;
      }
      flushEmptyLines();
    } else if (idx == 1 && pendingFirstEmpty) {
      pendingFirstEmpty = false;
      flushEmptyLines();
      cols[0].addMissing();
    }
    if (idx >= nCols) {
      return;
    }
    cell(cols[idx], buf, off, len, quoted);
  }

  private void cell(ColumnBuilder c, char[] buf, int off, int len, boolean quoted) {
    if (isMissing(buf, off, len, quoted)) {
      c.addMissing();
    } else {
      c.add(buf, off, len, quoted, line, source);
    }
  }

  private boolean isMissing(char[] buf, int off, int len, boolean quoted) {
    if (quoted && !cfg.ignoreQuotes()) {
      return false;
    }
    if (len == 0) {
      return true;
    }
    for (char[] m : markers) {
      if (m.length == len) {
        int i = 0;
        while (i < len && m[i] == buf[off + i]) {
          i++;
        }
        if (i == len) {
          return true;
        }
      }
    }
    return false;
  }

  private void flushEmptyLines() {
    for (; pendingEmptyLines > 0; pendingEmptyLines--) {
      cols[0].addMissing();
      rows++;
    }
  }

  @Override
  protected RecordWrapper<Object> buildRecord() {
    int count = getFieldCount();
    if (cols == null) {
      if (count == 1 && firstFields.get(0).isEmpty() && !firstQuoted.get(0)) {
        return wrapRecord(RECORD); // empty line before the header
      }
      start();
      return wrapRecord(RECORD);
    }
    if (pendingFirstEmpty && count == 1) {
      pendingFirstEmpty = false;
      if (nCols == 1) {
        pendingEmptyLines++;
      }
      return wrapRecord(RECORD);
    }
    if (count != nCols) {
      throw new DataFormatException(source, line, "expected " + nCols + " fields (as in "
          + (cfg.header() ? "the header" : "the first line") + ") but found " + count
          + "; check the delimiter ('" + cfg.delimiter() + "') and the quoting of this line");
    }
    rows++;
    return wrapRecord(RECORD);
  }

  /** Creates the column builders from the header (or first record). */
  private void start() {
    nCols = firstFields.size();
    List<String> names = new ArrayList<>(nCols);
    if (cfg.header()) {
      Map<String, Integer> seen = new HashMap<>();
      for (int j = 0; j < nCols; j++) {
        String nm = firstFields.get(j);
        if (j == 0 && !nm.isEmpty() && nm.charAt(0) == '\uFEFF') {
          nm = nm.substring(1);
        }
        if (nm.isEmpty()) {
          throw new DataFormatException(source, firstLine, "header field " + (j + 1)
              + " is empty; expected a column name (a file written by R's write.csv with row names has an"
              + " empty first header: write it with row.names = FALSE, or give the column a name)");
        }
        Integer prev = seen.put(nm, j);
        if (prev != null) {
          throw new DataFormatException(source, firstLine, "duplicate column name '" + nm + "' in header fields "
              + (prev + 1) + " and " + (j + 1) + "; expected distinct names (rename one of them)");
        }
        names.add(nm);
      }
    } else {
      for (int j = 0; j < nCols; j++) {
        names.add("x" + j);
      }
    }
    for (String t : cfg.types().keySet()) {
      if (!names.contains(t)) {
        throw new IllegalArgumentException("types() names column '" + t + "' but " + source
            + " has no such column; columns: " + names);
      }
    }
    for (String t : cfg.levels().keySet()) {
      if (!names.contains(t)) {
        throw new IllegalArgumentException("levels() names column '" + t + "' but " + source
            + " has no such column; columns: " + names);
      }
    }
    for (String t : cfg.ordinal()) {
      if (!names.contains(t)) {
        throw new IllegalArgumentException("ordinal() names column '" + t + "' but " + source
            + " has no such column; columns: " + names);
      }
    }
    cols = new ColumnBuilder[nCols];
    for (int j = 0; j < nCols; j++) {
      String nm = names.get(j);
      ColumnType type = cfg.types().get(nm);
      List<String> levels = cfg.levels().get(nm);
      if (levels != null) {
        type = ColumnType.CATEGORICAL;
      }
      cols[j] = new ColumnBuilder(nm, j + 1, type, levels, cfg.ordinal().contains(nm), cfg.ignoreQuotes());
    }
    if (!cfg.header()) {
      long saved = line;
      line = firstLine;
      for (int j = 0; j < nCols; j++) {
        char[] c = firstFields.get(j).toCharArray();
        cell(cols[j], c, 0, c.length, firstQuoted.get(j));
      }
      line = saved;
      rows++;
    }
    firstFields = null;
    firstQuoted = null;
  }

  /**
   * The frame read so far (trailing empty lines dropped).
   *
   * @param lastChar the last character of the input that is not a line break (-1 if none)
   */
  Frame finish(int lastChar) {
    if (lastFieldQuoted && lastChar != cfg.quoteChar()) {
      throw new DataFormatException(source, line, "expected a closing quote (" + cfg.quoteChar()
          + ") for the quoted field that starts in this record, but the input ended first");
    }
    if (cols == null) {
      if (cfg.header()) {
        throw new DataFormatException(source, 1, "expected a header line with column names but the input is empty");
      }
      return Frame.empty(0);
    }
    List<Column> out = new ArrayList<>(nCols);
    for (ColumnBuilder c : cols) {
      out.add(c.build(cfg.textMinDistinct()));
    }
    return Frame.of(out);
  }
}

package praxis.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import praxis.api.Check;
import praxis.api.Version;
import praxis.io.AtomicFiles;

/**
 * Builds one self-contained HTML file: headings, paragraphs, key/value and generic tables, a heat-coloured
 * confusion matrix, line/bar charts rendered by {@link Charts} and embedded as base64 PNG data URIs, 2-D
 * embeddings coloured by class, and decision trees drawn as inline SVG ({@link TreeDiagram}). The
 * file has inline CSS and no external references (no scripts, style sheets or images to fetch), so it can be
 * mailed or archived as is. Text is HTML-escaped. Not thread-safe; build it on one thread.
 *
 * <pre>{@code
 * new HtmlReport("Iris: model comparison")
 *     .section("Leaderboard").table("5-fold CV", List.of("model", "accuracy"), rows)
 *     .chart(LineChart.of("ROC", "FPR", "TPR", new Series("logreg", fpr, tpr)).withDiagonal())
 *     .write(Path.of("report.html"));
 * }</pre>
 */
public final class HtmlReport {
  /** Default chart size in pixels. */
  public static final int CHART_WIDTH = 640;
  /** Default chart size in pixels. */
  public static final int CHART_HEIGHT = 420;

  private static final String CSS = String.join("\n",
      "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;"
          + "color:#222;padding:0 1em;line-height:1.45}",
      "h1{font-size:1.7em;border-bottom:2px solid #1f77b4;padding-bottom:.2em}",
      "h2{font-size:1.3em;margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.15em}",
      "table{border-collapse:collapse;margin:.6em 0 1.2em 0;font-size:.92em}",
      "caption{text-align:left;font-weight:600;padding:.3em 0;color:#444}",
      "th,td{border:1px solid #d0d0d0;padding:.25em .6em}",
      "th{background:#f3f5f8;text-align:left}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "table.cm td{text-align:right;min-width:3.2em}",
      "table.cm th.corner{font-weight:400;font-size:.85em;color:#666}",
      "figure{margin:.8em 0 1.4em 0}figcaption{color:#555;font-size:.9em}",
      "img{max-width:100%;height:auto;border:1px solid #eee}",
      "figure.svg svg{border:1px solid #eee;background:#fff}",
      "nav{font-size:.9em;color:#555}nav a{margin-right:1em;color:#1f77b4}",
      ".meta{color:#777;font-size:.85em}",
      "footer{margin-top:3em;color:#888;font-size:.8em;border-top:1px solid #eee;padding-top:.5em}");

  /** Text that reads as a number, such as "0.9600 ± 0.0133", is right-aligned like numbers. */
  private static final java.util.regex.Pattern NUMERIC_TEXT =
      java.util.regex.Pattern.compile("[-+]?[0-9][0-9.,eE+-]*( \u00b1 [0-9][0-9.eE+-]*)?( ?%)?");

  private final String title;
  private final List<String> blocks = new ArrayList<>();
  private final List<String[]> toc = new ArrayList<>();

  /** A report with the given title (shown as the page title and first heading). */
  public HtmlReport(String title) {
    this.title = Check.notNull(title, "title");
  }

  /** Starts a section with a heading (listed in the table of contents at the top). */
  public HtmlReport section(String heading) {
    Check.notNull(heading, "heading");
    String id = "s" + (toc.size() + 1);
    toc.add(new String[] {id, heading});
    blocks.add("<h2 id=\"" + id + "\">" + escape(heading) + "</h2>");
    return this;
  }

  /** A paragraph of plain text (escaped). */
  public HtmlReport paragraph(String text) {
    blocks.add("<p>" + escape(Check.notNull(text, "text")) + "</p>");
    return this;
  }

  /** A small grey note, e.g. the command that produced the report. */
  public HtmlReport note(String text) {
    blocks.add("<p class=\"meta\">" + escape(Check.notNull(text, "text")) + "</p>");
    return this;
  }

  /** A two-column table of names and values in map order; numbers are formatted as in {@link #table}. */
  public HtmlReport keyValues(String caption, Map<String, ?> entries) {
    Check.notNull(entries, "entries");
    StringBuilder b = new StringBuilder("<table class=\"kv\">");
    caption(b, caption);
    for (Map.Entry<String, ?> e : entries.entrySet()) {
      b.append("<tr><th>").append(escape(e.getKey())).append("</th>");
      cell(b, e.getValue());
      b.append("</tr>");
    }
    blocks.add(b.append("</table>").toString());
    return this;
  }

  /**
   * A table with a header row. Cells may be any objects: numbers are right-aligned and shown with four
   * decimals (integer types without), {@code null} and NaN as an en dash, everything else via
   * {@code toString()} (right-aligned too when it reads as a number, e.g. {@code "0.96 ± 0.01"}).
   *
   * @throws IllegalArgumentException if a row's length differs from the header's
   */
  public HtmlReport table(String caption, List<String> header, List<? extends List<?>> rows) {
    Check.notNull(header, "header");
    Check.notNull(rows, "rows");
    StringBuilder b = new StringBuilder("<table>");
    caption(b, caption);
    b.append("<thead><tr>");
    for (String h : header) {
      b.append("<th>").append(escape(h)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    int r = 0;
    for (List<?> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("table '" + caption + "': row " + r + " has " + row.size()
            + " cells but the header has " + header.size() + "; pass one cell per column");
      }
      b.append("<tr>");
      for (Object o : row) {
        cell(b, o);
      }
      b.append("</tr>");
      r++;
    }
    blocks.add(b.append("</tbody></table>").toString());
    return this;
  }

  /**
   * A confusion matrix: rows are true classes, columns predicted classes; each cell shows the count and is
   * shaded by its share of the row (the per-class recall on the diagonal), white = 0 to blue = 1.
   *
   * @throws IllegalArgumentException unless {@code counts} is square with one row per label
   */
  public HtmlReport confusionMatrix(String caption, List<String> labels, long[][] counts) {
    Check.notNull(labels, "labels");
    Check.notNull(counts, "counts");
    int k = labels.size();
    if (counts.length != k) {
      throw new IllegalArgumentException("confusion matrix has " + counts.length + " rows but " + k
          + " labels; pass a k x k matrix with one row per label");
    }
    StringBuilder b = new StringBuilder("<table class=\"cm\">");
    caption(b, caption);
    b.append("<tr><th class=\"corner\">true \\ predicted</th>");
    for (String l : labels) {
      b.append("<th>").append(escape(l)).append("</th>");
    }
    b.append("<th class=\"corner\">total</th></tr>");
    for (int i = 0; i < k; i++) {
      if (counts[i].length != k) {
        throw new IllegalArgumentException("confusion matrix row " + i + " has " + counts[i].length
            + " cells but there are " + k + " labels; pass a k x k matrix");
      }
      long total = 0;
      for (long c : counts[i]) {
        total += c;
      }
      b.append("<tr><th>").append(escape(labels.get(i))).append("</th>");
      for (int j = 0; j < k; j++) {
        double share = total == 0 ? 0 : (double) counts[i][j] / total;
        int red = (int) Math.round(255 - share * (255 - 0x1f));
        int green = (int) Math.round(255 - share * (255 - 0x77));
        int blue = (int) Math.round(255 - share * (255 - 0xb4));
        b.append(String.format(Locale.ROOT, "<td style=\"background:#%02x%02x%02x;color:%s\" title=\"%.1f%% of row\">",
            red, green, blue, share > 0.55 ? "#fff" : "#222", 100 * share));
        b.append(counts[i][j]).append("</td>");
      }
      b.append("<td class=\"num\">").append(total).append("</td></tr>");
    }
    blocks.add(b.append("</table>").toString());
    return this;
  }

  /** {@link #confusionMatrix(String, List, long[][])} for int counts. */
  public HtmlReport confusionMatrix(String caption, List<String> labels, int[][] counts) {
    Check.notNull(counts, "counts");
    long[][] c = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      c[i] = new long[counts[i].length];
      for (int j = 0; j < counts[i].length; j++) {
        c[i][j] = counts[i][j];
      }
    }
    return confusionMatrix(caption, labels, c);
  }

  /**
   * A line or scatter chart at the default size. If the JVM cannot draw (for example a headless server
   * without any fonts), a note saying why replaces the chart and the rest of the report is kept.
   */
  public HtmlReport chart(LineChart chart) {
    Check.notNull(chart, "chart");
    return drawn(chart.title(), () -> Charts.png(chart, CHART_WIDTH, CHART_HEIGHT));
  }

  /** A bar chart, widened when there are many bars; see {@link #chart(LineChart)} for drawing failures. */
  public HtmlReport chart(BarChart chart) {
    Check.notNull(chart, "chart");
    int w = Math.min(1100, Math.max(CHART_WIDTH, 60 * chart.categories().size()));
    return drawn(chart.title(), () -> Charts.png(chart, w, CHART_HEIGHT));
  }

  private static volatile Boolean canDraw;

  /** System property that switches PNG charts off when set to {@code false}. */
  public static final String CHARTS_PROPERTY = "praxis.report.charts";

  private static boolean chartsSwitchedOff() {
    return "false".equalsIgnoreCase(System.getProperty(CHARTS_PROPERTY));
  }

  /**
   * Whether this JVM can draw charts (headless Java graphics need fontconfig and at least one font). When
   * it cannot, reports replace each chart with a note saying so and what to install. Also false when charts
   * are switched off with the system property {@value #CHARTS_PROPERTY}{@code =false} (smaller reports, or
   * to see the no-fonts layout); SVG drawings such as {@link #tree} are kept either way.
   */
  public static boolean canDrawCharts() {
    if (chartsSwitchedOff()) {
      return false;
    }
    Boolean c = canDraw;
    if (c == null) {
      try {
        Charts.png(LineChart.of("probe", "x", "y", new Series("s", new double[] {0, 1},
            new double[] {0, 1})), CHART_WIDTH, CHART_HEIGHT);
        c = Boolean.TRUE;
      } catch (RuntimeException | LinkageError | InternalError | java.awt.AWTError e) {
        c = Boolean.FALSE;
      }
      canDraw = c;
    }
    return c;
  }

  private HtmlReport drawn(String title, java.util.function.Supplier<byte[]> render) {
    if (chartsSwitchedOff()) {
      return note("Chart '" + title + "' left out: charts are switched off (-D" + CHARTS_PROPERTY + "=false).");
    }
    byte[] png;
    try {
      png = render.get();
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException | LinkageError | InternalError | java.awt.AWTError e) {
      return note("Chart '" + title + "' could not be drawn on this machine (" + e
          + "); install fonts (e.g. fontconfig and fonts-dejavu-core) for headless Java graphics.");
    }
    return image(title, png);
  }

  /**
   * An inline SVG drawing (for example {@link TreeDiagram#toSvg(int)}) in a figure with a caption. SVG text
   * is drawn by the browser, so this works where {@link #canDrawCharts()} is false. The markup must be a
   * single {@code <svg>} element without scripts.
   *
   * @throws IllegalArgumentException if {@code svg} is not an {@code <svg>} element or contains a script
   */
  public HtmlReport svg(String caption, String svg) {
    Check.notNull(svg, "svg");
    String t = svg.strip();
    if (!t.startsWith("<svg") || !t.endsWith("</svg>")) {
      throw new IllegalArgumentException("svg must be one <svg ...>...</svg> element, got text starting with '"
          + t.substring(0, Math.min(20, t.length())) + "'");
    }
    if (t.toLowerCase(Locale.ROOT).contains("<script")) {
      throw new IllegalArgumentException("svg must not contain scripts; reports are static documents");
    }
    String c = escape(caption == null ? "" : caption);
    blocks.add("<figure class=\"svg\"><div style=\"overflow-x:auto\">" + t + "</div><figcaption>" + c
        + "</figcaption></figure>");
    return this;
  }

  /**
   * A drawing of a decision tree down to depth {@code maxDepth}, as inline SVG (no fonts needed on this
   * machine); when the tree is deeper, a note says so and how many nodes it has.
   */
  public HtmlReport tree(String caption, TreeDiagram tree, int maxDepth) {
    Check.notNull(tree, "tree");
    int d = tree.depth();
    svg(caption, tree.toSvg(maxDepth));
    if (d > maxDepth) {
      note("The tree has depth " + d + " and " + tree.size() + " nodes; the drawing stops at depth " + maxDepth
          + " (grey boxes stand for the cut subtrees). Export the whole tree with toText() or toDot().");
    }
    return this;
  }

  /**
   * A 2-D embedding (t-SNE, PCA, ...) as a scatter plot with one colour per class, e.g. to judge how well
   * classes separate. {@code labels[i]} indexes {@code classNames}; pass {@code null} labels for one colour.
   *
   * @throws IllegalArgumentException unless {@code xy} has two columns and {@code labels} one entry per row
   *     within {@code 0..classNames.size()-1}
   */
  public HtmlReport embedding(String title, double[][] xy, int[] labels, List<String> classNames) {
    Check.notNull(title, "title");
    Check.notNull(xy, "xy");
    if (xy.length == 0) {
      throw new IllegalArgumentException("embedding '" + title + "' has no rows; pass at least one point");
    }
    int k = labels == null ? 1 : Check.notNull(classNames, "classNames").size();
    if (labels != null && labels.length != xy.length) {
      throw new IllegalArgumentException("embedding '" + title + "': " + xy.length + " rows but " + labels.length
          + " labels; pass one label per row");
    }
    int[] count = new int[k];
    for (int i = 0; i < xy.length; i++) {
      if (xy[i].length != 2) {
        throw new IllegalArgumentException("embedding '" + title + "': row " + i + " has " + xy[i].length
            + " coordinates; pass a 2-D embedding (nComponents = 2)");
      }
      int c = labels == null ? 0 : labels[i];
      if (c < 0 || c >= k) {
        throw new IllegalArgumentException("embedding '" + title + "': label " + c + " at row " + i
            + " is outside 0.." + (k - 1) + "; labels index classNames");
      }
      count[c]++;
    }
    List<Series> series = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      if (count[c] == 0) {
        continue;
      }
      double[] x = new double[count[c]];
      double[] y = new double[count[c]];
      int m = 0;
      for (int i = 0; i < xy.length; i++) {
        if ((labels == null ? 0 : labels[i]) == c) {
          x[m] = xy[i][0];
          y[m++] = xy[i][1];
        }
      }
      series.add(new Series(labels == null ? "rows" : classNames.get(c) + " (" + count[c] + ")", x, y));
    }
    return chart(LineChart.of(title, "dimension 1", "dimension 2", series).asScatter());
  }

  /** A PNG image embedded as a data URI, with {@code caption} as its alt text and figure caption. */
  public HtmlReport image(String caption, byte[] png) {
    Check.notNull(png, "png");
    String c = escape(caption == null ? "" : caption);
    blocks.add("<figure><img alt=\"" + c + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png) + "\"><figcaption>" + c + "</figcaption></figure>");
    return this;
  }

  /** The complete HTML document. */
  public String toHtml() {
    StringBuilder b = new StringBuilder(1 << 14);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
        .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
    if (toc.size() > 1) {
      b.append("<nav>");
      for (String[] t : toc) {
        b.append("<a href=\"#").append(t[0]).append("\">").append(escape(t[1])).append("</a>");
      }
      b.append("</nav>\n");
    }
    for (String block : blocks) {
      b.append(block).append('\n');
    }
    b.append("<footer>Generated by Praxis ").append(escape(Version.VERSION)).append(" at ")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("</footer>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Writes {@link #toHtml()} to {@code path} atomically (UTF-8); returns the path. */
  public Path write(Path path) {
    AtomicFiles.write(path, toHtml().getBytes(StandardCharsets.UTF_8));
    return path;
  }

  /** HTML-escapes text for element content and attribute values. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Formats a number for tables: integer types plainly, floating point with four decimals (scientific when tiny or huge), NaN as an en dash. */
  public static String formatNumber(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return n.toString();
    }
    double d = n.doubleValue();
    if (Double.isNaN(d)) {
      return "\u2013";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "\u221e" : "-\u221e";
    }
    double a = Math.abs(d);
    if (a != 0 && (a < 1e-3 || a >= 1e7)) {
      return String.format(Locale.ROOT, "%.3e", d);
    }
    return String.format(Locale.ROOT, "%.4f", d);
  }

  private static void caption(StringBuilder b, String caption) {
    if (caption != null && !caption.isEmpty()) {
      b.append("<caption>").append(escape(caption)).append("</caption>");
    }
  }

  private static void cell(StringBuilder b, Object o) {
    if (o == null) {
      b.append("<td class=\"num\">\u2013</td>");
    } else if (o instanceof Number n) {
      b.append("<td class=\"num\">").append(escape(formatNumber(n))).append("</td>");
    } else if (NUMERIC_TEXT.matcher(o.toString()).matches()) {
      b.append("<td class=\"num\">").append(escape(o.toString())).append("</td>");
    } else {
      b.append("<td>").append(escape(o.toString())).append("</td>");
    }
  }
}

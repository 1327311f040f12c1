package praxis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import praxis.api.Check;

/**
 * A binary decision tree to draw: one box per node holding a few lines of text (split rule, impurity,
 * samples; or the leaf's class / value) and edges labelled "yes" / "no". {@link #toSvg(int)} lays the tree
 * out and writes it as inline SVG, so the drawing needs no fonts or graphics on the machine that builds the
 * report (the browser renders the text). Trees deeper than the depth cap are cut, and each cut subtree is
 * shown as a grey box saying how many nodes it hides.
 *
 * <pre>{@code
 * DecisionTreeClassifierModel tree = ...;
 * TreeDiagram d = TreeDiagram.fromDot(tree.toDot());
 * new HtmlReport("tree").section("Fitted tree").tree("Decision tree", d, 4).write(Path.of("tree.html"));
 * }</pre>
 *
 * @param lines per node, its text lines (node ids are list indices, the root is node 0)
 * @param left per node, the left ("yes") child's id, or -1 for a leaf
 * @param right per node, the right ("no") child's id, or -1 for a leaf
 */
public record TreeDiagram(List<List<String>> lines, int[] left, int[] right) {
  private static final int FONT = 11;
  private static final double CHAR_W = 6.4;
  private static final int LINE_H = 14;
  private static final int H_GAP = 14;
  private static final int V_GAP = 46;
  private static final int MAX_CHARS = 48;

  /** Validates and copies. */
  public TreeDiagram {
    Check.notNull(lines, "lines");
    Check.notNull(left, "left");
    Check.notNull(right, "right");
    int n = lines.size();
    if (n == 0) {
      throw new IllegalArgumentException("tree diagram has no nodes; pass at least the root");
    }
    if (left.length != n || right.length != n) {
      throw new IllegalArgumentException("tree diagram: " + n + " nodes but " + left.length + " left and "
          + right.length + " right child ids; pass one of each per node (-1 for leaves)");
    }
    for (int i = 0; i < n; i++) {
      if ((left[i] < 0) != (right[i] < 0) || left[i] >= n || right[i] >= n || left[i] == i || right[i] == i) {
        throw new IllegalArgumentException("tree diagram: node " + i + " has children " + left[i] + " and "
            + right[i] + "; an inner node needs two children among 0.." + (n - 1) + ", a leaf -1 and -1");
      }
    }
    List<List<String>> c = new ArrayList<>(n);
    for (List<String> l : lines) {
      c.add(List.copyOf(Check.notNull(l, "lines")));
    }
    lines = List.copyOf(c);
    left = left.clone();
    right = right.clone();
  }

  /**
   * Reads the Graphviz DOT that Praxis trees export ({@code toDot()}): statements {@code ID [label="..."];}
   * (lines separated by {@code \n}) and {@code A -> B [label="yes"];} edges, the first edge of a node being
   * its left ("yes") child. Node ids must be 0..n-1.
   *
   * @throws IllegalArgumentException if the text has no nodes or a node has other than zero or two children
   */
  public static TreeDiagram fromDot(String dot) {
    Check.notNull(dot, "dot");
    List<List<String>> lines = new ArrayList<>();
    List<int[]> edges = new ArrayList<>();
    for (String raw : dot.split("\n")) {
      String s = raw.strip();
      int arrow = s.indexOf("->");
      int bracket = s.indexOf('[');
      if (arrow > 0 && (bracket < 0 || arrow < bracket)) {
        int end = bracket < 0 ? s.length() : bracket;
        edges.add(new int[] {parseId(s.substring(0, arrow), raw), parseId(s.substring(arrow + 2, end)
            .replace(";", ""), raw)});
      } else if (bracket > 0 && Character.isDigit(s.charAt(0))) {
        int id = parseId(s.substring(0, bracket), raw);
        while (lines.size() <= id) {
          lines.add(null);
        }
        lines.set(id, splitLabel(label(s.substring(bracket))));
      }
    }
    int n = lines.size();
    if (n == 0) {
      throw new IllegalArgumentException("no tree nodes found in the DOT text; pass the output of a tree's"
          + " toDot()");
    }
    int[] l = new int[n];
    int[] r = new int[n];
    java.util.Arrays.fill(l, -1);
    java.util.Arrays.fill(r, -1);
    for (int[] e : edges) {
      if (e[0] >= n || e[1] >= n) {
        throw new IllegalArgumentException("DOT edge " + e[0] + " -> " + e[1] + " names a node without a label");
      }
      if (l[e[0]] < 0) {
        l[e[0]] = e[1];
      } else if (r[e[0]] < 0) {
        r[e[0]] = e[1];
      } else {
        throw new IllegalArgumentException("DOT node " + e[0] + " has more than two children; only binary"
            + " trees can be drawn");
      }
    }
    for (int i = 0; i < n; i++) {
      if (lines.get(i) == null) {
        throw new IllegalArgumentException("DOT node " + i + " has no label; node ids must be 0.." + (n - 1));
      }
    }
    return new TreeDiagram(lines, l, r);
  }

  private static int parseId(String s, String line) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cannot read a node id from DOT line '" + line.strip()
          + "'; node ids must be non-negative integers", e);
    }
  }

  private static String label(String attrs) {
    int k = attrs.indexOf("label=\"");
    if (k < 0) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (int i = k + 7; i < attrs.length(); i++) {
      char c = attrs.charAt(i);
      if (c == '\\' && i + 1 < attrs.length()) {
        char d = attrs.charAt(++i);
        b.append(d == 'n' ? '\n' : d);
      } else if (c == '"') {
        break;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<String> splitLabel(String label) {
    List<String> out = new ArrayList<>();
    for (String part : label.split("\n")) {
      // leaf texts such as "class: setosa (p=1.000, n=50)" read better on two lines
      int paren = part.indexOf(" (");
      if (paren > 0 && part.endsWith(")") && part.length() > 24) {
        out.add(part.substring(0, paren));
        out.add(part.substring(paren + 1));
      } else {
        out.add(part);
      }
    }
    return out;
  }

  /** Number of nodes. */
  public int size() {
    return lines.size();
  }

  /** Depth of the tree (0 for a single leaf). */
  public int depth() {
    return depth(0);
  }

  private int depth(int node) {
    return left[node] < 0 ? 0 : 1 + Math.max(depth(left[node]), depth(right[node]));
  }

  private int count(int node) {
    return left[node] < 0 ? 1 : 1 + count(left[node]) + count(right[node]);
  }

  /**
   * The tree as a standalone {@code <svg>} element, showing nodes down to depth {@code maxDepth} (the root
   * is depth 0); deeper subtrees become a grey "… N more nodes" box. Inner nodes are blue, leaves green.
   * Every element has an explicit end tag, so the text embeds in HTML as is.
   *
   * @throws IllegalArgumentException if {@code maxDepth < 0}
   */
  public String toSvg(int maxDepth) {
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must be >= 0 but was " + maxDepth);
    }
    List<Box> boxes = new ArrayList<>();
    double[] cursor = {H_GAP};
    Box root = layout(0, 0, maxDepth, boxes, cursor);
    int levels = 0;
    for (Box b : boxes) {
      levels = Math.max(levels, b.level);
    }
    int[] levelH = new int[levels + 1];
    for (Box b : boxes) {
      levelH[b.level] = Math.max(levelH[b.level], b.height());
    }
    int[] levelY = new int[levels + 1];
    int y = H_GAP;
    for (int k = 0; k <= levels; k++) {
      levelY[k] = y;
      y += levelH[k] + V_GAP;
    }
    int width = (int) Math.ceil(cursor[0]);
    int height = y - V_GAP + H_GAP;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tree\" width=\"%d\""
        + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"%d\">",
        width, height, width, height, FONT));
    s.append("<title>decision tree</title>");
    for (Box b : boxes) {
      if (b.children != null) {
        for (int c = 0; c < 2; c++) {
          Box ch = b.children[c];
          double x1 = b.cx;
          double y1 = levelY[b.level] + b.height();
          double x2 = ch.cx;
          double y2 = levelY[ch.level];
          s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\""
              + " stroke-width=\"1.2\"></line>", x1, (int) y1, x2, (int) y2));
          s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#555\""
              + " font-size=\"%d\">%s</text>", (x1 + x2) / 2 + (c == 0 ? -8 : 8), (y1 + y2) / 2,
              FONT - 1, c == 0 ? "yes" : "no"));
        }
      }
    }
    for (Box b : boxes) {
      String fill = b.truncated ? "#f0f0f0" : b.children == null ? "#e8f5e9" : "#e3eef9";
      String stroke = b.truncated ? "#aaa" : b.children == null ? "#2ca02c" : "#1f77b4";
      double x0 = b.cx - b.width / 2.0;
      int y0 = levelY[b.level];
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"4\""
          + " fill=\"%s\" stroke=\"%s\"></rect>", x0, y0, b.width, b.height(), fill, stroke));
      for (int i = 0; i < b.text.size(); i++) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\"%s>%s</text>",
            b.cx, y0 + 4 + LINE_H * (i + 1) - 3, i == 0 && b.children != null ? " font-weight=\"bold\"" : "",
            HtmlReport.escape(b.text.get(i))));
      }
    }
    if (root == null) {
      throw new IllegalStateException("tree layout produced no root");
    }
    return s.append("</svg>").toString();
  }

  /**
   * Post-order layout: leaves take the next free slot left to right, parents centre over their children;
   * every subtree stays within its own horizontal band, so boxes never overlap.
   */
  private Box layout(int node, int level, int maxDepth, List<Box> boxes, double[] cursor) {
    Box b = new Box();
    b.level = level;
    double start = cursor[0];
    if (left[node] >= 0 && level == maxDepth) {
      b.truncated = true;
      b.text = List.of("\u2026 " + (count(node) - 1) + " more nodes", "(depth cap " + maxDepth + ")");
    } else {
      List<String> t = new ArrayList<>();
      for (String l : lines.get(node)) {
        t.add(l.length() > MAX_CHARS ? l.substring(0, MAX_CHARS - 1) + "\u2026" : l);
      }
      b.text = t;
    }
    int chars = 4;
    for (String l : b.text) {
      chars = Math.max(chars, l.length());
    }
    b.width = chars * CHAR_W + 12;
    if (left[node] >= 0 && !b.truncated) {
      Box l = layout(left[node], level + 1, maxDepth, boxes, cursor);
      Box r = layout(right[node], level + 1, maxDepth, boxes, cursor);
      b.children = new Box[] {l, r};
      b.cx = (l.cx + r.cx) / 2;
      double leftEdge = b.cx - b.width / 2;
      if (leftEdge < start) {
        // a parent wider than its children's span: move the whole subtree right, keeping subtrees disjoint
        shift(b, start - leftEdge);
      }
      cursor[0] = Math.max(cursor[0], b.cx + b.width / 2 + H_GAP);
    } else {
      b.cx = cursor[0] + b.width / 2;
      cursor[0] += b.width + H_GAP;
    }
    boxes.add(b);
    return b;
  }

  private static void shift(Box b, double dx) {
    b.cx += dx;
    if (b.children != null) {
      shift(b.children[0], dx);
      shift(b.children[1], dx);
    }
  }

  private static final class Box {
    int level;
    double cx;
    double width;
    boolean truncated;
    List<String> text;
    Box[] children;

    int height() {
      return text.size() * LINE_H + 8;
    }
  }
}

package praxis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TreeDiagramTest {
  /** DOT in the form praxis.trees' toDot() writes (a depth-3 tree with 7 nodes). */
  private static final String DOT = String.join("\n",
      "digraph Tree {",
      "node [shape=box, fontname=\"helvetica\"];",
      "0 [label=\"petal length <= 2.45\\nimpurity = 0.6667\\nsamples = 150\"];",
      "0 -> 1 [label=\"yes\"];",
      "0 -> 2 [label=\"no\"];",
      "1 [label=\"class: setosa (p=1.000, n=50)\"];",
      "2 [label=\"petal width <= 1.75 or missing\\nimpurity = 0.5\\nsamples = 100\"];",
      "2 -> 3 [label=\"yes\"];",
      "2 -> 6 [label=\"no\"];",
      "3 [label=\"colour in {red, \\\"dark\\\" <blue>}\\nimpurity = 0.2\\nsamples = 54\"];",
      "3 -> 4 [label=\"yes\"];",
      "3 -> 5 [label=\"no\"];",
      "4 [label=\"class: versicolor (p=0.980, n=48)\"];",
      "5 [label=\"class: virginica (p=0.667, n=6)\"];",
      "6 [label=\"class: virginica (p=0.978, n=46)\"];",
      "}");

  @Test
  void readsDotStructureAndLabels() {
    TreeDiagram d = TreeDiagram.fromDot(DOT);
    assertEquals(7, d.size());
    assertEquals(3, d.depth());
    assertEquals(1, d.left()[0]);
    assertEquals(2, d.right()[0]);
    assertEquals(3, d.left()[2]);
    assertEquals(6, d.right()[2]);
    assertEquals(-1, d.left()[1]);
    assertEquals(List.of("petal length <= 2.45", "impurity = 0.6667", "samples = 150"), d.lines().get(0));
    // leaf text split before the parenthesis; escaped quotes unescaped
    assertEquals(List.of("class: setosa", "(p=1.000, n=50)"), d.lines().get(1));
    assertEquals("colour in {red, \"dark\" <blue>}", d.lines().get(3).get(0));
  }

  @Test
  void svgHasOneBoxPerNodeAndTwoEdgesPerInnerNode() {
    String svg = TreeDiagram.fromDot(DOT).toSvg(4);
    assertEquals(7, count(svg, "<rect "));
    assertEquals(6, count(svg, "<line "));
    assertEquals(3, count(svg, ">yes</text>"));
    assertTrue(svg.contains("petal length &lt;= 2.45"), svg);
    assertTrue(svg.contains("colour in {red, &quot;dark&quot; &lt;blue&gt;}"), "labels are escaped");
    assertFalse(svg.contains("more nodes"));
    assertNoOverlap(svg);
  }

  @Test
  void depthCapReplacesDeepSubtreesByAGreyBox() {
    String svg = TreeDiagram.fromDot(DOT).toSvg(1);
    // root, leaf 1 and the cut subtree under node 2 (which hides nodes 3..6)
    assertEquals(3, count(svg, "<rect "));
    assertTrue(svg.contains("\u2026 4 more nodes"), svg);
    String html = new HtmlReport("t").tree("Tree", TreeDiagram.fromDot(DOT), 1).toHtml();
    assertTrue(html.contains("The tree has depth 3 and 7 nodes; the drawing stops at depth 1"), html);
    String full = new HtmlReport("t").tree("Tree", TreeDiagram.fromDot(DOT), 4).toHtml();
    assertFalse(full.contains("drawing stops"));
    assertTrue(full.contains("<figure class=\"svg\">") && full.contains("<figcaption>Tree</figcaption>"));
  }

  @Test
  void largeTreeLaysOutWithoutOverlaps() {
    // a complete tree of depth 6 with long labels, plus a lopsided chain
    int depth = 6;
    int n = (1 << (depth + 1)) - 1;
    List<List<String>> lines = new ArrayList<>();
    int[] l = new int[n];
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      boolean leaf = 2 * i + 1 >= n;
      l[i] = leaf ? -1 : 2 * i + 1;
      r[i] = leaf ? -1 : 2 * i + 2;
      lines.add(leaf ? List.of("value: " + i) : List.of("a rather long feature name " + i + " <= 0.5", "n = " + i));
    }
    TreeDiagram d = new TreeDiagram(lines, l, r);
    assertEquals(depth, d.depth());
    String svg = d.toSvg(4);
    assertEquals(15 + 16, count(svg, "<rect "), "15 nodes at depths 0..3 plus 16 cut subtrees at depth 4");
    assertEquals(16, count(svg, "\u2026 6 more nodes"), "each cut depth-4 node hides a depth-2 subtree");
    assertNoOverlap(svg);
  }

  @Test
  void rejectsMalformedTrees() {
    assertThrows(IllegalArgumentException.class, () -> TreeDiagram.fromDot("digraph {}"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> new TreeDiagram(List.of(List.of("a"), List.of("b")), new int[] {1, -1}, new int[] {-1, -1}));
    assertTrue(e.getMessage().contains("node 0 has children 1 and -1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TreeDiagram.fromDot(DOT).toSvg(-1));
    assertThrows(IllegalArgumentException.class, () -> new HtmlReport("t").svg("x", "<div></div>"));
    assertThrows(IllegalArgumentException.class,
        () -> new HtmlReport("t").svg("x", "<svg><script>alert(1)</script></svg>"));
  }

  private static int count(String s, String what) {
    return s.split(Pattern.quote(what), -1).length - 1;
  }

  /** No two node boxes intersect. */
  private static void assertNoOverlap(String svg) {
    Matcher m = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"([0-9]+)\" width=\"([0-9.]+)\" height=\"([0-9]+)\"")
        .matcher(svg);
    List<double[]> boxes = new ArrayList<>();
    while (m.find()) {
      boxes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
    }
    assertFalse(boxes.isEmpty());
    for (int i = 0; i < boxes.size(); i++) {
      double[] a = boxes.get(i);
      assertTrue(a[0] >= 0, "box inside the canvas");
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] b = boxes.get(j);
        boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
        assertTrue(apart, "boxes " + i + " and " + j + " overlap");
      }
    }
  }
}

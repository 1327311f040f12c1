package praxis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingAndNoChartsTest {
  private static final double[][] XY = {{0, 0}, {0.1, 0.2}, {5, 5}, {5.2, 4.9}, {-3, 4}};
  private static final int[] LABELS = {0, 0, 1, 1, 2};

  @Test
  void embeddingIsOneScatterWithAColourPerClass() {
    String html = new HtmlReport("t").embedding("t-SNE", XY, LABELS, List.of("a", "b", "c")).toHtml();
    if (HtmlReport.canDrawCharts()) {
      assertEquals(1, html.split("<img alt=\"t-SNE\"", -1).length - 1, html);
    } else {
      assertTrue(html.contains("Chart &#39;t-SNE&#39;"), html);
    }
    // unlabelled points: one series
    String one = new HtmlReport("t").embedding("plain", XY, null, null).toHtml();
    assertTrue(one.contains("plain"));
  }

  @Test
  void embeddingRejectsBadShapes() {
    HtmlReport r = new HtmlReport("t");
    var e = assertThrows(IllegalArgumentException.class,
        () -> r.embedding("e", new double[][] {{1, 2, 3}}, null, null));
    assertTrue(e.getMessage().contains("nComponents = 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> r.embedding("e", XY, new int[] {0}, List.of("a")));
    assertTrue(e.getMessage().contains("5 rows but 1 labels"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> r.embedding("e", XY, LABELS, List.of("a", "b")));
    assertTrue(e.getMessage().contains("label 2 at row 4 is outside 0..1"), e.getMessage());
  }

  @Test
  void switchedOffChartsBecomeNotesAndSvgStays() {
    String old = System.getProperty(HtmlReport.CHARTS_PROPERTY);
    System.setProperty(HtmlReport.CHARTS_PROPERTY, "false");
    try {
      assertTrue(!HtmlReport.canDrawCharts());
      TreeDiagram d = new TreeDiagram(List.of(List.of("x <= 1"), List.of("yes leaf"), List.of("no leaf")),
          new int[] {1, -1, -1}, new int[] {2, -1, -1});
      String html = new HtmlReport("t").embedding("t-SNE", XY, LABELS, List.of("a", "b", "c"))
          .chart(BarChart.of("bars", "v", List.of("a"), new double[] {1}, null))
          .tree("Tree", d, 4).toHtml();
      assertTrue(html.contains("Chart &#39;t-SNE&#39; left out: charts are switched off"), html);
      assertTrue(html.contains("Chart &#39;bars&#39; left out"), html);
      assertTrue(!html.contains("<img"), "no PNG");
      assertTrue(html.contains("<svg ") && html.contains("x &lt;= 1"), "the SVG tree needs no fonts and stays");
    } finally {
      if (old == null) {
        System.clearProperty(HtmlReport.CHARTS_PROPERTY);
      } else {
        System.setProperty(HtmlReport.CHARTS_PROPERTY, old);
      }
    }
  }
}

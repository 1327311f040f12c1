package praxis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final Set<String> VOID = Set.of("meta", "img", "br", "hr", "link", "input");

  @Test
  void everyElementProducesSelfContainedWellFormedHtml(@TempDir Path dir) throws Exception {
    Map<String, Object> kv = new LinkedHashMap<>();
    kv.put("rows", 150);
    kv.put("name", "iris <builtin> & \"friends\"");
    kv.put("ratio", 0.123456);
    double[] fpr = {0, 0.1, 0.3, 1};
    double[] tpr = {0, 0.6, 0.9, 1};
    HtmlReport r = new HtmlReport("Test <report>")
        .section("Dataset").paragraph("Some text with <tags> & ampersands.").note("praxis compare x.csv")
        .keyValues("Summary", kv)
        .section("Metrics")
        .table("Scores", List.of("model", "accuracy", "fit s"),
            List.of(List.of("a", 0.95, 0.01), List.of("b", Double.NaN, 12L), List.of("c", "0.96 \u00b1 0.01", "n/a")))
        .confusionMatrix("Confusion", List.of("x", "y"), new int[][] {{5, 1}, {0, 6}})
        .section("Charts")
        .chart(LineChart.of("ROC", "FPR", "TPR", new Series("m", fpr, tpr), new Series("m", tpr, fpr)).withDiagonal())
        .chart(LineChart.of("Pred vs true", "true", "predicted", new Series("pts", fpr, tpr)).asScatter())
        .chart(BarChart.of("Accuracy", "accuracy", List.of("a", "b", "c"), new double[] {0.9, 0.8, 0.7},
            new double[] {0.01, 0.02, 0.03}))
        .chart(BarChart.of("R2", "r2", List.of("a", "b"), new double[] {-0.2, 0.5}, null));
    Path out = r.write(dir.resolve("sub/report.html"));
    String html = Files.readString(out, StandardCharsets.UTF_8);

    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<title>Test &lt;report&gt;</title>"));
    assertTrue(html.contains("iris &lt;builtin&gt; &amp; &quot;friends&quot;"));
    assertTrue(html.contains("<td class=\"num\">0.9500</td>"), html);
    assertTrue(html.contains("<td class=\"num\">\u2013</td>"), "NaN shown as a dash");
    assertTrue(html.contains("<td class=\"num\">12</td>"));
    assertTrue(html.contains("<td class=\"num\">0.96 \u00b1 0.01</td>"), "numeric text right-aligned");
    assertTrue(html.contains("<td>n/a</td>"));
    // heat colouring: a full row share is the darkest blue, an empty cell white
    assertTrue(html.contains("background:#1f77b4"), "full-share cell is dark blue");
    assertTrue(html.contains("background:#ffffff"), "zero cell is white");
    // no external references: nothing to fetch
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html).find());
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("url(") || html.contains("@import"), "no fetched CSS resources");
    // 4 charts, each a decodable PNG
    Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
    int images = 0;
    while (m.find()) {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
      assertTrue(img.getWidth() >= HtmlReport.CHART_WIDTH && img.getHeight() == HtmlReport.CHART_HEIGHT);
      images++;
    }
    if (HtmlReport.canDrawCharts()) {
      assertEquals(4, images);
    } else {
      // a JVM without fonts: every chart becomes a note naming the fix, the rest of the report is intact
      assertEquals(0, images);
      assertEquals(4, html.split("could not be drawn on this machine", -1).length - 1, html);
      assertTrue(html.contains("fonts-dejavu-core"));
    }
    assertBalanced(html);
    assertTrue(html.contains("<nav>") && html.contains("href=\"#s3\""));
    try (var files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void rejectsInconsistentInput() {
    HtmlReport r = new HtmlReport("t");
    var e = assertThrows(IllegalArgumentException.class,
        () -> r.table("t", List.of("a", "b"), List.of(List.of("only one"))));
    assertTrue(e.getMessage().contains("row 0 has 1 cells but the header has 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> r.confusionMatrix("c", List.of("a", "b"), new int[][] {{1, 2}}));
    assertThrows(IllegalArgumentException.class, () -> new Series("s", new double[2], new double[3]));
    assertThrows(IllegalArgumentException.class,
        () -> BarChart.of("b", "y", List.of("a"), new double[] {1, 2}, null));
  }

  @Test
  void formatsNumbers() {
    assertEquals("0.1235", HtmlReport.formatNumber(0.123456));
    assertEquals("1.0000", HtmlReport.formatNumber(1.0));
    assertEquals("7", HtmlReport.formatNumber(7));
    assertEquals("1.500e-05", HtmlReport.formatNumber(1.5e-5));
    assertEquals("\u2013", HtmlReport.formatNumber(Double.NaN));
  }

  /** Every non-void element that is opened is closed, in order (a light well-formedness check). */
  private static void assertBalanced(String html) {
    Matcher m = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>").matcher(html);
    Deque<String> stack = new ArrayDeque<>();
    while (m.find()) {
      String tag = m.group(2).toLowerCase();
      if (VOID.contains(tag)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        stack.push(tag);
      } else {
        assertFalse(stack.isEmpty(), "closing </" + tag + "> without opening");
        assertEquals(stack.pop(), tag, "mismatched closing tag at " + m.start());
      }
    }
    assertTrue(stack.isEmpty(), "unclosed tags: " + stack);
  }
}

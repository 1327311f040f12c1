package praxis.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders {@link LineChart} and {@link BarChart} specifications to PNG images with XChart (headless AWT,
 * no window system needed). Used by {@link HtmlReport}; usable on its own to save plots.
 *
 * <pre>{@code
 * byte[] png = Charts.png(LineChart.of("Loss", "epoch", "loss", new Series("train", epochs, loss)), 640, 420);
 * Files.write(Path.of("loss.png"), png);
 * }</pre>
 */
public final class Charts {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static final Color[] PALETTE = {
      new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
      new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

  private Charts() {}

  /** The chart as PNG bytes of the given size in pixels. */
  public static byte[] png(LineChart spec, int width, int height) {
    checkSize(width, height);
    XYChart chart = new XYChartBuilder().width(width).height(height).title(spec.title())
        .xAxisTitle(spec.xLabel()).yAxisTitle(spec.yLabel()).build();
    var st = chart.getStyler();
    common(st);
    st.setDefaultSeriesRenderStyle(spec.scatter() ? XYSeries.XYSeriesRenderStyle.Scatter
        : XYSeries.XYSeriesRenderStyle.Line);
    // many series (e.g. a scatter coloured by ten classes): a legend column on the right keeps the plot tall
    st.setLegendPosition(spec.unitSquare() ? Styler.LegendPosition.InsideSE : spec.series().size() > 4
        ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.OutsideS);
    st.setMarkerSize(spec.scatter() ? 5 : 0);
    if (spec.unitSquare()) {
      st.setXAxisMin(0.0);
      st.setXAxisMax(1.0);
      st.setYAxisMin(0.0);
      st.setYAxisMax(1.0);
    }
    Set<String> used = new HashSet<>();
    int k = 0;
    for (Series s : spec.series()) {
      XYSeries xs = chart.addSeries(unique(s.name(), used), s.x(), s.y());
      Color c = PALETTE[k++ % PALETTE.length];
      xs.setLineColor(c);
      xs.setMarkerColor(c);
      if (!spec.scatter()) {
        xs.setMarker(SeriesMarkers.NONE);
        xs.setLineWidth(2f);
      } else {
        xs.setMarker(SeriesMarkers.CIRCLE);
      }
    }
    if (spec.diagonal()) {
      double lo = 0;
      double hi = 1;
      if (!spec.unitSquare()) {
        lo = Double.POSITIVE_INFINITY;
        hi = Double.NEGATIVE_INFINITY;
        for (Series s : spec.series()) {
          for (int i = 0; i < s.x().length; i++) {
            lo = Math.min(lo, Math.min(s.x()[i], s.y()[i]));
            hi = Math.max(hi, Math.max(s.x()[i], s.y()[i]));
          }
        }
      }
      XYSeries d = chart.addSeries(unique("y = x", used), new double[] {lo, hi}, new double[] {lo, hi});
      d.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      d.setMarker(SeriesMarkers.NONE);
      d.setLineColor(Color.GRAY);
      d.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }
    return encode(chart);
  }

  /** The chart as PNG bytes of the given size in pixels. */
  public static byte[] png(BarChart spec, int width, int height) {
    checkSize(width, height);
    CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(spec.title())
        .yAxisTitle(spec.yLabel()).build();
    var st = chart.getStyler();
    common(st);
    st.setLegendVisible(false);
    st.setXAxisLabelRotation(spec.categories().size() > 4 ? 30 : 0);
    st.setErrorBarsColor(Color.DARK_GRAY);
    st.setSeriesColors(new Color[] {PALETTE[0]});
    List<Double> v = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < spec.values().length; i++) {
      double e = spec.errors() == null ? 0 : spec.errors()[i];
      v.add(spec.values()[i]);
      min = Math.min(min, spec.values()[i] - e);
      max = Math.max(max, spec.values()[i] + e);
    }
    if (min >= 0) {
      st.setYAxisMin(0.0);
    }
    if (max <= 0) {
      st.setYAxisMax(0.0);
    }
    CategorySeries s;
    if (spec.errors() != null) {
      List<Double> e = new ArrayList<>();
      for (double d : spec.errors()) {
        e.add(d);
      }
      s = chart.addSeries(spec.yLabel(), spec.categories(), v, e);
    } else {
      s = chart.addSeries(spec.yLabel(), spec.categories(), v);
    }
    s.setFillColor(PALETTE[0]);
    return encode(chart);
  }

  private static void common(org.knowm.xchart.style.AxesChartStyler st) {
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotGridLinesColor(new Color(0xe0e0e0));
    st.setLegendBorderColor(new Color(0xcccccc));
    st.setAntiAlias(true);
  }

  private static String unique(String name, Set<String> used) {
    String n = name;
    int i = 2;
    while (!used.add(n)) {
      n = name + " (" + i++ + ")";
    }
    return n;
  }

  private static void checkSize(int width, int height) {
    if (width < 50 || height < 50 || width > 4000 || height > 4000) {
      throw new IllegalArgumentException("chart size must be within 50..4000 pixels per side, got " + width + "x"
          + height);
    }
  }

  private static byte[] encode(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render chart '" + chart.getTitle() + "' to PNG: " + e.getMessage(), e);
    }
  }
}

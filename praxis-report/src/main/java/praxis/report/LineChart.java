package praxis.report;

import java.util.List;
import praxis.api.Check;

/**
 * What to draw in a line (or scatter) chart: titles, series, and whether to add the dashed {@code y = x}
 * reference line used by ROC and calibration plots.
 *
 * <pre>{@code
 * LineChart roc = LineChart.of("ROC curve", "False positive rate", "True positive rate",
 *     new Series("logreg (AUC 0.99)", fpr, tpr)).withDiagonal();
 * }</pre>
 *
 * @param title chart title
 * @param xLabel x axis title
 * @param yLabel y axis title
 * @param series one or more series (names made unique when drawn)
 * @param diagonal whether to draw a dashed {@code y = x} line (over [0, 1] in a unit square, else over the
 *     data's range)
 * @param scatter whether to draw markers only (no connecting lines)
 * @param unitSquare whether both axes are fixed to [0, 1]
 */
public record LineChart(String title, String xLabel, String yLabel, List<Series> series, boolean diagonal,
    boolean scatter, boolean unitSquare) {
  /** Validates and copies the series list. */
  public LineChart {
    Check.notNull(title, "title");
    Check.notNull(xLabel, "xLabel");
    Check.notNull(yLabel, "yLabel");
    Check.notNull(series, "series");
    if (series.isEmpty()) {
      throw new IllegalArgumentException("chart '" + title + "' has no series; add at least one Series");
    }
    series = List.copyOf(series);
  }

  /** A line chart of the given series. */
  public static LineChart of(String title, String xLabel, String yLabel, Series... series) {
    return new LineChart(title, xLabel, yLabel, List.of(series), false, false, false);
  }

  /** A line chart of the given series. */
  public static LineChart of(String title, String xLabel, String yLabel, List<Series> series) {
    return new LineChart(title, xLabel, yLabel, series, false, false, false);
  }

  /** This chart with the dashed {@code y = x} reference line and both axes fixed to [0, 1]. */
  public LineChart withDiagonal() {
    return new LineChart(title, xLabel, yLabel, series, true, scatter, true);
  }

  /** This chart with a dashed {@code y = x} line across the data's range (e.g. predicted vs. true). */
  public LineChart withIdentityLine() {
    return new LineChart(title, xLabel, yLabel, series, true, scatter, unitSquare);
  }

  /** This chart with both axes fixed to [0, 1] (for rates and probabilities). */
  public LineChart inUnitSquare() {
    return new LineChart(title, xLabel, yLabel, series, diagonal, scatter, true);
  }

  /** This chart drawn as points only. */
  public LineChart asScatter() {
    return new LineChart(title, xLabel, yLabel, series, diagonal, true, unitSquare);
  }
}

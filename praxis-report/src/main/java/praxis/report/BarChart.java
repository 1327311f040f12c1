package praxis.report;

import java.util.List;
import praxis.api.Check;

/**
 * What to draw in a bar chart: one bar per category, optionally with symmetric error bars (for example
 * the mean score of each model in a leaderboard with its standard deviation over folds).
 *
 * <pre>{@code
 * BarChart c = BarChart.of("Accuracy (5-fold CV)", "accuracy",
 *     List.of("logistic_regression", "gaussian_nb"), new double[] {0.96, 0.95}, new double[] {0.02, 0.03});
 * }</pre>
 *
 * @param title chart title
 * @param yLabel y axis title
 * @param categories bar labels
 * @param values bar heights, one per category
 * @param errors half-widths of error bars, one per category, or {@code null} for none
 */
public record BarChart(String title, String yLabel, List<String> categories, double[] values, double[] errors) {
  /** Validates and copies. */
  public BarChart {
    Check.notNull(title, "title");
    Check.notNull(yLabel, "yLabel");
    Check.notNull(categories, "categories");
    Check.notNull(values, "values");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("bar chart '" + title + "' has no categories; pass at least one bar");
    }
    if (values.length != categories.size()) {
      throw new IllegalArgumentException("bar chart '" + title + "': " + categories.size() + " categories but "
          + values.length + " values; pass one value per category");
    }
    if (errors != null && errors.length != values.length) {
      throw new IllegalArgumentException("bar chart '" + title + "': " + values.length + " values but "
          + errors.length + " error bars; pass one per value or null");
    }
    categories = List.copyOf(categories);
    values = values.clone();
    errors = errors == null ? null : errors.clone();
  }

  /** A bar chart with optional error bars ({@code errors} may be null). */
  public static BarChart of(String title, String yLabel, List<String> categories, double[] values, double[] errors) {
    return new BarChart(title, yLabel, categories, values, errors);
  }
}

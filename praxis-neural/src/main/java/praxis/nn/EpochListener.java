package praxis.nn;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Called by a {@link Trainer} after every epoch, e.g. to draw a progress bar or feed a live plot.
 *
 * <pre>{@code
 * new Trainer(config).withListener(EpochListener.progressBar(System.err)).fit(net, x, n, y, Loss.MSE);
 * // epoch  12/200 [==>                 ] loss 0.084213  val 0.101877
 * }</pre>
 */
@FunctionalInterface
public interface EpochListener {
  /**
   * @param epoch the 1-based epoch just finished
   * @param maxEpochs the epoch limit
   * @param trainLoss its training loss
   * @param validationLoss its validation loss (NaN without a split)
   * @param metric its metric on the validation rows, or on the training rows without a split (NaN without a
   *     metric)
   */
  void epochEnd(int epoch, int maxEpochs, double trainLoss, double validationLoss, double metric);

  /** One line per epoch on {@code out}: a 20-character bar, the losses and the metric when present. */
  static EpochListener progressBar(PrintStream out) {
    return (epoch, max, loss, val, metric) -> {
      int width = 20;
      int done = (int) Math.round((double) width * epoch / max);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < width; i++) {
        b.append(i < done - 1 ? '=' : i == done - 1 ? '>' : ' ');
      }
      String digits = Integer.toString(max);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %" + digits.length() + "d/%s [%s] "
          + "loss %.6f", epoch, digits, b, loss));
      if (!Double.isNaN(val)) {
        line.append(String.format(Locale.ROOT, "  val %.6f", val));
      }
      if (!Double.isNaN(metric)) {
        line.append(String.format(Locale.ROOT, "  metric %.4f", metric));
      }
      out.println(line);
    };
  }
}

package praxis.io.libsvm;

import java.util.ArrayList;
import java.util.List;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * The content of a LibSVM file: a numeric feature frame (absent entries are 0; sparse columns unless the file
 * is dense, see {@link LibSvmReader.Storage}) and one numeric label per row.
 *
 * <pre>{@code
 * LibSvmData d = LibSvmReader.defaults().read(Path.of("a1a.txt"));
 * Frame x = d.x();
 * CsrMatrix m = x.toCsr();        // the features as a CSR matrix, no densifying
 * Target y = d.classTarget();      // labels as class names "-1", "1"
 * Frame all = d.frame();           // x plus a last column "label"
 * }</pre>
 */
public final class LibSvmData {
  private final Frame x;
  private final double[] labels;
  private final String labelName;

  LibSvmData(Frame x, double[] labels, String labelName) {
    this.x = x;
    this.labels = labels;
    this.labelName = labelName;
  }

  /** The features: one NUMERIC column per index, named {@code x<index>} after the index in the file. */
  public Frame x() {
    return x;
  }

  /** The labels (a fresh copy). */
  public double[] labels() {
    return labels.clone();
  }

  /** Number of rows. */
  public int rowCount() {
    return labels.length;
  }

  /** The features followed by the label as a NUMERIC column (named {@code label} unless configured). */
  public Frame frame() {
    if (x.schema().contains(labelName)) {
      throw new IllegalStateException("label name '" + labelName + "' is also a feature column; choose another"
          + " with LibSvmReader.builder().labelName(...)");
    }
    return x.with(DoubleColumn.of(labelName, labels));
  }

  /** The labels as class names ({@code "1"}, {@code "-1"}, {@code "2.5"}), for classification. */
  public Target classTarget() {
    List<String> names = new ArrayList<>(labels.length);
    for (double v : labels) {
      names.add(LibSvmReader.formatNumber(v));
    }
    return Target.classes(labelName, names);
  }

  /** The labels as real values, for regression. */
  public Target valueTarget() {
    return Target.values(labelName, labels);
  }
}

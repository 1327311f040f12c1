package praxis.api;

import java.util.List;
import praxis.data.Frame;

/**
 * A model predicting class codes into {@link #classes()}.
 *
 * <pre>{@code
 * Classifier c = (Classifier) model;
 * String label = c.classes().get(c.predict(x)[0]);
 * }</pre>
 */
public interface Classifier extends Model {
  /** Class labels in code order (sorted). */
  List<String> classes();

  /** Predicted class codes, one per row. */
  int[] predict(Frame x);
}

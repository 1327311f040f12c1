package praxis.api;

import praxis.data.Frame;

/**
 * A model predicting real values.
 *
 * <pre>{@code
 * double[] yhat = ((Regressor) model).predict(x);
 * }</pre>
 */
public interface Regressor extends Model {
  /** Predicted values, one per row. */
  double[] predict(Frame x);
}

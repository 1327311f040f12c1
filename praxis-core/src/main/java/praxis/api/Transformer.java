package praxis.api;

import praxis.data.Frame;
import praxis.data.Schema;

/**
 * A fitted transformation of frames (scalers, encoders, imputers, projections).
 *
 * <pre>{@code
 * Transformer scaler = new StandardScaler().fit(train, Target.none(train.rowCount()));
 * Frame scaled = scaler.transform(test);
 * }</pre>
 */
public interface Transformer extends Model {
  /** Transforms {@code x}, which must match {@link #inputSchema()}. */
  Frame transform(Frame x);

  /** Schema of the frames {@link #transform} returns. */
  Schema outputSchema();
}

package praxis.bayes;

import java.util.List;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.State;
import praxis.linalg.CsrMatrix;

/**
 * Common part of the count-based naive Bayes models (multinomial, complement, Bernoulli): the sufficient
 * statistics {@code featureCount[class][feature]} and {@code classCount[class]}, from which the log
 * probabilities are derived, and the streaming {@link #partialFit(Frame, Target)} that adds a batch to them.
 *
 * <p>Frames with sparse columns ({@link Frame#hasSparseColumns()}, e.g. the output of a text vectorizer) are
 * read through {@link Frame#toCsr()} and never densified: fitting and scoring cost {@code O(nnz + k p)}, and the
 * results are bit-identical to those of the same data stored densely (the sums run over the same rows in the
 * same order; skipped zeros add nothing).
 *
 * @param <M> the concrete model type
 */
abstract class CountNBModel<M extends CountNBModel<M>> implements ProbabilisticClassifier {
  final Schema schema;
  final List<String> classes;
  final double[][] featureCount;
  final double[] classCount;
  final Provenance provenance;

  CountNBModel(Schema schema, List<String> classes, double[][] featureCount, double[] classCount,
      Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.featureCount = NBSupport.deepCopy(featureCount);
    this.classCount = classCount.clone();
    this.provenance = provenance;
  }

  /** Display name used in error messages. */
  abstract String who();

  /** Checks (and for Bernoulli binarizes) a validated column-major batch. */
  abstract double[] prepare(double[] xc, Frame x);

  /** The hyperparameters the model was fitted with. */
  abstract praxis.api.Params fitParams();

  /** A model of the same kind and parameters with other statistics. */
  abstract M with(double[][] featureCount, double[] classCount, Provenance provenance);

  /** Joint log likelihood of a prepared column-major matrix. */
  abstract double[][] jll(double[] xc, int n);

  /** Checks (and for Bernoulli binarizes, in place) a validated CSR batch. */
  abstract CsrMatrix prepareSparse(CsrMatrix m, Frame x);

  /** Joint log likelihood of a prepared CSR matrix. */
  abstract double[][] jllSparse(CsrMatrix m);

  /**
   * Adds one batch of rows to the fitted counts and returns the updated model (this model is unchanged).
   * The class list stays the one of the first fit; every label of {@code y} must be in it. Fitting batches
   * one after the other gives the same statistics as one fit on all rows (up to floating-point summation
   * order). The provenance of the returned model describes the last batch.
   *
   * @throws IllegalArgumentException when the batch does not match the fitted columns, has invalid values or
   *     a label outside {@link #classes()}
   */
  public M partialFit(Frame x, Target y) {
    Inputs.requireRows(x, y, who());
    int[] codes = NBSupport.codesIn(y, classes, who());
    double[][] fc = NBSupport.deepCopy(featureCount);
    double[] cc = classCount.clone();
    if (x.hasSparseColumns()) {
      NBSupport.accumulate(prepareSparse(NBSupport.predictCsr(schema, x, who()), x), codes, fc, cc);
    } else {
      double[] xc = prepare(Inputs.predictMatrix(schema, x, who()), x);
      NBSupport.accumulate(xc, x.rowCount(), schema.size(), codes, fc, cc);
    }
    return with(fc, cc, Provenance.of(provenance.estimator(), fitParams(), x, y, 0L));
  }

  /** Sum of each feature over the training rows of each class {@code [class][feature]} (after binarizing). */
  public double[][] featureCount() {
    return NBSupport.deepCopy(featureCount);
  }

  /** Number of training rows per class. */
  public double[] classCount() {
    return classCount.clone();
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Unnormalized log posterior per row and class. */
  public double[][] jointLogLikelihood(Frame x) {
    if (x.hasSparseColumns()) {
      return jllSparse(prepareSparse(NBSupport.predictCsr(schema, x, who()), x));
    }
    return jll(prepare(Inputs.predictMatrix(schema, x, who()), x), x.rowCount());
  }

  @Override
  public int[] predict(Frame x) {
    return Inputs.argmaxRows(jointLogLikelihood(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    return NBSupport.softmaxRows(jointLogLikelihood(x));
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  State.Builder startState(String type) {
    return ModelStates.start(type, schema, provenance).put("classes", classes).put("featureCount", featureCount)
        .put("classCount", classCount);
  }

  /** Reads and checks the shared statistics of a saved model. */
  record Stats(Schema schema, List<String> classes, double[][] featureCount, double[] classCount,
      Provenance provenance) {
    static Stats read(State s) {
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      double[][] fc = s.getMatrix("featureCount");
      double[] cc = s.getDoubles("classCount");
      int k = classes.size();
      ModelStates.require(fc.length == k && cc.length == k, s, "per-class arrays do not match " + k + " classes");
      for (int c = 0; c < k; c++) {
        ModelStates.require(fc[c].length == schema.size(), s, "class " + c + " does not have " + schema.size()
            + " features");
      }
      return new Stats(schema, classes, fc, cc, ModelStates.provenance(s));
    }
  }
}

package praxis.boost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each {@code with...} copy of the boosting params changes its own field and keeps every other one. */
class HgbParamsWithersTest {
  @Test
  void classifierWithers() {
    var d = HistGradientBoostingClassifier.Params.DEFAULTS;
    var p = d.withLearningRate(0.3).withMaxLeafNodes(63).withMaxDepth(6).withMinSamplesLeaf(5)
        .withL2Regularization(1.5).withMaxBins(64).withSubsample(0.8).withSeed(9L).withNThreads(2);
    var expected = new HistGradientBoostingClassifier.Params(0.3, d.maxIter(), 63, OptionalInt.of(6), 5,
        d.minChildWeight(), 1.5, d.l1Regularization(), d.minSplitGain(), d.maxDeltaStep(), 64, 0.8,
        d.colsampleByTree(), d.colsampleByLevel(), d.colsampleByNode(), d.monotonicConstraints(),
        d.earlyStopping(), d.validationFraction(), d.nIterNoChange(), d.tol(), 9L, 2, d.classWeight());
    assertEquals(praxis.api.ParamsCodec.toStrings(expected), praxis.api.ParamsCodec.toStrings(p));
  }

  @Test
  void regressorWithers() {
    var d = HistGradientBoostingRegressor.Params.DEFAULTS;
    var p = d.withLoss(HistGradientBoostingRegressor.RegressionLoss.QUANTILE).withQuantile(0.9)
        .withHuberDelta(2.0).withLearningRate(0.05).withMaxLeafNodes(15).withMaxDepth(4).withMinSamplesLeaf(3)
        .withL2Regularization(0.5).withMaxBins(128).withSubsample(0.7).withSeed(4L).withNThreads(2);
    var expected = new HistGradientBoostingRegressor.Params(HistGradientBoostingRegressor.RegressionLoss.QUANTILE,
        2.0, 0.9, 0.05, d.maxIter(), 15, OptionalInt.of(4), 3, d.minChildWeight(), 0.5, d.l1Regularization(),
        d.minSplitGain(), d.maxDeltaStep(), 128, 0.7, d.colsampleByTree(), d.colsampleByLevel(),
        d.colsampleByNode(), d.monotonicConstraints(), d.earlyStopping(), d.validationFraction(),
        d.nIterNoChange(), d.tol(), 4L, 2);
    assertEquals(praxis.api.ParamsCodec.toStrings(expected), praxis.api.ParamsCodec.toStrings(p));
  }
}

package praxis.classic;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;
import praxis.bayes.BernoulliNB;
import praxis.bayes.CategoricalNB;
import praxis.bayes.ComplementNB;
import praxis.bayes.GaussianNB;
import praxis.bayes.MultinomialNB;
import praxis.discriminant.LinearDiscriminantAnalysis;
import praxis.discriminant.QuadraticDiscriminantAnalysis;
import praxis.calibration.CalibratedClassifier;
import praxis.calibration.IsotonicRegression;
import praxis.dummy.DummyClassifier;
import praxis.dummy.DummyRegressor;
import praxis.linear.ElasticNet;
import praxis.linear.ElasticNetCV;
import praxis.linear.HuberRegressor;
import praxis.linear.Lasso;
import praxis.linear.LassoCV;
import praxis.linear.LinearRegression;
import praxis.linear.LogisticRegression;
import praxis.linear.SGDClassifier;
import praxis.linear.SGDRegressor;
import praxis.linear.Ridge;
import praxis.neighbors.KNeighborsClassifier;
import praxis.neighbors.KNeighborsRegressor;
import praxis.neighbors.RadiusNeighborsClassifier;
import praxis.neighbors.RadiusNeighborsRegressor;
import praxis.semisupervised.LabelPropagation;
import praxis.semisupervised.LabelSpreading;
import praxis.semisupervised.SelfTrainingClassifier;
import praxis.svm.LinearSVC;
import praxis.svm.LinearSVR;
import praxis.svm.NuSVC;
import praxis.svm.NuSVR;
import praxis.svm.OneClassSVM;
import praxis.svm.SVC;
import praxis.svm.SVR;

/**
 * Registers the praxis-classic estimators with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> knn = Estimators.create("knn_classifier", Map.of("k", "3"));
 * }</pre>
 */
public final class ClassicEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(
        new EstimatorInfo("dummy_classifier", "baseline: most frequent class / priors / random, ignores features",
            Task.CLASSIFICATION, false, DummyClassifier::new),
        new EstimatorInfo("dummy_regressor", "baseline: mean / median / quantile / constant, ignores features",
            Task.REGRESSION, false, DummyRegressor::new),
        new EstimatorInfo("linear_regression", "ordinary least squares (pivoted QR)", Task.REGRESSION, false,
            LinearRegression::new),
        new EstimatorInfo("logistic_regression", "logistic regression, binary/multinomial, L2/L1/elastic-net",
            Task.CLASSIFICATION, true, LogisticRegression::new),
        new EstimatorInfo("sgd_classifier", "linear classifier (hinge/log/modified Huber/...) by stochastic gradient "
            + "descent, one-vs-rest", Task.CLASSIFICATION, true, SGDClassifier::new),
        new EstimatorInfo("sgd_regressor", "linear regressor (squared/Huber/epsilon-insensitive) by stochastic "
            + "gradient descent", Task.REGRESSION, true, SGDRegressor::new),
        new EstimatorInfo("ridge", "least squares with an L2 penalty (Cholesky or SVD closed form)", Task.REGRESSION,
            true, Ridge::new),
        new EstimatorInfo("huber_regressor", "linear regression robust to outliers (Huber loss, joint scale, L-BFGS)",
            Task.REGRESSION, true, HuberRegressor::new),
        new EstimatorInfo("lasso", "least squares with an L1 penalty (coordinate descent)", Task.REGRESSION, true,
            Lasso::new),
        new EstimatorInfo("elastic_net", "least squares with L1 + L2 penalties (coordinate descent)",
            Task.REGRESSION, true, ElasticNet::new),
        new EstimatorInfo("lasso_cv", "lasso with alpha chosen by k-fold cross-validation", Task.REGRESSION, true,
            LassoCV::new),
        new EstimatorInfo("elastic_net_cv", "elastic net with alpha and l1Ratio chosen by k-fold cross-validation",
            Task.REGRESSION, true, ElasticNetCV::new),
        new EstimatorInfo("gaussian_nb", "Gaussian naive Bayes", Task.CLASSIFICATION, false, GaussianNB::new),
        new EstimatorInfo("multinomial_nb", "multinomial naive Bayes for non-negative counts", Task.CLASSIFICATION,
            false, MultinomialNB::new),
        new EstimatorInfo("complement_nb", "complement naive Bayes for non-negative counts (imbalanced text)",
            Task.CLASSIFICATION, false, ComplementNB::new),
        new EstimatorInfo("bernoulli_nb", "Bernoulli naive Bayes for binary (binarized) features",
            Task.CLASSIFICATION, false, BernoulliNB::new),
        new EstimatorInfo("categorical_nb", "categorical naive Bayes for categorical columns / integer codes",
            Task.CLASSIFICATION, false, CategoricalNB::new, ClassicEstimators::allCategorical),
        new EstimatorInfo("lda", "linear discriminant analysis (SVD or eigen solver, shrinkage), also a projection",
            Task.CLASSIFICATION, false, LinearDiscriminantAnalysis::new),
        new EstimatorInfo("qda", "quadratic discriminant analysis, per-class covariance, regParam",
            Task.CLASSIFICATION, false, QuadraticDiscriminantAnalysis::new),
        new EstimatorInfo("knn_classifier", "k-nearest-neighbours vote (brute force)", Task.CLASSIFICATION, true,
            KNeighborsClassifier::new),
        new EstimatorInfo("knn_regressor", "k-nearest-neighbours average (brute force)", Task.REGRESSION, true,
            KNeighborsRegressor::new),
        new EstimatorInfo("isotonic_regression", "monotone step-function regression on one feature (PAV)",
            Task.REGRESSION, false, IsotonicRegression::new, schema -> schema.size() == 1),
        new EstimatorInfo("calibrated_classifier", "probability calibration (sigmoid / isotonic, k-fold) of a "
            + "registered classifier named by base=", Task.CLASSIFICATION, false, CalibratedClassifier::new),
        new EstimatorInfo("label_propagation", "semi-supervised graph label propagation (rows labeled '-1' are "
            + "unlabeled)", Task.CLASSIFICATION, true, LabelPropagation::new, ClassicEstimators::semiSupervisedOnly),
        new EstimatorInfo("label_spreading", "semi-supervised graph label spreading (rows labeled '-1' are "
            + "unlabeled)", Task.CLASSIFICATION, true, LabelSpreading::new, ClassicEstimators::semiSupervisedOnly),
        new EstimatorInfo("self_training", "semi-supervised self-training of a registered probabilistic classifier "
            + "named by base= (rows labeled '-1' are unlabeled)", Task.CLASSIFICATION, false,
            SelfTrainingClassifier::new, ClassicEstimators::semiSupervisedOnly),
        new EstimatorInfo("svc", "C-support vector classification (LIBSVM-style SMO, one-vs-one)",
            Task.CLASSIFICATION, true, SVC::new),
        new EstimatorInfo("svr", "epsilon-support vector regression (LIBSVM-style SMO)", Task.REGRESSION, true,
            SVR::new),
        new EstimatorInfo("nu_svc", "nu-support vector classification (LIBSVM-style SMO, one-vs-one)",
            Task.CLASSIFICATION, true, NuSVC::new),
        new EstimatorInfo("nu_svr", "nu-support vector regression (LIBSVM-style SMO)", Task.REGRESSION, true,
            NuSVR::new),
        new EstimatorInfo("one_class_svm", "one-class SVM novelty detection: predict +1 inlier / -1 outlier (target "
            + "ignored)", Task.OUTLIER_DETECTION, true, OneClassSVM::new, ClassicEstimators::outlierDetectorOnly),
        new EstimatorInfo("linear_svc", "linear SVM classifier, hinge / squared hinge, one-vs-rest (LIBLINEAR-style "
            + "dual coordinate descent)", Task.CLASSIFICATION, true, LinearSVC::new),
        new EstimatorInfo("linear_svr", "linear SVM regressor, epsilon-insensitive loss (LIBLINEAR-style dual "
            + "coordinate descent)", Task.REGRESSION, true, LinearSVR::new),
        new EstimatorInfo("radius_neighbors_classifier", "vote of all training rows within a radius",
            Task.CLASSIFICATION, true, RadiusNeighborsClassifier::new, ClassicEstimators::needsDataSpecificRadius),
        new EstimatorInfo("radius_neighbors_regressor", "average of all training rows within a radius",
            Task.REGRESSION, true, RadiusNeighborsRegressor::new, ClassicEstimators::needsDataSpecificRadius));
  }

  /**
   * Semi-supervised learners are trained on purpose (a target with unlabeled rows); {@code compare}, which
   * ranks models on fully labeled data, leaves them out (and a dense graph over many rows would not fit).
   */
  static boolean semiSupervisedOnly(praxis.data.Schema schema) {
    return false;
  }

  /**
   * Radius neighbours have no sensible default radius (rows with no neighbour inside it are an error unless an
   * outlier policy is set), so {@code compare} leaves them out; use {@code cv}/{@code train} with a radius.
   */
  static boolean needsDataSpecificRadius(praxis.data.Schema schema) {
    return false;
  }

  /**
   * Outlier detectors (one-class SVM) neither classify nor regress; {@code compare}, which ranks models by a
   * supervised score, leaves them out.
   */
  static boolean outlierDetectorOnly(praxis.data.Schema schema) {
    return false;
  }

  /** Whether every column is categorical or boolean (what categorical naive Bayes models). */
  static boolean allCategorical(praxis.data.Schema schema) {
    for (praxis.data.Field f : schema.fields()) {
      if (f.type() != praxis.data.ColumnType.CATEGORICAL && f.type() != praxis.data.ColumnType.BOOLEAN) {
        return false;
      }
    }
    return schema.size() > 0;
  }
}

package praxis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.api.OutlierDetector;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.decomposition.IncrementalPCA;
import praxis.decomposition.KernelPCA;
import praxis.decomposition.NMF;
import praxis.decomposition.NMFModel;
import praxis.decomposition.PCA;
import praxis.decomposition.PCAModel;
import praxis.decomposition.TruncatedSVD;
import praxis.hmm.GaussianHMM;
import praxis.hmm.GaussianHMMModel;
import praxis.io.Datasets;
import praxis.manifold.TSNE;
import praxis.manifold.TSNEModel;
import praxis.manifold.Trustworthiness;
import praxis.manifold.UMAP;
import praxis.manifold.UMAPModel;
import praxis.metrics.ClusteringMetrics;
import praxis.metrics.Curves;
import praxis.mixture.GaussianMixture;
import praxis.mixture.GaussianMixtureModel;
import praxis.outlier.EllipticEnvelope;
import praxis.outlier.IsolationForest;
import praxis.outlier.LocalOutlierFactor;
import praxis.preprocess.StandardScaler;
import praxis.rules.Apriori;
import praxis.rules.AssociationRule;
import praxis.rules.AssociationRules;
import praxis.rules.FPGrowth;
import praxis.rules.FrequentItemsets;
import praxis.rules.Transactions;
import praxis.svm.OneClassSVM;
import praxis.testkit.Fixtures;
import praxis.text.CountVectorizer;
import praxis.text.CountVectorizerModel;
import praxis.text.StopWords;
import praxis.topic.LatentDirichletAllocation;
import praxis.topic.LatentDirichletAllocationModel;

/**
 * The code of docs/unsupervised.md, run on bundled data sets. Each snippet is copied (essentially verbatim) from
 * the guide; the assertions check what the guide says about the result (bounds are the observed values minus a
 * margin).
 */
class GuideExamplesTest {
  private static final Datasets.XY IRIS = Datasets.xy("iris");

  private static Frame standardized(Frame x) {
    return new StandardScaler().fit(x, Target.none(x.rowCount())).transform(x);
  }

  @Test
  void kMeansAndTheNumberOfClusters() {
    Frame x = standardized(IRIS.x());
    KMeansModel km = new KMeans(KMeans.Params.DEFAULTS.withNClusters(3).withSeed(0)).fit(x, Target.none(150));
    int[] labels = km.predict(x);
    double[][] centers = km.centers();
    double inertia = km.inertia();
    Frame distances = km.transform(x);                       // distance to every center

    ClusterCount.Curve elbow = ClusterCount.elbow(x, 1, 8, KMeans.Params.DEFAULTS);
    ClusterCount.Curve silhouette = ClusterCount.silhouette(x, 2, 8, KMeans.Params.DEFAULTS);
    int kElbow = elbow.bestK();                              // knee of the inertia curve
    int kSilhouette = silhouette.bestK();                    // largest mean silhouette

    double ari = ClusteringMetrics.adjustedRand(IRIS.y().codes(), labels);
    System.out.printf("iris k-means: inertia %.2f, ARI %.4f, elbow k %d, silhouette k %d %s%n", inertia, ari,
        kElbow, kSilhouette, Arrays.toString(silhouette.scores()));
    assertEquals(3, centers.length);
    assertEquals(3, distances.columnCount());
    assertTrue(ari > 0.6, "ARI " + ari);
    assertTrue(kElbow >= 2 && kElbow <= 4, "elbow " + kElbow);
    assertEquals(2, kSilhouette);

    KMeansModel mb = new MiniBatchKMeans(MiniBatchKMeans.Params.DEFAULTS.withNClusters(3).withBatchSize(64)
        .withSeed(0)).fit(x, Target.none(150));
    double mbAri = ClusteringMetrics.adjustedRand(IRIS.y().codes(), mb.predict(x));
    assertTrue(mbAri > 0.55, "mini-batch ARI " + mbAri);
  }

  @Test
  void dbscanAndAgglomerative() {
    Frame x = standardized(IRIS.x());
    DBSCANModel db = new DBSCAN(DBSCAN.Params.DEFAULTS.withEps(0.8).withMinSamples(5)).fit(x, Target.none(150));
    int[] labels = db.labels();                      // -1 = noise
    int clusters = db.clusterCount();
    long noise = Arrays.stream(labels).filter(l -> l == -1).count();

    AgglomerativeModel ward = new AgglomerativeClustering(AgglomerativeClustering.Params.DEFAULTS
        .withNClusters(3).withLinkage(AgglomerativeClustering.Linkage.WARD)).fit(x, Target.none(150));
    double[][] merges = ward.merges();               // SciPy linkage matrix: {a, b, distance, size}
    int[] two = ward.cut(2);                         // the same tree cut at another level
    int[] three = ward.labels();

    double ari = ClusteringMetrics.adjustedRand(IRIS.y().codes(), three);
    System.out.printf("iris DBSCAN: %d clusters, %d noise rows; Ward ARI %.4f%n", clusters, noise, ari);
    assertTrue(clusters >= 2 && noise > 0 && noise < 30, clusters + " clusters, " + noise + " noise");
    assertEquals(149, merges.length);
    assertEquals(150, merges[148][3], 0);
    assertTrue(merges[148][2] >= merges[0][2]);
    assertEquals(2, Arrays.stream(two).distinct().count());
    assertTrue(ari > 0.55, "ARI " + ari);
  }

  @Test
  void gaussianMixtureBicAndSampling() {
    Frame x = standardized(IRIS.x());
    double bestBic = Double.POSITIVE_INFINITY;
    int bestK = 0;
    for (int k = 1; k <= 6; k++) {
      GaussianMixtureModel g = new GaussianMixture(GaussianMixture.Params.DEFAULTS.withNComponents(k).withSeed(0))
          .fit(x, Target.none(150));
      if (g.bic(x) < bestBic) {
        bestBic = g.bic(x);
        bestK = k;
      }
    }
    GaussianMixtureModel g = GaussianMixture.of(bestK).fit(x, Target.none(150));
    double[][] resp = g.predictProba(x);              // responsibilities
    double[] logDensity = g.scoreSamples(x);
    GaussianMixtureModel.Sample s = g.sample(500, 1L); // new rows and their components

    System.out.printf("iris GMM: BIC picks k = %d (BIC %.2f, AIC %.2f)%n", bestK, bestBic, g.aic(x));
    assertTrue(bestK >= 2 && bestK <= 3, "k " + bestK);
    assertEquals(1.0, Arrays.stream(resp[0]).sum(), 1e-9);
    assertEquals(150, logDensity.length);
    assertEquals(500, s.x().length);
    assertEquals(4, s.x()[0].length);
    assertTrue(g.aic(x) < g.bic(x));
  }

  @Test
  void decompositions() {
    Frame digits = Datasets.xy("digits").x();                 // 1797 x 64, pixel counts 0..16
    PCAModel pca = new PCA(PCA.Params.DEFAULTS.withVarianceToKeep(0.9)).fit(digits, Target.none(1797));
    int kept = pca.componentCount();                         // components for 90 % of the variance
    Frame scores = pca.transform(digits);
    Frame back = pca.inverseTransform(scores);

    PCAModel ipca = new IncrementalPCA(IncrementalPCA.Params.DEFAULTS.withNComponents(10).withBatchSize(200))
        .fit(digits, Target.none(1797));
    PCAModel svd = new TruncatedSVD(TruncatedSVD.Params.DEFAULTS.withNComponents(10)).fit(digits,
        Target.none(1797));
    NMFModel nmf = new NMF(NMF.Params.DEFAULTS.withNComponents(10).withMaxIter(100)).fit(digits, Target.none(1797));
    double[][] parts = nmf.components();                     // 10 non-negative "strokes" of 64 pixels

    Frame iris = standardized(IRIS.x());
    var kpca = new KernelPCA(KernelPCA.Params.DEFAULTS.withKernel(KernelPCA.Kernel.RBF).withGamma(0.5)
        .withNComponents(2)).fit(iris, Target.none(150));
    Frame z = kpca.transform(iris);

    double[] r = pca.explainedVarianceRatio();
    double[] ri = ipca.explainedVarianceRatio();
    System.out.printf("digits PCA: %d components for 90%%; first ratios %.4f %.4f (incremental %.4f %.4f); "
        + "NMF error %.2f%n", kept, r[0], r[1], ri[0], ri[1], nmf.reconstructionError());
    assertTrue(kept > 15 && kept < 30, "kept " + kept);
    assertTrue(Arrays.stream(r).sum() >= 0.9);
    assertEquals(64, back.columnCount());
    assertEquals(r[0], ri[0], 0.01);
    assertEquals(10, svd.componentCount());
    assertEquals(10, parts.length);
    assertTrue(Arrays.stream(parts).flatMapToDouble(Arrays::stream).allMatch(v -> v >= 0));
    assertEquals(2, z.columnCount());
  }

  @Test
  void tsneAndTrustworthiness() {
    Frame x = Datasets.xy("digits").x().rowRange(0, 400);
    TSNEModel tsne = new TSNE(TSNE.Params.DEFAULTS.withPerplexity(30).withNIter(500).withSeed(0).withNThreads(2))
        .fit(x, Target.none(400));
    double[][] xy = tsne.embedding();                           // the training rows only
    Frame pca2 = new PCA(PCA.Params.DEFAULTS.withNComponents(2)).fit(x, Target.none(400)).transform(x);
    double tTsne = Trustworthiness.of(x, tsne.transform(x), 5);  // 1 = neighbourhoods kept
    double tPca = Trustworthiness.of(x, pca2, 5);

    System.out.printf("digits[0..400) trustworthiness (k = 5): t-SNE %.4f, PCA %.4f; KL %.4f%n", tTsne, tPca,
        tsne.klDivergence());
    assertEquals(400, xy.length);
    assertTrue(tTsne > 0.95, "t-SNE " + tTsne);
    assertTrue(tTsne > tPca + 0.05, tTsne + " vs " + tPca);
  }

  @Test
  void umapEmbedsNewRows() {
    Frame all = Datasets.xy("digits").x();
    Frame x = all.rowRange(0, 400);
    Frame fresh = all.rowRange(400, 500);
    UMAPModel umap = new UMAP(UMAP.Params.DEFAULTS.withNNeighbors(15).withMinDist(0.1).withSeed(0)
        .withNThreads(2)).fit(x, Target.none(400));
    double tUmap = Trustworthiness.of(x, umap.transform(x), 5);  // training rows get their own coordinates
    Frame placed = umap.transform(fresh);                         // new rows: placed among their neighbours

    System.out.printf("digits[0..400) UMAP trustworthiness (k = 5) %.4f; a %.4f b %.4f%n", tUmap, umap.a(),
        umap.b());
    assertTrue(tUmap > 0.95, "UMAP " + tUmap);
    assertEquals(100, placed.rowCount());
    assertEquals(2, placed.columnCount());
  }

  @Test
  void outlierDetectors() {
    // benign breast_cancer rows plus the first 20 malignant rows as the anomalies to find
    Datasets.XY d = Datasets.xy("breast_cancer");
    int[] codes = d.y().codes();
    int malignant = d.y().classList().indexOf("malignant");
    List<Integer> keep = new ArrayList<>();
    int taken = 0;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] != malignant || taken++ < 20) {
        keep.add(i);
      }
    }
    int[] rows = keep.stream().mapToInt(Integer::intValue).toArray();
    Frame x = standardized(d.x().rows(rows));
    int[] isOutlier = Arrays.stream(rows).map(i -> codes[i] == malignant ? 1 : 0).toArray();
    int n = x.rowCount();

    List<OutlierDetector> detectors = List.of(
        new IsolationForest(IsolationForest.Params.DEFAULTS.withSeed(0)).fit(x, Target.none(n)),
        new LocalOutlierFactor(LocalOutlierFactor.Params.DEFAULTS.withNNeighbors(20)).fit(x, Target.none(n)),
        new EllipticEnvelope(EllipticEnvelope.Params.DEFAULTS.withContamination(0.05)).fit(x, Target.none(n)),
        new OneClassSVM(OneClassSVM.Params.DEFAULTS.withNu(0.05)).fit(x, Target.none(n)));
    for (OutlierDetector det : detectors) {
      int[] flags = det.predict(x);                    // +1 inlier, -1 outlier
      double[] normality = det.scoreSamples(x);        // higher = more normal
      double auc = Curves.rocAuc(isOutlier, Arrays.stream(normality).map(v -> -v).toArray());
      long flagged = Arrays.stream(flags).filter(f -> f == -1).count();
      System.out.printf("%s: %d flagged, ROC-AUC %.4f%n", det.getClass().getSimpleName(), flagged, auc);
      assertTrue(auc > 0.85, det.getClass().getSimpleName() + " AUC " + auc);
    }
  }

  @Test
  void topics() {
    Frame docs = Fixtures.debianDescriptions().select("text").rowRange(0, 600);
    CountVectorizerModel counts = new CountVectorizer(CountVectorizer.Params.DEFAULTS
        .withStopWords(StopWords.ENGLISH).withMinDf(5).withMaxDf(0.5)).fit(docs, Target.none(600));
    Frame x = counts.transform(docs);                          // sparse term counts
    LatentDirichletAllocationModel lda = new LatentDirichletAllocation(LatentDirichletAllocation.Params.DEFAULTS
        .withNComponents(8).withMaxIter(5).withSeed(0)).fit(x, Target.none(600));
    List<List<String>> top = lda.topWords(8);                  // per topic, most probable words first
    double[][] theta = lda.documentTopics(x);                  // per document, topic proportions
    double perplexity = lda.perplexity(x);

    System.out.printf("LDA: %d terms, perplexity %.1f, topic 0: %s%n", x.columnCount(), perplexity, top.get(0));
    assertEquals(8, top.size());
    assertEquals(8, top.get(0).size());
    assertEquals(1.0, Arrays.stream(theta[0]).sum(), 1e-9);
    assertTrue(perplexity > 1 && perplexity < x.columnCount(), "perplexity " + perplexity);
  }

  @Test
  void associationRules() {
    Transactions t = Transactions.readLines(new StringReader("""
        bread,milk
        bread,butter,beer,chips
        milk,butter
        bread,milk,butter
        bread,milk,butter,beer,chips
        """), ",", false, "baskets.txt");
    FrequentItemsets itemsets = new FPGrowth(0.4, 0).mine(t);      // or new Apriori(0.4, 0): same itemsets
    List<AssociationRule> rules = AssociationRules.generate(itemsets, 0.5);
    AssociationRule best = rules.stream().max((a, b) -> Double.compare(a.lift(), b.lift())).orElseThrow();

    System.out.println(best);
    assertEquals(new Apriori(0.4, 0).mine(t).size(), itemsets.size());
    assertEquals(5, t.size());
    assertEquals(2.5, best.lift(), 1e-12);
    assertEquals(1.0, best.confidence(), 1e-12);
    assertTrue(best.antecedent().contains("beer") || best.antecedent().contains("chips"), best.toString());
  }

  @Test
  void hiddenMarkovModels() {
    GaussianHMMModel truth = GaussianHMMModel.of(new double[] {0.5, 0.5},
        new double[][] {{0.95, 0.05}, {0.1, 0.9}}, new double[][] {{0.0, 0.0}, {4.0, -3.0}},
        new double[][][] {{{1.0, 0.5}, {0.5, 1.0}}, {{0.5, 0.0}, {0.0, 2.0}}});
    List<double[][]> seqs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      seqs.add(truth.sample(400, i).observations());
    }
    GaussianHMMModel hmm = new GaussianHMM(GaussianHMM.Params.DEFAULTS.withNStates(2).withSeed(0)).fit(seqs);
    GaussianHMMModel.Sample test = truth.sample(1000, 99L);
    int[] path = hmm.viterbi(test.observations()).states();        // most likely state sequence
    double[][] posteriors = hmm.posteriors(test.observations());   // P(state | all observations)
    double logLik = hmm.logLikelihood(test.observations());

    int agree = 0;
    for (int i = 0; i < path.length; i++) {
      agree += path[i] == test.states()[i] ? 1 : 0;
    }
    double acc = Math.max(agree, path.length - agree) / (double) path.length; // states are unlabelled
    System.out.printf("Gaussian HMM: Viterbi agrees with the true states on %.4f of 1000 steps; log-lik %.1f%n",
        acc, logLik);
    assertTrue(acc > 0.97, "accuracy " + acc);
    assertEquals(1.0, posteriors[0][0] + posteriors[0][1], 1e-9);
    assertArrayEquals(new double[] {1, 1}, new double[] {Arrays.stream(hmm.transitionMatrix()[0]).sum(),
        Arrays.stream(hmm.transitionMatrix()[1]).sum()}, 1e-9);
  }
}

#!/usr/bin/python3
"""Reference values for praxis.metrics (praxis-core tests).

Run with scikit-learn 1.2.1 / NumPy / SciPy (Debian python3-sklearn, python3-scipy):
    /usr/bin/python3 make_metrics_reference.py
Writes metrics_reference.json next to this script. Every case holds its inputs ("args") and the expected
result ("expected"); MetricsReferenceTest replays them against praxis.metrics.

Origins: scikit-learn 1.2.1 functions where scikit-learn has the metric; otherwise small independent
implementations below (specificity from multilabel_confusion_matrix, gain/lift, ranking-by-list metrics,
adjusted R^2). Silhouette uses exact Euclidean distances (scipy cdist, metric='precomputed') because
scikit-learn's default euclidean_distances uses the x^2 - 2xy + y^2 expansion; Davies-Bouldin is computed
directly with exact distances and cross-checked against scikit-learn to 1e-9.
Undefined results (e.g. Cohen's kappa when both raters use one class) are written as the bare token NaN
(Python's json default); the Java test reads them with Jackson's ALLOW_NON_NUMERIC_NUMBERS.
Inputs are fixed literals or drawn from numpy.random.RandomState(20240601), so reruns give the same file.
"""
import json
import math
import os

import numpy as np
import scipy
import sklearn
from scipy.spatial.distance import cdist
from sklearn import metrics as M
from sklearn.calibration import calibration_curve

assert sklearn.__version__ == "1.2.1", sklearn.__version__

cases = []


def add(fn, args, expected, note=""):
    cases.append({"fn": fn, "note": note, "args": args, "expected": expected})


def fl(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def il(a):
    return [int(v) for v in np.asarray(a).ravel()]


# ---------------------------------------------------------------- classification
rng = np.random.RandomState(20240601)
cls_sets = []
# imbalanced 4-class, class 3 never predicted
yt = np.array([0] * 14 + [1] * 9 + [2] * 5 + [3] * 2)
yp = yt.copy()
flip = rng.choice(len(yt), 11, replace=False)
yp[flip] = rng.randint(0, 3, size=11)
cls_sets.append(("imbalanced4", yt, yp, 4))
# 5 classes declared, class 4 absent everywhere, class 3 only predicted
cls_sets.append(("absent_classes", np.array([0, 1, 2, 2, 1, 0, 0, 2, 1, 1]),
                 np.array([0, 3, 2, 1, 1, 0, 3, 2, 1, 0]), 5))
# binary
ytb = rng.randint(0, 2, size=25)
ypb = ytb.copy()
ypb[rng.choice(25, 7, replace=False)] ^= 1
cls_sets.append(("binary", ytb, ypb, 2))
cls_sets.append(("perfect3", np.array([0, 1, 2, 2, 1, 0, 2]), np.array([0, 1, 2, 2, 1, 0, 2]), 3))
cls_sets.append(("worst_binary", np.array([0, 1, 1, 0, 1, 0, 0]), np.array([1, 0, 0, 1, 0, 1, 1]), 2))
cls_sets.append(("one_class_true", np.array([0, 0, 0, 0, 0, 0]), np.array([0, 1, 0, 1, 1, 0]), 2))
cls_sets.append(("one_class_both", np.array([1, 1, 1, 1]), np.array([1, 1, 1, 1]), 2))
cls_sets.append(("all_pred_one", np.array([0, 1, 2, 1, 0, 2, 2]), np.array([2, 2, 2, 2, 2, 2, 2]), 3))
big_t = rng.randint(0, 6, size=300)
big_p = np.where(rng.rand(300) < 0.6, big_t, rng.randint(0, 6, size=300))
cls_sets.append(("random6", big_t, big_p, 6))

for name, yt, yp, k in cls_sets:
    labels = list(range(k))
    a = {"yTrue": il(yt), "yPred": il(yp), "nClasses": k}
    with np.errstate(all="ignore"):
        import warnings
        warnings.simplefilter("ignore")
        add("accuracy", a, M.accuracy_score(yt, yp), name)
        add("balancedAccuracy", a, float(M.balanced_accuracy_score(yt, yp)), name)
        add("balancedAccuracyAdjusted", a, float(M.balanced_accuracy_score(yt, yp, adjusted=True)), name)
        add("confusionMatrix", a, [il(r) for r in M.confusion_matrix(yt, yp, labels=labels)], name)
        mcm = M.multilabel_confusion_matrix(yt, yp, labels=labels)  # [k][[tn, fp], [fn, tp]]
        add("typeCounts", a, {"tp": il(mcm[:, 1, 1]), "fp": il(mcm[:, 0, 1]), "fn": il(mcm[:, 1, 0]),
                              "tn": il(mcm[:, 0, 0])}, name)
        avgs = ["micro", "macro", "weighted"] + (["binary"] if k == 2 else [])
        for avg in avgs:
            add("precision", dict(a, average=avg),
                float(M.precision_score(yt, yp, labels=labels, average=avg, zero_division=0)), name)
            add("recall", dict(a, average=avg),
                float(M.recall_score(yt, yp, labels=labels, average=avg, zero_division=0)), name)
            add("f1", dict(a, average=avg),
                float(M.f1_score(yt, yp, labels=labels, average=avg, zero_division=0)), name)
            for beta in (0.5, 2.0):
                add("fBeta", dict(a, average=avg, beta=beta),
                    float(M.fbeta_score(yt, yp, beta=beta, labels=labels, average=avg, zero_division=0)), name)
            # specificity TN / (TN + FP), independent of praxis: from scikit-learn's per-class counts
            tn = mcm[:, 0, 0].astype(float)
            fp = mcm[:, 0, 1].astype(float)
            per = np.where(tn + fp > 0, tn / np.where(tn + fp > 0, tn + fp, 1), 0.0)
            if avg == "micro":
                spec = tn.sum() / (tn.sum() + fp.sum()) if tn.sum() + fp.sum() > 0 else 0.0
            elif avg == "macro":
                spec = per.mean()
            elif avg == "weighted":
                sup = mcm[:, 1, 0] + mcm[:, 1, 1]
                spec = (per * sup).sum() / sup.sum()
            else:
                spec = per[1]
            add("specificity", dict(a, average=avg), float(spec), name)
        add("matthews", a, float(M.matthews_corrcoef(yt, yp)), name)
        add("cohenKappa", a, float(M.cohen_kappa_score(yt, yp)), name)
        for w in ("linear", "quadratic"):
            add("cohenKappaWeighted", dict(a, weights=w),
                float(M.cohen_kappa_score(yt, yp, labels=labels, weights=w)), name)

# log loss
def logloss_case(name, yt, proba):
    k = proba.shape[1]
    add("logLoss", {"yTrue": il(yt), "proba": [fl(r) for r in proba]},
        float(M.log_loss(yt, proba, labels=list(range(k)))), name)

p3 = rng.dirichlet([1.0, 1.0, 1.0], size=40)
logloss_case("dirichlet3", rng.randint(0, 3, size=40), p3)
logloss_case("with_zeros_and_ones", np.array([0, 1, 2, 1]),
             np.array([[1.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.2, 0.3, 0.5], [0.0, 1.0, 0.0]]))
logloss_case("unnormalized_rows", np.array([0, 1, 1]), np.array([[0.6, 0.6], [0.1, 0.3], [2.0, 2.0]]))
logloss_case("binary_one_class_present", np.array([1, 1, 1]), np.array([[0.1, 0.9], [0.4, 0.6], [0.5, 0.5]]))

# ---------------------------------------------------------------- curves
curve_sets = []
curve_sets.append(("ties", np.array([0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1]),
                   np.array([0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.9, 0.1, 0.35, 0.6, 0.6, 0.2])))
curve_sets.append(("sklearn_doc", np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8])))
curve_sets.append(("all_equal", np.array([0, 1, 1, 0, 1]), np.array([0.5, 0.5, 0.5, 0.5, 0.5])))
curve_sets.append(("perfect", np.array([0, 0, 1, 1, 1]), np.array([0.1, 0.2, 0.7, 0.8, 0.9])))
curve_sets.append(("worst", np.array([1, 1, 0, 0, 0]), np.array([0.1, 0.2, 0.7, 0.8, 0.9])))
rs = np.round(rng.rand(200), 2)  # many ties
ry = (rng.rand(200) < 0.3 + 0.5 * rs).astype(int)
curve_sets.append(("random_rounded", ry, rs))
curve_sets.append(("negative_scores", np.array([1, 0, 1, 0, 0, 1]), np.array([-3.0, -1.5, 2.5, 0.0, -0.0, 7.0])))

import warnings
warnings.simplefilter("ignore")
for name, y, s in curve_sets:
    a = {"yTrue": il(y), "score": fl(s)}
    for drop in (True, False):
        fpr, tpr, thr = M.roc_curve(y, s, drop_intermediate=drop)
        add("roc", dict(a, dropIntermediate=drop), {"fpr": fl(fpr), "tpr": fl(tpr), "thresholds": fl(thr)}, name)
    add("rocAuc", a, float(M.roc_auc_score(y, s)), name)
    pr, rc, th = M.precision_recall_curve(y, s)
    add("precisionRecall", a, {"precision": fl(pr), "recall": fl(rc), "thresholds": fl(th)}, name)
    add("averagePrecision", a, float(M.average_precision_score(y, s)), name)

# one class present: roc gives NaN rates, AP defined, AUC rejected
for name, y, s in [("only_negatives", np.array([0, 0, 0, 0]), np.array([0.2, 0.5, 0.5, 0.9])),
                   ("only_positives", np.array([1, 1, 1]), np.array([0.3, 0.1, 0.3]))]:
    a = {"yTrue": il(y), "score": fl(s)}
    fpr, tpr, thr = M.roc_curve(y, s)
    add("roc", dict(a, dropIntermediate=True), {"fpr": fl(fpr), "tpr": fl(tpr), "thresholds": fl(thr)}, name)
    pr, rc, th = M.precision_recall_curve(y, s)
    add("precisionRecall", a, {"precision": fl(pr), "recall": fl(rc), "thresholds": fl(th)}, name)
    add("averagePrecision", a, float(M.average_precision_score(y, s)), name)
    try:
        M.roc_auc_score(y, s)
        raise AssertionError("expected ValueError")
    except ValueError:
        add("rocAucRejected", a, None, name)

# multiclass OvR AUC
for name, k, n in [("ovr3", 3, 60), ("ovr5", 5, 120)]:
    yk = np.concatenate([np.arange(k), rng.randint(0, k, size=n - k)])
    logits = rng.randn(n, k) + 1.5 * np.eye(k)[yk]
    logits = np.round(logits, 1)  # ties
    pk = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    add("rocAucOvr", {"yTrue": il(yk), "proba": [fl(r) for r in pk]},
        float(M.roc_auc_score(yk, pk, multi_class="ovr", average="macro")), name)

# calibration (uniform bins); edge values land in the lower bin
cal_p = np.array([0.0, 0.1, 0.1, 0.2, 0.3, 0.3, 0.45, 0.5, 0.55, 0.6, 0.7, 0.7, 0.8, 0.9, 1.0, 1.0, 0.25, 0.05])
cal_y = np.array([0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0])
for nb in (3, 5, 10):
    pt, pp = calibration_curve(cal_y, cal_p, n_bins=nb, strategy="uniform")
    add("calibration", {"yTrue": il(cal_y), "prob": fl(cal_p), "nBins": nb}, {"probTrue": fl(pt), "probPred": fl(pp)},
        "edges")
cp = rng.rand(150)
cy = (rng.rand(150) < cp).astype(int)
pt, pp = calibration_curve(cy, cp, n_bins=8)
add("calibration", {"yTrue": il(cy), "prob": fl(cp), "nBins": 8}, {"probTrue": fl(pt), "probPred": fl(pp)}, "random")


# gain / lift: independent implementation (sort by decreasing score, group ties)
def gain_curve(y, s):
    order = np.argsort(-s, kind="mergesort")
    ys, ss = y[order], s[order]
    ends = [i for i in range(len(ss)) if i == len(ss) - 1 or ss[i + 1] != ss[i]]
    frac, gain, lift, thr = [], [], [], []
    P, N = y.sum(), len(y)
    for e in ends:
        tp = ys[: e + 1].sum()
        t = e + 1
        frac.append(t / N)
        gain.append(tp / P)
        lift.append((tp / t) / (P / N))
        thr.append(ss[e])
    return {"fraction": fl(frac), "gain": fl(gain), "lift": fl(lift), "thresholds": fl(thr)}


for name, y, s in curve_sets:
    if y.sum() > 0:
        add("gain", {"yTrue": il(y), "score": fl(s)}, gain_curve(y, s), name)

# ---------------------------------------------------------------- regression
reg_sets = []
reg_sets.append(("sklearn_doc", np.array([3, -0.5, 2, 7]), np.array([2.5, 0.0, 2, 8])))
rt = rng.randn(50) * 3 + 1
reg_sets.append(("random", rt, rt + rng.randn(50)))
reg_sets.append(("zeros_in_truth", np.array([0.0, 1.0, -2.0, 0.0, 4.0]), np.array([0.5, 1.0, -1.0, 0.0, 3.0])))
reg_sets.append(("perfect", np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.0])))
reg_sets.append(("constant_truth_perfect", np.array([2.0, 2.0, 2.0]), np.array([2.0, 2.0, 2.0])))
reg_sets.append(("constant_truth_imperfect", np.array([2.0, 2.0, 2.0]), np.array([2.0, 1.0, 3.0])))
reg_sets.append(("biased", np.array([1.0, 2.0, 3.0, 4.0]), np.array([2.0, 3.0, 4.0, 5.0])))
reg_sets.append(("single", np.array([1.5]), np.array([2.0])))
for name, yt, yp in reg_sets:
    a = {"yTrue": fl(yt), "yPred": fl(yp)}
    add("mae", a, float(M.mean_absolute_error(yt, yp)), name)
    add("mse", a, float(M.mean_squared_error(yt, yp)), name)
    add("rmse", a, float(M.mean_squared_error(yt, yp, squared=False)), name)
    r2 = float(M.r2_score(yt, yp))
    add("r2", a, r2, name)
    add("mape", a, float(M.mean_absolute_percentage_error(yt, yp)), name)
    add("explainedVariance", a, float(M.explained_variance_score(yt, yp)), name)
    n = len(yt)
    for p in (1, 2):
        if n - p - 1 > 0:
            add("adjustedR2", dict(a, nFeatures=p), 1 - (1 - r2) * (n - 1) / (n - p - 1), name)

# ---------------------------------------------------------------- clustering
centers = np.array([[0.0, 0.0], [4.0, 1.0], [1.0, 5.0]])
cx = np.vstack([centers[i] + rng.randn(12, 2) * (0.5 + 0.3 * i) for i in range(3)])
cl = np.repeat([0, 1, 2], 12)
cl2 = cl.copy()
cl2[[3, 17, 30]] = [1, 2, 0]
cl3 = cl.copy()
cl3[5] = 7  # singleton cluster
cl4 = np.where(cl == 2, -1, cl)  # noise label -1 is just another cluster
x5 = np.round(rng.rand(40, 3) * 4, 1)
l5 = rng.randint(0, 4, size=40)
clus_sets = [("blobs", cx, cl), ("blobs_mislabelled", cx, cl2), ("singleton", cx, cl3), ("noise_label", cx, cl4),
             ("uniform3d", x5, l5),
             ("duplicates", np.array([[0.0, 0.0], [0.0, 0.0], [1.0, 1.0], [1.0, 1.0], [1.0, 1.0]]),
              np.array([0, 0, 1, 1, 1]))]


def db_exact(X, labels):
    uniq = np.unique(labels)
    cents = np.array([X[labels == u].mean(axis=0) for u in uniq])
    intra = np.array([np.mean(np.sqrt(((X[labels == u] - cents[i]) ** 2).sum(axis=1))) for i, u in enumerate(uniq)])
    cd = cdist(cents, cents)
    if np.allclose(intra, 0) or np.allclose(cd, 0):
        return 0.0
    cd[cd == 0] = np.inf
    comb = intra[:, None] + intra
    return float(np.mean(np.max(comb / cd, axis=1)))


for name, X, lab in clus_sets:
    a = {"x": [fl(r) for r in X], "labels": il(lab)}
    D = cdist(X, X)
    add("silhouette", a, float(M.silhouette_score(D, lab, metric="precomputed")), name)
    db = db_exact(X, lab)
    assert abs(db - M.davies_bouldin_score(X, lab)) < 1e-9, name
    add("daviesBouldin", a, db, name)
    add("calinskiHarabasz", a, float(M.calinski_harabasz_score(X, lab)), name)

# invalid cluster counts are rejected
for name, X, lab in [("one_cluster", cx[:5], np.zeros(5, dtype=int)), ("all_singletons", cx[:4], np.arange(4))]:
    for fn, f in (("silhouette", M.silhouette_score), ("calinskiHarabasz", M.calinski_harabasz_score),
                  ("daviesBouldin", M.davies_bouldin_score)):
        try:
            f(X, lab)
            raise AssertionError("expected ValueError")
        except ValueError:
            add(fn + "Rejected", {"x": [fl(r) for r in X], "labels": il(lab)}, None, name)

pair_sets = [("identical", [0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 2, 2]),
             ("permuted", [0, 0, 1, 1, 2, 2], [5, 5, -1, -1, 3, 3]),
             ("sklearn_doc_half", [0, 0, 1, 1], [0, 0, 1, 2]),
             ("anti", [0, 0, 1, 1], [0, 1, 0, 1]),
             ("single_both", [3, 3, 3, 3], [1, 1, 1, 1]),
             ("single_true", [0, 0, 0, 0, 0], [0, 1, 2, 0, 1]),
             ("all_singletons", [0, 1, 2, 3, 4], [0, 0, 1, 1, 2]),
             ("random_small", il(rng.randint(0, 3, size=30)), il(rng.randint(0, 4, size=30))),
             ("random_large", il(rng.randint(0, 8, size=400)), il(rng.randint(0, 5, size=400))),
             ("blobs_vs_mislabelled", il(cl), il(cl2))]
for name, lt, lp in pair_sets:
    lt, lp = np.array(lt), np.array(lp)
    a = {"labelsTrue": il(lt), "labelsPred": il(lp)}
    add("adjustedRand", a, float(M.adjusted_rand_score(lt, lp)), name)
    add("mutualInfo", a, float(M.mutual_info_score(lt, lp)), name)
    add("normalizedMutualInfo", a, float(M.normalized_mutual_info_score(lt, lp)), name)
    add("adjustedMutualInfo", a, float(M.adjusted_mutual_info_score(lt, lp)), name)


# ---------------------------------------------------------------- ranking (list form: independent code)
def p_at_k(r, rel, k):
    return sum(1 for x in r[:k] if x in rel) / k


def r_at_k(r, rel, k):
    return 0.0 if not rel else sum(1 for x in r[:k] if x in rel) / len(rel)


def ap_at_k(r, rel, k):
    if not rel:
        return 0.0
    h, s = 0, 0.0
    for i, x in enumerate(r[:k]):
        if x in rel:
            h += 1
            s += h / (i + 1.0)
    return s / min(len(rel), k)


def rr(r, rel):
    for i, x in enumerate(r):
        if x in rel:
            return 1.0 / (i + 1)
    return 0.0


def ndcg_bin(r, rel, k):
    dcg = sum(1 / math.log2(i + 2) for i, x in enumerate(r[:k]) if x in rel)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(rel), k)))
    return 0.0 if ideal == 0 else dcg / ideal


queries = [([7, 3, 9, 1, 4], [3, 1]), ([1, 2, 3], [4]), ([5, 6, 7, 8, 9, 10], [10, 5, 8, 11]), ([2, 4], []),
           ([1, 2, 3, 4, 5, 6, 7, 8], [8])]
for qi, (r, rel) in enumerate(queries):
    for k in (1, 3, 5, 10):
        a = {"ranked": r, "relevant": rel, "k": k}
        add("precisionAtK", a, p_at_k(r, rel, k), "q%d" % qi)
        add("recallAtK", a, r_at_k(r, rel, k), "q%d" % qi)
        add("averagePrecisionAtK", a, ap_at_k(r, rel, k), "q%d" % qi)
        add("ndcgAtKBinary", a, ndcg_bin(r, rel, k), "q%d" % qi)
for k in (2, 5):
    add("meanAveragePrecision", {"ranked": [q[0] for q in queries], "relevant": [q[1] for q in queries], "k": k},
        float(np.mean([ap_at_k(r, rel, k) for r, rel in queries])), "all")
add("mrr", {"ranked": [q[0] for q in queries], "relevant": [q[1] for q in queries]},
    float(np.mean([rr(r, rel) for r, rel in queries])), "all")

# NDCG, graded relevance (scikit-learn ndcg_score: linear gain, log2 discount, tie averaging)
rel_m = np.array([[3, 2, 3, 0, 1, 2], [0, 0, 1, 0, 0, 2], [0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1]], dtype=float)
sc_m = np.array([[0.9, 0.8, 0.1, 0.5, 0.5, 0.2], [0.3, 0.3, 0.3, 0.1, 0.9, 0.3], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
                 [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]])
for k in (1, 2, 3, 6, 10):
    for q in range(rel_m.shape[0]):
        add("ndcgAtK", {"relevance": fl(rel_m[q]), "score": fl(sc_m[q]), "k": k},
            float(M.ndcg_score(rel_m[q:q + 1], sc_m[q:q + 1], k=k)), "q%d" % q)
    add("ndcgAtKMean", {"relevance": [fl(r) for r in rel_m], "score": [fl(r) for r in sc_m], "k": k},
        float(M.ndcg_score(rel_m, sc_m, k=k)), "all")
rg = rng.randint(0, 4, size=(5, 15)).astype(float)
sg = np.round(rng.rand(5, 15), 1)
add("ndcgAtKMean", {"relevance": [fl(r) for r in rg], "score": [fl(r) for r in sg], "k": 7},
    float(M.ndcg_score(rg, sg, k=7)), "random")

out = {"generator": "make_metrics_reference.py", "sklearn": sklearn.__version__, "numpy": np.__version__,
       "scipy": scipy.__version__, "cases": cases}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "metrics_reference.json"), "w") as f:
    json.dump(out, f, indent=None, separators=(",", ":"))
    f.write("\n")
print(len(cases), "cases")

#!/usr/bin/python3
"""Reference numbers for the praxis.svm tests, computed with scikit-learn 1.2.1 (Debian python3-sklearn, whose
SVC / SVR wrap LIBSVM 3.x).

Reads the CSV files the tests use (praxis-core/src/main/resources/praxis/datasets) and writes svm_reference.json
next to this script. The (standardized) matrices and targets of every case are written into the fixture, so
the tests use exactly the same numbers. Run from the repository root:
    /usr/bin/python3 praxis-classic/src/test/resources/reference/make_svm_reference.py
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC, SVR

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    labels = [r[-1] for r in body]
    return x, labels


def standardize(x):
    return (x - x.mean(axis=0)) / x.std(axis=0)


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


def svc_case(x, y, **kw):
    m = SVC(**kw).fit(x, y)
    return {"params": kw, "x": tolist(x), "y": list(y), "classes": list(m.classes_),
            "gamma": float(m._gamma), "support": m.support_.tolist(), "n_support": m.n_support_.tolist(),
            "dual_coef": tolist(m.dual_coef_), "intercept": tolist(m.intercept_),
            "decision_ovo": tolist(SVC(decision_function_shape="ovo", **kw).fit(x, y).decision_function(x)),
            "predict": list(m.predict(x))}


def svr_case(x, y, **kw):
    m = SVR(**kw).fit(x, y)
    return {"params": kw, "x": tolist(x), "y": tolist(y), "gamma": float(m._gamma), "support": m.support_.tolist(),
            "dual_coef": tolist(m.dual_coef_), "intercept": tolist(m.intercept_), "predict": tolist(m.predict(x))}


out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__,
       "note": "x of every case is already standardized (population std) where stated; tol 1e-3 (default)"}

x, labels = load("iris")
xs = standardize(x)
# 2-class subset: versicolor vs virginica (rows 50..149), standardized on the subset
x2 = standardize(x[50:])
y2 = labels[50:]
out["iris2_rbf"] = svc_case(x2, y2)
out["iris2_linear"] = svc_case(x2, y2, kernel="linear", C=0.5)
out["iris3_rbf"] = svc_case(xs, labels)
out["iris3_poly_weighted"] = svc_case(xs, labels, kernel="poly", gamma=0.5, degree=3, coef0=1.0, C=2.0,
                                      class_weight={"setosa": 1.0, "versicolor": 2.0, "virginica": 0.5})
out["iris3_sigmoid"] = svc_case(xs, labels, kernel="sigmoid", gamma="auto", coef0=0.0, C=1.0)

# Platt probabilities (LIBSVM's internal 5-fold CV; its fold permutation comes from LIBSVM's own generator
# seeded by random_state, so only approximate agreement is expected from another implementation)
for key, xx, yy in [("iris2_proba", x2, y2), ("iris3_proba", xs, labels)]:
    pm = SVC(probability=True, random_state=0).fit(xx, yy)
    out[key] = {"x": tolist(xx), "y": list(yy), "classes": list(pm.classes_), "proba": tolist(pm.predict_proba(xx)),
                "probA": tolist(pm.probA_), "probB": tolist(pm.probB_)}

# small linearly separable set: two Gaussian clouds, 2-D, separated along the first axis
rng = np.random.RandomState(0)
xa = rng.normal(size=(12, 2)) * 0.5 + np.array([2.0, 0.0])
xb = rng.normal(size=(12, 2)) * 0.5 + np.array([-2.0, 0.0])
xsep = np.round(np.vstack([xa, xb]), 4)
ysep = ["a"] * 12 + ["b"] * 12
out["separable_linear"] = svc_case(xsep, ysep, kernel="linear", C=100.0)

# diabetes subset for SVR: first 120 rows, standardized features; raw target and standardized target
xd, yd = load("diabetes")
xd = standardize(xd[:120])
yd = np.array([float(v) for v in yd[:120]])
out["diabetes_svr_raw"] = svr_case(xd, yd, C=100.0, epsilon=5.0)
out["diabetes_svr_std"] = svr_case(xd, (yd - yd.mean()) / yd.std())
out["diabetes_svr_linear"] = svr_case(xd, (yd - yd.mean()) / yd.std(), kernel="linear", C=0.5, epsilon=0.2)

# 5-fold stratified CV (shuffle, random_state 0) accuracy of StandardScaler + SVC() - the protocol of
# /work/shared/reference/sklearn_baselines.py; fold test indices recorded for the Java test.
cv = {}
for name in ["iris", "breast_cancer", "wine"]:
    x, labels = load(name)
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(x, labels))
    accs = []
    for tr, te in folds:
        pipe = Pipeline([("s", StandardScaler()), ("m", SVC())]).fit(x[tr], np.array(labels)[tr])
        accs.append(float(np.mean(pipe.predict(x[te]) == np.array(labels)[te])))
    cv[name] = {"test_folds": [te.tolist() for _, te in folds], "fold_accuracy": accs,
                "accuracy": float(np.mean(accs))}
out["cv_svc"] = cv

# copied from /work/shared/reference/sklearn_baselines.json (supervised.<name>.models.SVC.accuracy;
# produced by sklearn_baselines.py, scikit-learn 1.2.1, 2026-11-21)
out["shared_baseline_svc_accuracy"] = {"origin": "shared/reference/sklearn_baselines.json, SVC, 5-fold "
                                       "StratifiedKFold(shuffle, random_state=0), StandardScaler + SVC()",
                                       "iris": 0.9533333333333334, "breast_cancer": 0.9771464058376029,
                                       "wine": 0.9830158730158731}

with open(os.path.join(HERE, "svm_reference.json"), "w") as f:
    json.dump(out, f, indent=1)

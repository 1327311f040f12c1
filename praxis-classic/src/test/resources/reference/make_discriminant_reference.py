#!/usr/bin/python3
"""Reference numbers for the praxis.discriminant tests, computed with scikit-learn 1.2.1 (Debian python3-sklearn).

Reads the bundled iris and wine CSV files (praxis-core/src/main/resources/praxis/datasets) and writes
discriminant_reference.json next to this script. Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_discriminant_reference.py

Recorded per dataset:
  lda_svd, lda_eigen_auto, lda_eigen_0.3: coef_, intercept_, explained_variance_ratio_, transform() of the
    first 10 rows (signs of projection columns are arbitrary: tests compare up to a per-column sign),
    predict_proba of rows 0, 15, 30, ... (10 rows), predictions on all rows;
  qda_0, qda_0.1 (reg_param): predict_proba of the same 10 rows and predictions on all rows;
  cv: the fold of each row under StratifiedKFold(5, shuffle=True, random_state=0) and the accuracy of each
    model on each fold.
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis, QuadraticDiscriminantAnalysis
from sklearn.model_selection import StratifiedKFold

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")
ROWS = list(range(0, 150, 15))


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    labels = np.array([r[-1] for r in body])
    return x, labels


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


def models():
    return {
        "lda_svd": lambda: LinearDiscriminantAnalysis(solver="svd"),
        "lda_eigen_auto": lambda: LinearDiscriminantAnalysis(solver="eigen", shrinkage="auto"),
        "lda_eigen_0.3": lambda: LinearDiscriminantAnalysis(solver="eigen", shrinkage=0.3),
        "qda_0": lambda: QuadraticDiscriminantAnalysis(reg_param=0.0),
        "qda_0.1": lambda: QuadraticDiscriminantAnalysis(reg_param=0.1),
    }


out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__, "rows": ROWS}
for data in ["iris", "wine"]:
    x, y = load(data)
    d = {}
    for key, make in models().items():
        m = make().fit(x, y)
        codes = np.searchsorted(m.classes_, m.predict(x))
        e = {"classes": list(m.classes_), "predict_proba": tolist(m.predict_proba(x[ROWS])),
             "predict": [int(c) for c in codes]}
        if key.startswith("lda"):
            e["coef"] = tolist(m.coef_)
            e["intercept"] = tolist(m.intercept_)
            e["explained_variance_ratio"] = tolist(m.explained_variance_ratio_)
            e["transform"] = tolist(m.transform(x[:10]))
        d[key] = e
    folds = np.zeros(len(y), dtype=int)
    cv = {}
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    splits = list(skf.split(x, y))
    for f, (_, test) in enumerate(splits):
        folds[test] = f
    for key, make in models().items():
        acc = []
        for train, test in splits:
            m = make().fit(x[train], y[train])
            acc.append(float(np.mean(m.predict(x[test]) == y[test])))
        cv[key] = {"fold_accuracy": acc, "mean_accuracy": float(np.mean(acc))}
    d["cv"] = {"folds": [int(f) for f in folds], "accuracy": cv}
    out[data] = d

with open(os.path.join(HERE, "discriminant_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

#!/usr/bin/python3
"""Reference numbers for the praxis.semisupervised tests, computed with scikit-learn 1.2.1 (Debian
python3-sklearn).

Reads the same CSV files the tests use (praxis-core/src/main/resources/praxis/datasets) and writes
semisupervised_reference.json next to this script. Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_semisupervised_reference.py

70% of the labels are hidden by a fixed mask (numpy RandomState(0).rand(n) < 0.7, written into the
fixture). The RBF kernel (gamma 20) is run on iris. The kNN kernel (7 neighbours) is run on wine instead:
iris lies on a 0.1 grid with duplicate rows, so 47 of its rows have a tie at the 7th/8th neighbour distance
and scikit-learn's kd-tree breaks those ties in its own order; wine has no such ties, so the graph is
unambiguous.
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.naive_bayes import GaussianNB
from sklearn.semi_supervised import LabelPropagation, LabelSpreading, SelfTrainingClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    labels = [r[-1] for r in body]
    classes = sorted(set(labels))
    y = np.array([classes.index(v) for v in labels])
    return x, y, classes


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


def section(name):
    x, y, classes = load(name)
    hidden = np.random.RandomState(0).rand(len(y)) < 0.7
    ys = y.copy()
    ys[hidden] = -1
    out = {"classes": classes, "hidden": [int(v) for v in np.nonzero(hidden)[0]]}
    kernels = {"iris": ("rbf", {"gamma": 20}), "wine": ("knn", {"n_neighbors": 7})}
    kernel, kw = kernels[name]
    for label, cls in (("propagation", LabelPropagation), ("spreading", LabelSpreading)):
        m = cls(kernel=kernel, **kw).fit(x, ys)
        out[label] = {
            "kernel": kernel,
            "n_iter": int(m.n_iter_),
            "transduction": [int(v) for v in m.transduction_],
            "label_distributions": tolist(m.label_distributions_),
        }
        if kernel == "rbf":
            rows = list(range(0, len(y), 10))
            out[label]["predict_rows"] = rows
            out[label]["predict_proba"] = tolist(m.predict_proba(x[rows]))
    st = SelfTrainingClassifier(GaussianNB(), threshold=0.75, max_iter=10).fit(x, ys)
    out["self_training_gaussian_nb"] = {
        "threshold": 0.75,
        "n_iter": int(st.n_iter_),
        "termination": st.termination_condition_,
        "transduction": [int(v) for v in st.transduction_],
        "labeled_iter": [int(v) for v in st.labeled_iter_],
        "predict": [int(v) for v in st.predict(x)],
    }
    st2 = SelfTrainingClassifier(GaussianNB(), threshold=0.99, max_iter=2).fit(x, ys)
    out["self_training_gaussian_nb_0.99_2"] = {
        "n_iter": int(st2.n_iter_),
        "termination": st2.termination_condition_,
        "transduction": [int(v) for v in st2.transduction_],
        "labeled_iter": [int(v) for v in st2.labeled_iter_],
    }
    return out


def main():
    ref = {
        "generator": "scikit-learn " + sklearn.__version__ + " (praxis-classic/src/test/resources/reference/"
                     "make_semisupervised_reference.py)",
        "iris": section("iris"),
        "wine": section("wine"),
    }
    with open(os.path.join(HERE, "semisupervised_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Reference numbers for the praxis.calibration tests, computed with scikit-learn 1.2.1 (Debian
python3-sklearn) and SciPy.

Reads the same CSV files the tests use (praxis-core/src/main/resources/praxis/datasets) and writes
calibration_reference.json next to this script. Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_calibration_reference.py

scikit-learn's _sigmoid_calibration stops scipy's fmin_bfgs at a gradient norm of 1e-5, so its (a, b) are
only close to the optimum; the script therefore also records the exact optimum ("tight": Newton's method
to a gradient norm below 1e-12), which Praxis matches to 1e-6, and the sklearn numbers, which Praxis
matches to the looser tolerance stated in the tests.
"""
import csv
import json
import os

import numpy as np
import sklearn
from scipy.special import expit, xlogy
from sklearn.calibration import CalibratedClassifierCV, _sigmoid_calibration
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import GaussianNB

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    labels = np.array([r[-1] for r in body])
    return x, labels


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


def tight_sigmoid(f, y, w=None):
    """Platt's problem (scikit-learn's targets and priors) solved by Newton's method to a tiny gradient."""
    f = np.asarray(f, dtype=float)
    w = np.ones_like(f) if w is None else np.asarray(w, dtype=float)
    neg = y <= 0
    prior0 = w[neg].sum()
    prior1 = w[~neg].sum()
    t = np.where(y > 0, (prior1 + 1.0) / (prior1 + 2.0), 1.0 / (prior0 + 2.0))
    ab = np.array([0.0, np.log((prior0 + 1.0) / (prior1 + 1.0))])

    def loss(ab):
        p = expit(-(ab[0] * f + ab[1]))
        return (w * -(xlogy(t, p) + xlogy(1 - t, 1 - p))).sum()

    for _ in range(200):
        p = expit(-(ab[0] * f + ab[1]))
        r = w * (t - p)
        g = np.array([np.dot(r, f), r.sum()])
        if np.max(np.abs(g)) < 1e-12:
            break
        d = w * p * (1 - p)
        h = np.array([[np.dot(d, f * f), np.dot(d, f)], [np.dot(d, f), d.sum()]])
        step = -np.linalg.solve(h, g)
        s = 1.0
        l0 = loss(ab)
        while loss(ab + s * step) > l0 + 1e-4 * s * np.dot(g, step) and s > 1e-10:
            s *= 0.5
        ab = ab + s * step
    return ab


def isotonic_section():
    x = np.array([1.0, 2.0, 2.0, 3.0, 4.0, 4.0, 4.0, 5.5, 6.0, 7.0, 8.0, 8.0, 9.0, 10.0])
    y = np.array([1.0, 3.0, 2.0, 2.5, 1.0, 5.0, 3.0, 4.0, 2.0, 6.0, 5.5, 7.5, 7.0, 6.5])
    w = np.array([1.0, 2.0, 0.5, 1.0, 3.0, 1.0, 0.25, 2.0, 1.0, 1.0, 0.0, 4.0, 1.5, 1.0])
    xt = np.array([0.0, 1.0, 1.5, 2.0, 3.7, 4.0, 5.0, 7.25, 8.0, 9.9, 10.0, 11.0])
    out = {"x": tolist(x), "y": tolist(y), "w": tolist(w), "x_test": tolist(xt)}
    for name, inc in (("increasing", True), ("decreasing", False)):
        for weighted in (False, True):
            key = name + ("_weighted" if weighted else "")
            m_nan = IsotonicRegression(increasing=inc).fit(x, y, sample_weight=w if weighted else None)
            m_clip = IsotonicRegression(increasing=inc, out_of_bounds="clip").fit(
                x, y, sample_weight=w if weighted else None)
            out[key] = {
                "x_thresholds": tolist(m_nan.X_thresholds_),
                "y_thresholds": tolist(m_nan.y_thresholds_),
                "fitted": tolist(m_clip.predict(x)),
                "predict_nan": [None if np.isnan(v) else v for v in m_nan.predict(xt).tolist()],
                "predict_clip": tolist(m_clip.predict(xt)),
            }
    bounded = IsotonicRegression(y_min=2.0, y_max=6.0, out_of_bounds="clip").fit(x, y, sample_weight=w)
    out["bounded_2_6_weighted"] = {"x_thresholds": tolist(bounded.X_thresholds_),
                                   "y_thresholds": tolist(bounded.y_thresholds_),
                                   "predict_clip": tolist(bounded.predict(xt))}
    return out


def sigmoid_section():
    rng = np.random.RandomState(7)
    f = np.round(rng.normal(size=60) * 2.0, 4)
    y = (f + rng.normal(size=60) * 1.5 > 0.3).astype(int)
    w = np.round(rng.uniform(0.5, 2.0, size=60), 3)
    a, b = _sigmoid_calibration(f, y)
    aw, bw = _sigmoid_calibration(f, y, w)
    ta, tb = tight_sigmoid(f, y)
    taw, tbw = tight_sigmoid(f, y, w)
    return {"f": tolist(f), "y": y.tolist(), "w": tolist(w),
            "sklearn": [a, b], "sklearn_weighted": [aw, bw],
            "tight": tolist([ta, tb]), "tight_weighted": tolist([taw, tbw])}


def tight_cv_proba(x, labels, rows, method):
    """CalibratedClassifierCV(GaussianNB(), cv=StratifiedKFold(5), ensemble=True) with the tight sigmoid."""
    classes = np.unique(labels)
    k = len(classes)
    total = np.zeros((len(rows), k))
    for tr, te in StratifiedKFold(5).split(x, labels):
        nb = GaussianNB().fit(x[tr], labels[tr])
        pte = nb.predict_proba(x[te])
        prow = nb.predict_proba(x[rows])
        cols = [1] if k == 2 else list(range(k))
        out = np.zeros((len(rows), k))
        for c in cols:
            yc = (labels[te] == classes[c]).astype(int)
            ab = tight_sigmoid(pte[:, c], yc)
            out[:, c] = expit(-(ab[0] * prow[:, c] + ab[1]))
        if k == 2:
            out[:, 0] = 1 - out[:, 1]
        else:
            s = out.sum(axis=1)[:, None]
            out = np.where(s != 0, out / np.where(s == 0, 1, s), 1.0 / k)
        total += out
    return total / 5


def cv_section(name, step):
    x, labels = load(name)
    rows = list(range(0, len(labels), step))
    out = {"rows": rows, "classes": sorted(set(labels.tolist()))}
    for method in ("sigmoid", "isotonic"):
        cal = CalibratedClassifierCV(GaussianNB(), method=method, cv=StratifiedKFold(5)).fit(x, labels)
        out[method] = tolist(cal.predict_proba(x[rows]))
    out["sigmoid_tight"] = tolist(tight_cv_proba(x, labels, rows, "sigmoid"))
    # prefit: calibrate a GaussianNB fitted on the even rows with the odd rows
    even = np.arange(0, len(labels), 2)
    odd = np.arange(1, len(labels), 2)
    nb = GaussianNB().fit(x[even], labels[even])
    pre = CalibratedClassifierCV(nb, method="isotonic", cv="prefit").fit(x[odd], labels[odd])
    out["prefit_isotonic_even_odd"] = tolist(pre.predict_proba(x[rows]))
    return out


def main():
    ref = {
        "generator": "scikit-learn " + sklearn.__version__ + " (praxis-classic/src/test/resources/reference/"
                     "make_calibration_reference.py)",
        "isotonic": isotonic_section(),
        "sigmoid": sigmoid_section(),
        "breast_cancer": cv_section("breast_cancer", 25),
        "iris": cv_section("iris", 7),
    }
    with open(os.path.join(HERE, "calibration_reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

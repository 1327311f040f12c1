#!/usr/bin/python3
"""Reference numbers for the praxis.bayes discrete naive Bayes tests, computed with scikit-learn 1.2.1
(Debian python3-sklearn).

Reads the same CSV files the tests use (praxis-core/src/main/resources/praxis/datasets) and writes
bayes_reference.json next to this script. Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_bayes_reference.py
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.naive_bayes import BernoulliNB, CategoricalNB, ComplementNB, MultinomialNB

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")
# every 90th row of digits, every 230th row of spam: the rows whose predict_proba is recorded
DIGITS_ROWS = list(range(0, 1797, 90))
SPAM_ROWS = list(range(0, 4601, 230))


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    labels = [r[-1] for r in body]
    return header[:-1], x, labels


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


def record(model, x, rows):
    return {
        "class_log_prior": tolist(model.class_log_prior_),
        "feature_log_prob": tolist(model.feature_log_prob_),
        "feature_count": tolist(model.feature_count_),
        "class_count": tolist(model.class_count_),
        "rows": rows,
        "predict_proba": tolist(model.predict_proba(x[rows])),
        "predict": [int(v) for v in np.searchsorted(model.classes_, model.predict(x))],
    }


assert sklearn.__version__ == "1.2.1", sklearn.__version__
out = {"sklearn_version": sklearn.__version__}
_, xd, yd = load("digits")
yd = np.array(yd)
out["multinomial_digits"] = record(MultinomialNB().fit(xd, yd), xd, DIGITS_ROWS)
out["multinomial_digits_lidstone"] = record(
    MultinomialNB(alpha=0.25, fit_prior=False).fit(xd, yd), xd, DIGITS_ROWS)
out["complement_digits"] = record(ComplementNB().fit(xd, yd), xd, DIGITS_ROWS)
out["complement_digits_norm"] = record(ComplementNB(norm=True).fit(xd, yd), xd, DIGITS_ROWS)
out["bernoulli_digits_8"] = record(BernoulliNB(binarize=8.0).fit(xd, yd), xd, DIGITS_ROWS)
_, xs, ys = load("spam")
ys = np.array(ys)
out["bernoulli_spam_0"] = record(BernoulliNB(binarize=0.0).fit(xs, ys), xs, SPAM_ROWS)

# CategoricalNB on the original Wisconsin BreastCancer data: each column coded by the index of its value in
# the level list of BreastCancer.meta.json (as praxis' categorical columns), rows with a missing value (NA)
# dropped, min_categories = number of levels (praxis uses a categorical column's level count)
with open(os.path.join(DATA, "BreastCancer.meta.json")) as f:
    meta = {c["name"]: c.get("levels", []) for c in json.load(f)["columns"]}
with open(os.path.join(DATA, "BreastCancer.csv"), newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
body = [r for r in body if all(v not in ("", "NA") for v in r)]
xb = np.array([[meta[h].index(v) for h, v in zip(header[:-1], r[:-1])] for r in body])
yb = np.array([r[-1] for r in body])
levels = np.array([len(meta[h]) for h in header[:-1]])
BC_ROWS = list(range(0, len(body), 35))
for key, model in (("categorical_breast_cancer", CategoricalNB(min_categories=levels)),
                   ("categorical_breast_cancer_alpha", CategoricalNB(alpha=0.5, fit_prior=False,
                                                                     min_categories=levels))):
    model.fit(xb, yb)
    out[key] = {
        "n_rows": len(body),
        "class_log_prior": tolist(model.class_log_prior_),
        "feature_log_prob": [tolist(a) for a in model.feature_log_prob_],
        "category_count": [tolist(a) for a in model.category_count_],
        "class_count": tolist(model.class_count_),
        "rows": BC_ROWS,
        "predict_proba": tolist(model.predict_proba(xb[BC_ROWS])),
        "predict": [int(v) for v in np.searchsorted(model.classes_, model.predict(xb))],
    }

with open(os.path.join(HERE, "bayes_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.join(HERE, "bayes_reference.json"))

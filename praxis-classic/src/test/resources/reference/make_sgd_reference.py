#!/usr/bin/python3
"""Reference numbers for the SGDClassifier / SGDRegressor tests, computed with scikit-learn 1.2.1 (Debian
python3-sklearn).

scikit-learn's SGD draws its row order from its own generator, so its coefficients cannot be matched;
instead this records the 5-fold cross-validated accuracy of SGDClassifier() with default settings on
standardized iris and breast_cancer (averaged over random_state 0..9), and the training R^2 of
SGDRegressor() / LinearRegression() on standardized diabetes. Folds are fixed by row index: row i belongs to
fold i % 5 (the Java test uses the same rule). Standardization uses the full data (population standard
deviation), like praxis.testkit.Fixtures.standardize. Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_sgd_reference.py
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import LinearRegression, SGDClassifier, SGDRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")
SEEDS = range(10)


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    return x, [r[-1] for r in body]


def standardize(x):
    return (x - x.mean(axis=0)) / x.std(axis=0)


def cv_accuracy(x, y):
    y = np.array(y)
    folds = np.arange(len(y)) % 5
    per_seed = []
    for seed in SEEDS:
        correct = 0
        for f in range(5):
            train, test = folds != f, folds == f
            m = SGDClassifier(random_state=seed).fit(x[train], y[train])
            correct += int((m.predict(x[test]) == y[test]).sum())
        per_seed.append(correct / len(y))
    return per_seed


out = {"sklearn_version": sklearn.__version__}
for name in ["iris", "breast_cancer"]:
    x, y = load(name)
    acc = cv_accuracy(standardize(x), y)
    out["sgd_classifier_cv_" + name] = {"accuracy_per_seed": acc, "accuracy_mean": float(np.mean(acc))}

x, y = load("diabetes")
y = np.array([float(v) for v in y])
xs = standardize(x)
r2 = [SGDRegressor(random_state=s).fit(xs, y).score(xs, y) for s in SEEDS]
out["sgd_regressor_diabetes"] = {"r2_per_seed": r2, "r2_mean": float(np.mean(r2)),
                                 "linear_regression_r2": float(LinearRegression().fit(xs, y).score(xs, y))}

with open(os.path.join(HERE, "sgd_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

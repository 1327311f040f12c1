#!/usr/bin/python3
"""Reference numbers for the praxis-classic tests, computed with scikit-learn 1.2.1 (Debian python3-sklearn).

Reads the same CSV files the tests use (praxis-core/src/main/resources/praxis/datasets, exports of the
scikit-learn 1.2.1 data files) and writes classic_reference.json next to this script. Run from the repository
root:  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_classic_reference.py
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    labels = [r[-1] for r in body]
    return header[:-1], x, labels


def standardize(x):
    # population standard deviation (ddof 0), like StandardScaler
    return (x - x.mean(axis=0)) / x.std(axis=0)


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


def logreg(xs, y):
    """The brief's reference fit (lbfgs, tol=1e-10) plus a newton-cg fit of the same objective.

    scikit-learn's lbfgs also stops when the relative decrease of the objective is below 64 eps; on these
    problems that happens with a gradient of ~6e-7 and coefficients ~1.1e-4 away from the optimum, so the
    newton-cg solution (which reaches the optimum: gradient < 1e-12) is recorded as the precise reference.
    """
    lb = LogisticRegression(C=1.0, solver="lbfgs", tol=1e-10, max_iter=10000).fit(xs, y)
    nc = LogisticRegression(C=1.0, solver="newton-cg", tol=1e-8, max_iter=10000).fit(xs, y)
    return {"classes": list(lb.classes_), "coef": tolist(lb.coef_), "intercept": tolist(lb.intercept_),
            "n_iter": int(lb.n_iter_[0]),
            "coef_newton_cg": tolist(nc.coef_), "intercept_newton_cg": tolist(nc.intercept_),
            "max_abs_diff_lbfgs_vs_newton_cg": float(max(np.abs(lb.coef_ - nc.coef_).max(),
                                                         np.abs(lb.intercept_ - nc.intercept_).max())),
            "predict_proba": tolist(nc.predict_proba(xs))}


out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__}

# LinearRegression on diabetes (raw, unscaled features)
_, x, y = load("diabetes")
y = np.array([float(v) for v in y])
lr = LinearRegression().fit(x, y)
out["linear_regression_diabetes"] = {"coef": tolist(lr.coef_), "intercept": float(lr.intercept_),
                                     "predict_first10": tolist(lr.predict(x[:10]))}

# LogisticRegression, binary, on standardized breast_cancer (classes sorted: benign, malignant)
_, x, y = load("breast_cancer")
xs = standardize(x)
out["logistic_regression_breast_cancer"] = logreg(xs, y)

# LogisticRegression, multinomial, on standardized iris
_, x, y = load("iris")
xs = standardize(x)
out["logistic_regression_iris"] = logreg(xs, y)

# GaussianNB on iris (raw features)
gnb = GaussianNB().fit(x, y)
out["gaussian_nb_iris"] = {"classes": list(gnb.classes_), "theta": tolist(gnb.theta_), "var": tolist(gnb.var_),
                           "class_prior": tolist(gnb.class_prior_), "epsilon": float(gnb.epsilon_),
                           "predict_proba": tolist(gnb.predict_proba(x)),
                           "predict": [list(gnb.classes_).index(v) for v in gnb.predict(x)]}

# k-NN classifier on iris: train on even rows, query odd rows and the training rows themselves
train = np.arange(0, 150, 2)
query = np.arange(1, 150, 2)
ytr = [y[i] for i in train]
knn = {}
for weights in ["uniform", "distance"]:
    m = KNeighborsClassifier(n_neighbors=5, weights=weights, algorithm="brute").fit(x[train], ytr)
    classes = list(m.classes_)
    knn[weights] = {
        "predict_query": [classes.index(v) for v in m.predict(x[query])],
        "proba_query": tolist(m.predict_proba(x[query])),
        "predict_train": [classes.index(v) for v in m.predict(x[train])],
        "proba_train": tolist(m.predict_proba(x[train])),
    }


def boundary_ties(xtrain, xquery, k):
    """Query rows whose k-th and (k+1)-th nearest distances agree to 1e-9 (relative): a tie in exact arithmetic
    that floating-point rounding breaks differently in different distance formulas (scikit-learn's brute
    Euclidean uses |x|^2 - 2 x.y + |y|^2), so which neighbour is taken is not well defined."""
    rows = []
    for i, q in enumerate(xquery):
        d = np.sort(np.sqrt(((xtrain - q) ** 2).sum(axis=1)))
        if len(d) > k and abs(d[k] - d[k - 1]) <= 1e-9 * max(d[k], 1e-300):
            rows.append(i)
    return rows


out["knn_classifier_iris"] = {"train_rows": train.tolist(), "query_rows": query.tolist(), "k": 5,
                              "tied_query": boundary_ties(x[train], x[query], 5),
                              "tied_train": boundary_ties(x[train], x[train], 5), **knn}

# k-NN regressor on standardized diabetes: train on the first 300 rows, query the rest
_, x, y = load("diabetes")
y = np.array([float(v) for v in y])
xs = standardize(x)
knr = {}
for weights in ["uniform", "distance"]:
    m = KNeighborsRegressor(n_neighbors=5, weights=weights, algorithm="brute").fit(xs[:300], y[:300])
    knr[weights] = tolist(m.predict(xs[300:]))
out["knn_regressor_diabetes"] = {"train_rows": 300, "k": 5, "tied_query": boundary_ties(xs[:300], xs[300:], 5),
                                 **knr}

with open(os.path.join(HERE, "classic_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", os.path.join(HERE, "classic_reference.json"))

#!/usr/bin/python3
"""Reference numbers for the HuberRegressor tests (and SGDRegressor's Huber loss), computed with
scikit-learn 1.2.1 (Debian python3-sklearn). Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_huber_reference.py
Writes praxis-classic/src/test/resources/reference/huber_reference.json.

HuberRegressor is run with tol=1e-12 and max_iter=100000; its L-BFGS-B still stops (line search) with gradients
of 1e-4..1e-2, so its answer is stored under "sklearn" and then polished to the exact minimizer (function
polish below: fixed outlier set, linear stationarity equations, fixed point in sigma); the top-level
coef/intercept/scale are the polished ones, checked with scikit-learn's own _huber_loss_and_gradient
(grad_max_abs, objective <= scikit-learn's). Designs:
  * diabetes_std: the 10 diabetes features standardized with the full data (population standard deviation,
    like praxis.testkit.Fixtures.standardize), at alpha 1e-4, 1 and 100 and epsilon 1.35 / 2.0;
  * outliers: 200 rows x 3 features from numpy's default_rng(0) (stored here: the Java test reads them),
    y = 3 + x.[1.5, -2, 0.5] + N(0, 0.5^2), with every 10th row's target shifted by +30 (gross outliers).
SGDRegressor(loss="huber") cannot be matched coefficient by coefficient (its row order comes from its own
generator); the training R^2 on standardized diabetes over random_state 0..9 is recorded instead.
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import HuberRegressor, SGDRegressor
from sklearn.linear_model._huber import _huber_loss_and_gradient

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    return x, np.array([float(r[-1]) for r in body])


def polish(x, y, epsilon, alpha, coef, intercept, scale):
    """The exact minimizer near an approximate one: with the outlier set and signs fixed, the stationarity
    conditions of the objective are linear in (w, b) for a given sigma,
      (X_I'X_I + alpha sigma I) w + X_I'1 b = X_I'y_I + epsilon sigma X_O's_O   (and the same for b, unpenalized)
    and sigma^2 = sum_I r_i^2 / (n - |O| epsilon^2); iterated to a fixed point, re-deriving the sets."""
    n, p = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    w = np.concatenate([coef, [intercept]])
    sigma = scale
    for _ in range(10000):
        r = y - a @ w
        out = np.abs(r) > epsilon * sigma
        s = np.sign(r[out])
        ai = a[~out]
        lhs = ai.T @ ai + alpha * sigma * np.diag(np.r_[np.ones(p), 0.0])
        rhs = ai.T @ y[~out] + epsilon * sigma * (a[out].T @ s)
        w_new = np.linalg.solve(lhs, rhs)
        r = y - a @ w_new
        sigma_new = np.sqrt(np.sum(r[~out] ** 2) / (n - out.sum() * epsilon ** 2))
        done = np.max(np.abs(w_new - w)) <= 1e-15 * max(1, np.max(np.abs(w))) and abs(sigma_new - sigma) <= 1e-15 * sigma
        w, sigma = w_new, sigma_new
        if done:
            break
    return w[:p], w[p], sigma


def huber(x, y, epsilon, alpha):
    m = HuberRegressor(epsilon=epsilon, alpha=alpha, tol=1e-12, max_iter=100000).fit(x, y)
    params = np.concatenate([m.coef_, [m.intercept_, m.scale_]])
    obj, grad = _huber_loss_and_gradient(params, x, y, epsilon, alpha, np.ones(len(y)))
    coef, b, sigma = polish(x, y, epsilon, alpha, m.coef_, m.intercept_, m.scale_)
    pp = np.concatenate([coef, [b, sigma]])
    pobj, pgrad = _huber_loss_and_gradient(pp, x, y, epsilon, alpha, np.ones(len(y)))
    outl = np.abs(y - x @ coef - b) > epsilon * sigma
    return {"epsilon": epsilon, "alpha": alpha,
            "sklearn": {"coef": m.coef_.tolist(), "intercept": float(m.intercept_), "scale": float(m.scale_),
                        "n_iter": int(m.n_iter_), "objective": float(obj), "grad_max_abs": float(np.max(np.abs(grad))),
                        "outliers": [int(i) for i in np.flatnonzero(m.outliers_)]},
            "coef": coef.tolist(), "intercept": float(b), "scale": float(sigma), "objective": float(pobj),
            "grad_max_abs": float(np.max(np.abs(pgrad))), "outliers": [int(i) for i in np.flatnonzero(outl)]}


out = {"sklearn_version": sklearn.__version__}
x, y = load("diabetes")
xs = (x - x.mean(axis=0)) / x.std(axis=0)
out["diabetes_std"] = [huber(xs, y, e, a) for e in (1.35, 2.0) for a in (1e-4, 1.0, 100.0)]

rng = np.random.default_rng(0)
xo = rng.normal(size=(200, 3))
yo = 3 + xo @ np.array([1.5, -2.0, 0.5]) + rng.normal(scale=0.5, size=200)
yo[::10] += 30
out["outliers"] = {"x": xo.tolist(), "y": yo.tolist(), "fits": [huber(xo, yo, 1.35, 1e-4), huber(xo, yo, 1.35, 10.0)]}

r2 = [SGDRegressor(loss="huber", epsilon=1.35, random_state=s).fit(xs, y).score(xs, y) for s in range(10)]
out["sgd_huber_diabetes_std"] = {"epsilon": 1.35, "r2_per_seed": r2, "r2_mean": float(np.mean(r2))}

with open(os.path.join(HERE, "huber_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

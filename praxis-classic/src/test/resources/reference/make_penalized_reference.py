#!/usr/bin/python3
"""Reference numbers for the penalized linear regression tests (Ridge, Lasso, ElasticNet, LassoCV,
ElasticNetCV), computed with scikit-learn 1.2.1 (Debian python3-sklearn).

Uses the diabetes CSV bundled with praxis-core (the RAW features: age in years, bmi, blood pressure, ...; not
scikit-learn's pre-scaled load_diabetes copy), so Java and Python see the same numbers. Coordinate descent is
run with tol=1e-12 and max_iter=100000 so the references are converged solutions, not solver artefacts.
Writes penalized_reference.json next to this script. Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_penalized_reference.py
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import ElasticNet, ElasticNetCV, Lasso, LassoCV, Ridge

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")
TOL = 1e-12
MAX_ITER = 100000


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    y = np.array([float(r[-1]) for r in body])
    return x, y


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


x, y = load("diabetes")
out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__, "tol": TOL, "max_iter": MAX_ITER}

ridge = {}
for a in [0.01, 0.1, 1.0, 10.0]:
    m = Ridge(alpha=a, solver="cholesky").fit(x, y)
    ridge[repr(a)] = {"coef": tolist(m.coef_), "intercept": float(m.intercept_)}
out["ridge"] = ridge

lasso = {}
enet = {}
for a in [0.01, 0.1, 1.0]:
    m = Lasso(alpha=a, tol=TOL, max_iter=MAX_ITER).fit(x, y)
    lasso[repr(a)] = {"coef": tolist(m.coef_), "intercept": float(m.intercept_), "n_iter": int(m.n_iter_),
                      "dual_gap": float(m.dual_gap_)}
    m = ElasticNet(alpha=a, l1_ratio=0.5, tol=TOL, max_iter=MAX_ITER).fit(x, y)
    enet[repr(a)] = {"coef": tolist(m.coef_), "intercept": float(m.intercept_), "n_iter": int(m.n_iter_),
                     "dual_gap": float(m.dual_gap_)}
out["lasso"] = lasso
out["elastic_net_l1_0.5"] = enet

cv = LassoCV(cv=5, tol=TOL, max_iter=MAX_ITER).fit(x, y)
out["lasso_cv"] = {"alpha": float(cv.alpha_), "alphas": tolist(cv.alphas_), "mse_path": tolist(cv.mse_path_),
                   "coef": tolist(cv.coef_), "intercept": float(cv.intercept_)}

ratios = [0.1, 0.5, 0.9]
cv = ElasticNetCV(l1_ratio=ratios, cv=5, tol=TOL, max_iter=MAX_ITER).fit(x, y)
out["elastic_net_cv"] = {"l1_ratios": ratios, "alpha": float(cv.alpha_), "l1_ratio": float(cv.l1_ratio_),
                         "alphas": tolist(cv.alphas_), "mse_path": tolist(cv.mse_path_),
                         "coef": tolist(cv.coef_), "intercept": float(cv.intercept_)}

with open(os.path.join(HERE, "penalized_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

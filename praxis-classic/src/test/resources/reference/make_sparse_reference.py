"""Reference values for the sparse (CSR) paths of Praxis' linear models: scikit-learn 1.2.1 fitted on
scipy.sparse.csr_matrix input (sklearn's own sparse code paths: newton-cg (L2, tol 1e-8) / saga (L1) over CSR for LogisticRegression,
sparse_enet_coordinate_descent with implicit centring for Lasso / ElasticNet).

Data: a text-like 150 x 40 matrix, about 15% of the cells non-zero, values k/4 for k in 1..8 (exact in JSON),
from numpy.random.RandomState(0); a binary and a 3-class label from noisy linear rules; a real target.
Run with /usr/bin/python3 (scikit-learn 1.2.1, scipy 1.10.1); writes sparse_reference.json next to it.
"""
import json
import os

import numpy as np
import scipy.sparse as sp
import sklearn
from sklearn.linear_model import ElasticNet, Lasso, LogisticRegression

rng = np.random.RandomState(0)
n, p = 150, 40
mask = rng.rand(n, p) < 0.15
vals = rng.randint(1, 9, size=(n, p)) / 4.0
dense = np.where(mask, vals, 0.0)
X = sp.csr_matrix(dense)
w2 = rng.randn(p)
y_bin = (dense @ w2 + 0.5 * rng.randn(n) > 0).astype(int)
w3 = rng.randn(3, p)
y_multi = np.argmax(dense @ w3.T + 0.5 * rng.randn(n, 3), axis=1)
y_real = dense @ (rng.randn(p) * (rng.rand(p) < 0.3)) + 0.1 * rng.randn(n) + 2.0

out = {
    "sklearn_version": sklearn.__version__,
    "n": n, "p": p,
    "indptr": X.indptr.tolist(), "indices": X.indices.tolist(), "data": X.data.tolist(),
    "y_binary": y_bin.tolist(), "y_multi": y_multi.tolist(), "y_real": y_real.tolist(),
}


def logreg(name, y, **kw):
    m = LogisticRegression(**kw).fit(X, y)
    out[name] = {"params": {k: v for k, v in kw.items()}, "coef": m.coef_.tolist(),
                 "intercept": m.intercept_.tolist(), "n_iter": int(m.n_iter_[0]),
                 "proba": m.predict_proba(X).tolist()}


logreg("logreg_binary_l2", y_bin, solver="newton-cg", C=1.0, tol=1e-8, max_iter=10000)
logreg("logreg_multi_l2", y_multi, solver="newton-cg", C=0.5, tol=1e-8, max_iter=10000)
logreg("logreg_binary_l1", y_bin, penalty="l1", solver="saga", C=1.0, tol=1e-12, max_iter=200000)

for name, est in [("lasso", Lasso(alpha=0.02, tol=1e-12, max_iter=100000)),
                  ("elastic_net", ElasticNet(alpha=0.02, l1_ratio=0.4, tol=1e-12, max_iter=100000)),
                  ("lasso_no_intercept", Lasso(alpha=0.02, fit_intercept=False, tol=1e-12, max_iter=100000))]:
    m = est.fit(X, y_real)
    out[name] = {"alpha": est.alpha, "l1_ratio": getattr(est, "l1_ratio", 1.0),
                 "fit_intercept": est.fit_intercept, "coef": m.coef_.tolist(),
                 "intercept": float(m.intercept_), "n_iter": int(m.n_iter_)}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sparse_reference.json"), "w") as f:
    json.dump(out, f, indent=1)

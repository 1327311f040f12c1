#!/usr/bin/python3
"""Reference numbers for the prep1 transformers (PowerTransformer, KNNImputer, IterativeImputer, KBinsDiscretizer,
QuantileTransformer, SplineTransformer), from scikit-learn 1.2.1 / SciPy 1.10.1 (Debian packages).

Usage (from this folder):  /usr/bin/python3 make_prep1_reference.py  ->  prep1_reference.json

Data: the bundled datasets under praxis-core/src/main/resources/praxis/datasets (read relative to this file):
  diabetes: the 10 features and the target; Servo: Pgain and Vgain (level strings read as numbers) and the
  target; PimaIndiansDiabetes2: the 8 features (empty fields are missing), label dropped.
Split for Pima: rows with index % 4 == 0 are the test rows, the others the training rows (file order).
Matrices are written column-major (a list of columns); NaN is written as null.
"""
import csv
import json
import math
import os

import numpy as np
import scipy
import sklearn
from scipy import stats
from sklearn.impute import KNNImputer
from sklearn.preprocessing import KBinsDiscretizer, PowerTransformer, QuantileTransformer, SplineTransformer

assert sklearn.__version__ == "1.2.1", sklearn.__version__
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "main", "resources", "praxis", "datasets")


def clean(a):
    a = np.asarray(a, dtype=float)
    if a.ndim == 1:
        return [None if math.isnan(v) else float(v) for v in a]
    return [clean(col) for col in a.T]


def read(name, cols):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        r = csv.reader(f)
        header = next(r)
        idx = [header.index(c) for c in cols]
        rows = [[float(row[i]) if row[i] != "" else float("nan") for i in idx] for row in r]
    return np.array(rows, dtype=float)


out = {"sklearn": sklearn.__version__, "scipy": scipy.__version__, "power": {}}

DIAB = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "target"]
SERVO = ["Pgain", "Vgain", "target"]
for name, cols in (("diabetes", DIAB), ("Servo", SERVO)):
    x = read(name, cols)
    assert (x > 0).all()
    entry = {"columns": cols}
    for method in ("box-cox", "yeo-johnson"):
        pt = PowerTransformer(method=method, standardize=True).fit(x)
        entry[method] = {"lambdas": [float(v) for v in pt.lambdas_],
                         "transform_head": clean(pt.transform(x)[:20]),
                         "mean": [float(v) for v in pt._scaler.mean_],
                         "scale": [float(v) for v in pt._scaler.scale_]}
        if method == "box-cox":
            # SciPy directly: boxcox_normmax(method="mle"), the function scikit-learn calls
            entry[method]["scipy_normmax"] = [float(stats.boxcox(x[:, j])[1]) for j in range(x.shape[1])]
    out["power"][name] = entry

# Yeo-Johnson on data with negative values: diabetes columns centred by their median
x = read("diabetes", DIAB)
xc = x - np.median(x, axis=0)
pt = PowerTransformer(method="yeo-johnson", standardize=False).fit(xc)
out["power"]["diabetes_centred"] = {"lambdas": [float(v) for v in pt.lambdas_],
                                    "transform_head": clean(pt.transform(xc)[:20])}

PIMA = ["pregnant", "glucose", "pressure", "triceps", "insulin", "mass", "pedigree", "age"]
p = read("PimaIndiansDiabetes2", PIMA)
test = np.arange(p.shape[0]) % 4 == 0
train, tst = p[~test], p[test]
knn = {}
for k, w in ((5, "uniform"), (5, "distance"), (3, "uniform"), (10, "distance")):
    imp = KNNImputer(n_neighbors=k, weights=w).fit(train)
    knn["k%d_%s" % (k, w)] = {"k": k, "weights": w, "test": clean(imp.transform(tst))}
out["knn"] = knn

# IterativeImputer with Ridge(alpha=1) (Praxis' built-in regressor), ascending order, mean start
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.linear_model import Ridge
it = IterativeImputer(estimator=Ridge(alpha=1.0), max_iter=10, tol=1e-3, imputation_order="ascending",
                      initial_strategy="mean").fit(train)
out["iterative"] = {"n_iter": int(it.n_iter_), "test": clean(it.transform(tst))}

# KBinsDiscretizer (ordinal) and QuantileTransformer on the diabetes features
xd = read("diabetes", DIAB[:-1])
kb = {}
for strategy in ("uniform", "quantile", "kmeans"):
    d = KBinsDiscretizer(n_bins=5, encode="ordinal", strategy=strategy).fit(xd)
    kb[strategy] = {"edges": [[float(e) for e in edges] for edges in d.bin_edges_],
                    "transform": clean(d.transform(xd)), "n_bins": [int(v) for v in d.n_bins_]}
out["kbins"] = kb
qt = {}
for dist in ("uniform", "normal"):
    q = QuantileTransformer(n_quantiles=100, output_distribution=dist).fit(xd)
    probe = xd[:50] * 1.1 - 0.05 * np.abs(xd[:50])
    qt[dist] = {"quantiles": clean(q.quantiles_), "transform": clean(q.transform(xd)),
                "probe": clean(probe), "probe_transform": clean(q.transform(probe)),
                "inverse": clean(q.inverse_transform(q.transform(xd)[:50]))}
out["quantile"] = qt

# SplineTransformer on three diabetes columns; probe rows reach outside the training range
SPL = ["bmi", "bp", "s5"]
xs = read("diabetes", SPL)
probe = np.vstack([xs[:30], xs[:10] * 1.4, xs[:10] * 0.6])
spl = []
for nk, deg, knots, extra, bias in ((5, 3, "uniform", "constant", True), (4, 2, "quantile", "linear", True),
                                    (5, 3, "uniform", "continue", False), (6, 1, "uniform", "linear", True),
                                    (3, 2, "quantile", "constant", True)):
    st = SplineTransformer(n_knots=nk, degree=deg, knots=knots, extrapolation=extra, include_bias=bias).fit(xs)
    spl.append({"n_knots": nk, "degree": deg, "knots": knots, "extrapolation": extra, "include_bias": bias,
                "n_out": int(st.n_features_out_), "transform": clean(st.transform(probe))})
out["spline"] = {"columns": SPL, "probe": clean(probe), "cases": spl}

with open(os.path.join(HERE, "prep1_reference.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))

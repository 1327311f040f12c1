#!/usr/bin/python3
"""Reference numbers for the radius-neighbours tests, computed with scikit-learn 1.2.1 (Debian python3-sklearn).

Reads the bundled CSV files (praxis-core/src/main/resources/praxis/datasets) and writes neighbors3_reference.json
next to this script. Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_neighbors3_reference.py

algorithm="kd_tree" is used so that scikit-learn computes distances directly (sqrt of summed squared
differences, like Praxis) rather than by the |x|^2 - 2 x.y + |y|^2 expansion; "min_boundary_gap" records how far
the closest pair distance is from the radius, so that membership cannot depend on rounding.
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.neighbors import RadiusNeighborsClassifier, RadiusNeighborsRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    return x, [r[-1] for r in body]


def standardize(x):
    return (x - x.mean(axis=0)) / x.std(axis=0)  # ddof 0 like Fixtures.standardize


def gap(xq, xt, r):
    d = np.sqrt(((xq[:, None, :] - xt[None, :, :]) ** 2).sum(axis=2))
    return float(np.abs(d - r).min())


out = {"sklearn": sklearn.__version__}

# iris, standardized; train on the even rows, query all rows (odd rows include outliers)
x, labels = load("iris")
xs = standardize(x)
train = np.arange(0, len(xs), 2)
y = np.array(labels)
classes = sorted(set(labels))
entry = {"train_rows": train.tolist(), "radius": 1.0, "classes": classes,
         "min_boundary_gap": gap(xs, xs[train], 1.0)}
for w in ["uniform", "distance"]:
    m = RadiusNeighborsClassifier(radius=1.0, weights=w, algorithm="kd_tree", outlier_label="most_frequent")
    m.fit(xs[train], y[train])
    pred = m.predict(xs)
    entry[w] = {"predict": [classes.index(p) for p in pred], "proba": m.predict_proba(xs).tolist()}
# rows with no neighbour inside the radius
nb = RadiusNeighborsClassifier(radius=1.0, algorithm="kd_tree").fit(xs[train], y[train])
dist, ind = nb.radius_neighbors(xs)
entry["outliers"] = [i for i in range(len(xs)) if len(ind[i]) == 0]
out["radius_classifier_iris"] = entry

# diabetes, standardized; train on the first 300 rows, query the rest
x, t = load("diabetes")
xs = standardize(x)
t = np.array([float(v) for v in t])
n = 300
r = 3.0
entry = {"train_rows": n, "radius": r, "min_boundary_gap": gap(xs[n:], xs[:n], r)}
for w in ["uniform", "distance"]:
    m = RadiusNeighborsRegressor(radius=r, weights=w, algorithm="kd_tree").fit(xs[:n], t[:n])
    p = m.predict(xs[n:])
    assert not np.isnan(p).any(), "every query row needs a neighbour"
    entry[w] = p.tolist()
out["radius_regressor_diabetes"] = entry

with open(os.path.join(HERE, "neighbors3_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

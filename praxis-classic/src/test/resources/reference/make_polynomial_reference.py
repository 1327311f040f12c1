#!/usr/bin/python3
"""Reference numbers for polynomial regression through a pipeline (praxis.preprocess.PolynomialFeatures with
praxis.linear models), computed with scikit-learn 1.2.1 (Debian python3-sklearn). Run from the repository root:
  /usr/bin/python3 praxis-classic/src/test/resources/reference/make_polynomial_reference.py
Writes praxis-classic/src/test/resources/reference/polynomial_reference.json.

Data: the raw diabetes features (column names from the CSV header) and target, all 442 rows.
  * ridge: make_pipeline(PolynomialFeatures(2, include_bias=False), StandardScaler(), Ridge(alpha)) for alpha
    0.1, 10;
  * ols_interactions: make_pipeline(PolynomialFeatures(2, interaction_only=True, include_bias=False),
    LinearRegression()) (full column rank; with squares, sex^2 would be collinear with sex and the intercept);
  * names: get_feature_names_out of PolynomialFeatures(3) and of PolynomialFeatures(2, interaction_only=True)
    on the diabetes column names.
Predictions are on the training rows.
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")

with open(os.path.join(DATA, "diabetes.csv"), newline="") as f:
    rows = list(csv.reader(f))
names = rows[0][:-1]
x = np.array([[float(v) for v in r[:-1]] for r in rows[1:]])
y = np.array([float(r[-1]) for r in rows[1:]])

out = {"sklearn_version": sklearn.__version__, "ridge": {}}
for alpha in (0.1, 10.0):
    m = make_pipeline(PolynomialFeatures(2, include_bias=False), StandardScaler(), Ridge(alpha=alpha)).fit(x, y)
    out["ridge"][str(alpha)] = {"coef": m[-1].coef_.tolist(), "intercept": float(m[-1].intercept_),
                                "predictions": m.predict(x).tolist()}
m = make_pipeline(PolynomialFeatures(2, interaction_only=True, include_bias=False), LinearRegression()).fit(x, y)
out["ols_interactions"] = {"coef": m[-1].coef_.tolist(), "intercept": float(m[-1].intercept_),
                           "predictions": m.predict(x).tolist()}
out["names_degree3"] = PolynomialFeatures(3).fit(x).get_feature_names_out(names).tolist()
out["names_interactions"] = PolynomialFeatures(2, interaction_only=True).fit(x).get_feature_names_out(names).tolist()
with open(os.path.join(HERE, "polynomial_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")

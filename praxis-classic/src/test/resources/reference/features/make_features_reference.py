#!/usr/bin/python3
"""Writes features_reference.json: scikit-learn 1.2.1 univariate feature scores for the feature-selection tests.

Run with the Debian python (apt-get install python3-sklearn):  /usr/bin/python3 make_features_reference.py
Data: the CSV files bundled with praxis-core (praxis/datasets/{digits,wine,diabetes}.csv), read here directly so
both sides see identical numbers. NaN scores (constant columns) are written as null.
"""
import json
import math
import os

import numpy as np
import csv
import sklearn
from sklearn.feature_selection import chi2, f_classif, f_regression, VarianceThreshold

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "../../../../../../praxis-core/src/main/resources/praxis/datasets")


def clean(a):
    return [None if (isinstance(v, float) and math.isnan(v)) else float(v) for v in np.asarray(a, dtype=float)]


def load(name, label):
    with open(os.path.join(DATA, name + ".csv")) as fh:
        rows = list(csv.reader(fh))
    k = rows[0].index(label)
    x = np.array([[float(v) for j, v in enumerate(r) if j != k] for r in rows[1:]])
    y = np.array([r[k] for r in rows[1:]])
    return x, y


def main():
    out = {"sklearn": sklearn.__version__, "numpy": np.__version__}
    for name, label in (("digits", "class"), ("wine", "class")):
        x, y = load(name, label)
        y = y.astype(str)
        c, cp = chi2(x, y)
        f, fp = f_classif(x, y)
        out[name] = {"chi2": clean(c), "chi2_p": clean(cp), "f": clean(f), "f_p": clean(fp),
                     "var": clean(x.var(axis=0))}
    x, y = load("diabetes", "target")
    f, fp = f_regression(x, y.astype(float))
    out["diabetes"] = {"f": clean(f), "f_p": clean(fp)}
    f, fp = f_regression(x, y.astype(float), center=False)
    out["diabetes"]["f_nocenter"] = clean(f)
    out["diabetes"]["f_nocenter_p"] = clean(fp)
    # mutual information (kNN estimators, n_neighbors=3, noise from RandomState(0) as scikit-learn adds it)
    from sklearn.feature_selection import mutual_info_classif, mutual_info_regression
    for name, label in (("digits", "class"), ("wine", "class")):
        xx, yy = load(name, label)
        out[name]["mi"] = clean(mutual_info_classif(xx, yy.astype(str), random_state=0))
    out["diabetes"]["mi"] = clean(mutual_info_regression(x, y.astype(float), random_state=0))
    # model-driven selectors on diabetes (raw columns): RFE over LinearRegression, SelectFromModel over Lasso,
    # forward/backward sequential selection with 5-fold KFold (no shuffle) and R^2
    from sklearn.feature_selection import RFE, SelectFromModel, SequentialFeatureSelector
    from sklearn.linear_model import Lasso, LinearRegression
    from sklearn.model_selection import KFold
    yf = y.astype(float)
    out["diabetes"]["rfe3_ranking"] = RFE(LinearRegression(), n_features_to_select=3).fit(x, yf).ranking_.tolist()
    out["diabetes"]["sfm_lasso_mean_support"] = [int(v) for v in
                                            SelectFromModel(Lasso(alpha=1.0), threshold="mean").fit(x, yf).get_support()]
    for d in ("forward", "backward"):
        sfs = SequentialFeatureSelector(LinearRegression(), n_features_to_select=4, direction=d, cv=KFold(5),
                                        scoring="r2").fit(x, yf)
        out["diabetes"]["sfs4_" + d] = [int(v) for v in sfs.get_support()]
    with open(os.path.join(HERE, "features_reference.json"), "w") as fh:
        json.dump(out, fh, indent=1)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Writes cv_reference.json: scikit-learn 1.2.1 cross-validation, grid search and curves, for CvReferenceTest.

Run with the Debian python (apt-get install python3-sklearn):  /usr/bin/python3 make_cv_reference.py
Models: NearestCentroid (iris, bundled with scikit-learn) and Ridge on a synthetic regression set written
into the fixture; the Java tests re-implement both as tiny test-only estimators.
"""
import json

import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.linear_model import Ridge
from sklearn.model_selection import (GridSearchCV, KFold, StratifiedKFold, cross_validate, learning_curve,
                                     validation_curve)
from sklearn.neighbors import NearestCentroid


def main():
    out = {"sklearn": sklearn.__version__, "numpy": np.__version__}
    iris = load_iris()
    out["iris_x"] = iris.data.tolist()
    out["iris_y"] = [str(iris.target_names[t]) for t in iris.target]
    cv = cross_validate(NearestCentroid(), iris.data, np.array(out["iris_y"]),
                        cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring="accuracy",
                        return_train_score=True)
    out["nc_cv"] = {"test": cv["test_score"].tolist(), "train": cv["train_score"].tolist()}

    r = np.random.RandomState(5)
    x = r.normal(size=(60, 3))
    y = x @ np.array([1.5, -2.0, 0.5]) + 3.0 + r.normal(scale=1.5, size=60)
    out["reg_x"] = x.tolist()
    out["reg_y"] = y.tolist()
    alphas = [0.01, 0.1, 1.0, 10.0, 100.0, 1000.0]
    gs = GridSearchCV(Ridge(), {"alpha": alphas}, cv=KFold(5, shuffle=True, random_state=42),
                      scoring={"neg_mse": "neg_mean_squared_error", "r2": "r2"}, refit="neg_mse")
    gs.fit(x, y)
    res = gs.cv_results_
    out["grid"] = {"alphas": alphas,
                   "mean_neg_mse": res["mean_test_neg_mse"].tolist(), "std_neg_mse": res["std_test_neg_mse"].tolist(),
                   "rank_neg_mse": res["rank_test_neg_mse"].tolist(),
                   "mean_r2": res["mean_test_r2"].tolist(), "std_r2": res["std_test_r2"].tolist(),
                   "rank_r2": res["rank_test_r2"].tolist(),
                   "best_alpha": gs.best_params_["alpha"], "best_score": gs.best_score_,
                   "best_coef": gs.best_estimator_.coef_.tolist(), "best_intercept": gs.best_estimator_.intercept_}
    tr, te = validation_curve(Ridge(), x, y, param_name="alpha", param_range=[0.1, 10.0, 1000.0], cv=KFold(4),
                              scoring="r2")
    out["validation"] = {"values": [0.1, 10.0, 1000.0], "train": tr.tolist(), "test": te.tolist()}
    sizes, tr, te = learning_curve(Ridge(alpha=1.0), x, y, train_sizes=[0.2, 0.5, 0.75, 1.0], cv=KFold(5),
                                   scoring="neg_mean_squared_error")
    out["learning"] = {"fractions": [0.2, 0.5, 0.75, 1.0], "sizes": sizes.tolist(), "train": tr.tolist(),
                       "test": te.tolist()}
    with open("cv_reference.json", "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()

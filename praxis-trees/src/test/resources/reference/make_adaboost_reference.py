"""AdaBoost reference values from scikit-learn 1.2.1 for praxis.boost.AdaBoostClassifierTest.

Data: 150 rows, 4 continuous features drawn from numpy RandomState(7) (distinct values, so every depth-1 tree
split is unique and tie-free), 3 classes from a noisy linear rule; plus a binary version (classes 0/1 of the
same rows by a second rule). Models: AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), n_estimators=15,
learning_rate=0.7, algorithm in {SAMME, SAMME.R}, random_state=0). Stored: X, y, and for each case the
estimator weights, estimator errors and predict_proba of the first 40 rows.

Run: /usr/bin/python3 make_adaboost_reference.py > adaboost_reference.json
"""
import json
import sys

import numpy as np
import sklearn
from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier

rng = np.random.RandomState(7)
n = 150
X = rng.normal(size=(n, 4))
s = X[:, 0] + 0.8 * X[:, 1] - 0.5 * X[:, 2] + 0.7 * rng.normal(size=n)
y3 = np.digitize(s, [-0.6, 0.6])
y2 = (X[:, 3] - 0.6 * X[:, 0] + 0.5 * rng.normal(size=n) > 0).astype(int)

out = {"sklearn": sklearn.__version__, "X": X.tolist(), "y3": y3.tolist(), "y2": y2.tolist(), "cases": []}
for target in ("y3", "y2"):
    y = y3 if target == "y3" else y2
    for algo in ("SAMME", "SAMME.R"):
        m = AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), n_estimators=15, learning_rate=0.7,
                               algorithm=algo, random_state=0).fit(X, y)
        out["cases"].append({
            "target": target, "algorithm": algo, "n_estimators": len(m.estimators_),
            "estimator_weights": m.estimator_weights_[:len(m.estimators_)].tolist(),
            "estimator_errors": m.estimator_errors_[:len(m.estimators_)].tolist(),
            "proba": m.predict_proba(X[:40]).tolist(),
            "predict": m.predict(X[:40]).tolist(),
        })
json.dump(out, sys.stdout, indent=1)

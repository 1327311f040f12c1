#!/usr/bin/python3
"""Reference numbers for the praxis.nn MLP tests, computed with scikit-learn 1.2.1 (Debian python3-sklearn).

The reference protocol of /work/shared/reference (sklearn_baselines.py): 5-fold StratifiedKFold (KFold for
regression), shuffle=True, random_state=0, StandardScaler fitted inside each fold. Records the mean score of
scikit-learn's MLP with the baseline settings (max_iter=500, random_state=0) and, for digits, also with the
architecture the Praxis test uses (256 hidden units, batch 64, max_iter=300).
Reads the CSV files the tests use and writes nn_reference.json next to this script. Run from the repository
root:
  /usr/bin/python3 praxis-neural/src/test/resources/reference/make_nn_reference.py
"""
import csv
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_score
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    y = [r[-1] for r in body]
    return x, y


def cv(model, x, y, classification):
    folds = (StratifiedKFold if classification else KFold)(5, shuffle=True, random_state=0)
    scores = cross_val_score(make_pipeline(StandardScaler(), model), x, y, cv=folds,
                             scoring="accuracy" if classification else "r2")
    return {"mean": float(np.mean(scores)), "folds": [float(s) for s in scores]}


assert sklearn.__version__ == "1.2.1", sklearn.__version__
warnings.simplefilter("ignore", ConvergenceWarning)
out = {"sklearn_version": sklearn.__version__}
xd, yd = load("digits")
out["digits_mlp_baseline"] = cv(MLPClassifier(max_iter=500, random_state=0), xd, yd, True)
out["digits_mlp_256_batch64"] = cv(MLPClassifier(hidden_layer_sizes=(256,), batch_size=64, max_iter=300,
                                                 random_state=0), xd, yd, True)
xr, yr = load("diabetes")
yr = np.array([float(v) for v in yr])
out["diabetes_mlp_baseline"] = cv(MLPRegressor(max_iter=500, random_state=0), xr, yr, False)
with open(os.path.join(HERE, "nn_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print(json.dumps(out, indent=1))

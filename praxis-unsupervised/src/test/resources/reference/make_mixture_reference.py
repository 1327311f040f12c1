"""Reference Gaussian mixtures from scikit-learn 1.2.1 for praxis-unsupervised GaussianMixtureReferenceTest.

Run: /usr/bin/python3 make_mixture_reference.py  (writes mixture_reference.json beside this script).
Datasets: praxis-core's bundled CSVs, label (last) column dropped; wine standardized (ddof 0).
"""
import csv, json, os, warnings
import numpy as np
import sklearn
from sklearn.mixture import GaussianMixture

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")

def features(name):
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rows])

X = {"iris": features("iris")}
w = features("wine")
X["wine_std"] = (w - w.mean(axis=0)) / w.std(axis=0)
cases = []
for ds in ["iris", "wine_std"]:
    for cov in ["full", "tied", "diag", "spherical"]:
        for k, init, n_init, seed in [(3, "kmeans", 1, 0), (2, "random", 1, 0), (3, "kmeans", 3, 7)]:
            g = GaussianMixture(n_components=k, covariance_type=cov, init_params=init, n_init=n_init,
                                random_state=seed).fit(X[ds])
            cases.append({"dataset": ds, "covariance_type": cov, "k": k, "init": init, "n_init": n_init, "seed": seed,
                          "weights": g.weights_.tolist(), "means": g.means_.tolist(),
                          "lower_bound": float(g.lower_bound_), "n_iter": int(g.n_iter_),
                          "converged": bool(g.converged_), "bic": float(g.bic(X[ds])), "aic": float(g.aic(X[ds])),
                          "score_samples5": g.score_samples(X[ds][:5]).tolist(),
                          "proba5": g.predict_proba(X[ds][:5]).tolist(), "labels": g.predict(X[ds]).tolist()})
json.dump({"generator": "make_mixture_reference.py", "sklearn": sklearn.__version__, "cases": cases},
          open(os.path.join(here, "mixture_reference.json"), "w"))
print(len(cases), "cases")

"""Reference k-means results from scikit-learn 1.2.1 for praxis-unsupervised KMeansReferenceTest.

Run: /usr/bin/python3 make_kmeans_reference.py  (writes kmeans_reference.json beside this script).
Datasets are read from praxis-core's bundled CSVs (label column dropped; wine standardized with population std).
"""
import json, os, warnings
import numpy as np
import csv
import sklearn
from sklearn.cluster import KMeans

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")

def features(name):
    """All columns but the last (the label) as floats."""
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rows])

cases = []
def add(name, X, k, init, n_init, algorithm, seed, weights=None):
    km = KMeans(n_clusters=k, init=init, n_init=n_init, algorithm=algorithm, random_state=seed)
    km.fit(X, sample_weight=weights)
    cases.append({"dataset": name, "k": k, "init": init, "n_init": n_init, "algorithm": algorithm, "seed": seed,
                  "weighted": weights is not None, "inertia": float(km.inertia_), "labels": km.labels_.tolist(),
                  "centers": km.cluster_centers_.tolist(), "n_iter": int(km.n_iter_)})

for name in ["iris", "wine"]:
    X = features(name)
    if name == "wine":
        X = (X - X.mean(axis=0)) / X.std(axis=0)
    for k in [2, 3, 5]:
        for init in ["k-means++", "random"]:
            add(name, X, k, init, 1, "lloyd", 0)
    add(name, X, 3, "k-means++", 10, "lloyd", 0)
    add(name, X, 3, "k-means++", 10, "elkan", 0)
    add(name, X, 4, "k-means++", 3, "lloyd", 42)
    w = np.arange(1, X.shape[0] + 1) % 3 + 0.5
    add(name, X, 3, "k-means++", 1, "lloyd", 0, w)
X = features("digits")
add("digits", X, 10, "k-means++", 1, "lloyd", 0)
add("digits", X, 10, "k-means++", 1, "elkan", 0)
json.dump({"generator": "make_kmeans_reference.py", "sklearn": sklearn.__version__, "cases": cases},
          open(os.path.join(here, "kmeans_reference.json"), "w"))
print(len(cases), "cases")

"""Reference DBSCAN labels from scikit-learn 1.2.1 for praxis-unsupervised DBSCANReferenceTest.

Run: /usr/bin/python3 make_dbscan_reference.py  (writes dbscan_reference.json beside this script).
Datasets: praxis-core's bundled CSVs, label (last) column dropped; wine standardized (ddof 0).
"""
import csv, json, os
import numpy as np
import sklearn
from sklearn.cluster import DBSCAN

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")

def features(name):
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rows])

w = features("wine")
X = {"iris": features("iris"), "wine_std": (w - w.mean(axis=0)) / w.std(axis=0), "digits": features("digits")}
cases = []
for ds, eps, ms, metric, weighted in [("iris", 0.5, 5, "euclidean", False), ("iris", 0.3, 4, "euclidean", False),
                                      ("iris", 0.8, 10, "manhattan", False), ("wine_std", 2.0, 5, "euclidean", False),
                                      ("wine_std", 2.5, 8, "chebyshev", False), ("digits", 20.0, 5, "euclidean", False),
                                      ("iris", 0.4, 6, "euclidean", True)]:
    sw = (np.arange(X[ds].shape[0]) % 3 + 1.0) if weighted else None
    m = DBSCAN(eps=eps, min_samples=ms, metric=metric).fit(X[ds], sample_weight=sw)
    cases.append({"dataset": ds, "eps": eps, "min_samples": ms, "metric": metric, "weighted": weighted,
                  "labels": m.labels_.tolist(), "core": m.core_sample_indices_.tolist()})
json.dump({"generator": "make_dbscan_reference.py", "sklearn": sklearn.__version__, "cases": cases},
          open(os.path.join(here, "dbscan_reference.json"), "w"))
print([(c["dataset"], len(set(c["labels"])) - (1 if -1 in c["labels"] else 0), c["labels"].count(-1)) for c in cases])

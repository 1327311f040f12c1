"""Reference OPTICS results from scikit-learn 1.2.1 for praxis-unsupervised OPTICSTest.

Run: /usr/bin/python3 make_optics_reference.py  (writes optics_reference.json beside this script).
Datasets (stored in the JSON so both sides use the same bits): iris (praxis-core's bundled CSV, label column
dropped; it has duplicate rows, so zero reachabilities), also standardized with ddof 0, and make_blobs(300, centers with standard deviations 0.3 / 1.0 / 2.0,
random_state=0). Infinite reachabilities / core distances are written as null.
"""
import csv, json, os
import numpy as np
import sklearn
from sklearn.cluster import OPTICS, cluster_optics_dbscan
from sklearn.datasets import make_blobs

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")

def features(name):
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rows])

iris = features("iris")
blobs, _ = make_blobs(n_samples=300, centers=[[0, 0], [6, 6], [-6, 8]], cluster_std=[0.3, 1.0, 2.0],
                      random_state=0)
X = {"iris_std": (iris - iris.mean(axis=0)) / iris.std(axis=0), "blobs": blobs, "iris": iris}

def fin(v):
    return [None if np.isinf(t) else float(t) for t in v]

cases = []
for ds, kw, eps_list in [
        ("iris_std", dict(min_samples=5), [0.5, 0.8]),
        ("iris_std", dict(min_samples=10, metric="manhattan", xi=0.1, predecessor_correction=False), [1.0]),
        ("blobs", dict(min_samples=10, min_cluster_size=15), [0.3, 0.7, 1.5]),
        ("blobs", dict(min_samples=8, max_eps=1.0, xi=0.03), [0.4, 1.0]),
        ("iris", dict(min_samples=2, min_cluster_size=3), [0.2]),
        ("iris", dict(min_samples=4, p=3, xi=0.08), [0.3, 0.5])]:
    m = OPTICS(**kw).fit(X[ds])
    dbscan = [cluster_optics_dbscan(reachability=m.reachability_, core_distances=m.core_distances_,
                                    ordering=m.ordering_, eps=e).tolist() for e in eps_list]
    for e, lab in zip(eps_list, dbscan):  # the estimator's own dbscan extraction gives the same
        assert lab == OPTICS(cluster_method="dbscan", eps=e, **kw).fit(X[ds]).labels_.tolist()
    cases.append({"dataset": ds, "params": kw, "ordering": m.ordering_.tolist(),
                  "reachability": fin(m.reachability_), "core_distances": fin(m.core_distances_),
                  "predecessor": m.predecessor_.tolist(), "labels_xi": m.labels_.tolist(),
                  "cluster_hierarchy": m.cluster_hierarchy_.tolist(), "eps": eps_list, "labels_dbscan": dbscan})
json.dump({"generator": "make_optics_reference.py", "sklearn": sklearn.__version__,
           "data": {k: v.tolist() for k, v in X.items()}, "cases": cases},
          open(os.path.join(here, "optics_reference.json"), "w"))
for c in cases:
    print(c["dataset"], c["params"], "xi clusters", max(c["labels_xi"]) + 1, "noise", c["labels_xi"].count(-1),
          "hierarchy", len(c["cluster_hierarchy"]),
          "dbscan", [(max(l) + 1, l.count(-1)) for l in c["labels_dbscan"]])

"""Reference hierarchical clusterings from scikit-learn 1.2.1 (SciPy 1.10.1 linkage underneath) for
praxis-unsupervised AgglomerativeReferenceTest.

Run: /usr/bin/python3 make_agglomerative_reference.py  (writes agglomerative_reference.json beside this script).
Datasets: praxis-core's bundled CSVs, label (last) column dropped; wine standardized (ddof 0); iris and digits
deduplicated (np.unique rows, first occurrence order) because exact-duplicate rows make merge order a tie.
"""
import csv, json, os, warnings
import numpy as np
import sklearn
from sklearn.cluster import AgglomerativeClustering

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")

def features(name):
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rows])

def dedup(X):
    _, idx = np.unique(X, axis=0, return_index=True)
    return np.sort(idx)

w = features("wine")
X = {"wine_std": (w - w.mean(axis=0)) / w.std(axis=0)}
out = {"generator": "make_agglomerative_reference.py", "sklearn": sklearn.__version__, "dedup": {}, "cases": []}
for name in ["iris", "digits"]:
    F = features(name)
    idx = dedup(F)
    if name == "digits":
        idx = idx[:400]
    out["dedup"][name] = idx.tolist()
    X[name] = F[idx]
for ds in ["wine_std", "iris", "digits"]:
    for linkage in ["ward", "complete", "average", "single"]:
        for k in [2, 3, 7]:
            m = AgglomerativeClustering(n_clusters=k, linkage=linkage, compute_distances=True).fit(X[ds])
            out["cases"].append({"dataset": ds, "linkage": linkage, "k": k, "labels": m.labels_.tolist(),
                                 "children": m.children_.tolist(), "distances": m.distances_.tolist()})
    m = AgglomerativeClustering(n_clusters=None, distance_threshold=5.0, linkage="ward").fit(X[ds])
    out["cases"].append({"dataset": ds, "linkage": "ward", "threshold": 5.0, "k": int(m.n_clusters_),
                         "labels": m.labels_.tolist(), "children": m.children_.tolist(),
                         "distances": m.distances_.tolist()})
json.dump(out, open(os.path.join(here, "agglomerative_reference.json"), "w"))
print(len(out["cases"]), "cases")

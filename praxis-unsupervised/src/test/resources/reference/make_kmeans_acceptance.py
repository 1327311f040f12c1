"""Issue-5 acceptance reference: scikit-learn 1.2.1 KMeans(k = #classes, n_init=10, random_state=0) on
standardized iris / wine / breast_cancer / digits (the protocol of ../shared/reference/sklearn_baselines.py),
with the adjusted Rand index against the class and the silhouette of the same labels.

Run: /usr/bin/python3 make_kmeans_acceptance.py  (writes kmeans_acceptance.json beside this script).
"""
import csv, json, os, warnings
import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, silhouette_score
from sklearn.preprocessing import StandardScaler

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")
out = {"generator": "make_kmeans_acceptance.py", "sklearn": sklearn.__version__, "cases": []}
for name in ["iris", "wine", "breast_cancer", "digits"]:
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    X = StandardScaler().fit_transform(np.array([[float(v) for v in r[:-1]] for r in rows]))
    y = [r[-1] for r in rows]
    k = len(set(y))
    km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
    out["cases"].append({"dataset": name, "k": k, "labels": km.labels_.tolist(), "inertia": float(km.inertia_),
                         "ari": float(adjusted_rand_score(y, km.labels_)),
                         "silhouette": float(silhouette_score(X, km.labels_))})
json.dump(out, open(os.path.join(here, "kmeans_acceptance.json"), "w"))
print([(c["dataset"], round(c["ari"], 4), round(c["silhouette"], 4)) for c in out["cases"]])

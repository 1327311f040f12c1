"""Reference outlier scores from scikit-learn 1.2.1 for praxis-unsupervised OutlierReferenceTest.

Run: /usr/bin/python3 make_outlier_reference.py  (writes outlier_reference.json beside this script).
Data: praxis-core's bundled CSVs, label (last) column dropped; wine and breast_cancer standardized (ddof 0).
(iris and digits are avoided for LOF: their many tied distances make the k-th neighbour depend on tree traversal order.)
"digits_0vs1": all 178 digits labelled 0 plus the first 12 labelled 1 (the anomalies), raw pixel values.
"""
import csv, json, os
import numpy as np
import sklearn
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score
from sklearn.neighbors import LocalOutlierFactor

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")

def load(name):
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rows]), [r[-1] for r in rows]

w, _ = load("wine")
bc, _ = load("breast_cancer")
digits, labels = load("digits")
zeros = [i for i, l in enumerate(labels) if l == "0"]
ones = [i for i, l in enumerate(labels) if l == "1"][:12]
rows01 = zeros + ones
X = {"wine_std": (w - w.mean(axis=0)) / w.std(axis=0), "breast_cancer_std": (bc - bc.mean(axis=0)) / bc.std(axis=0), "digits_0vs1": digits[rows01]}
y01 = np.array([0] * len(zeros) + [1] * len(ones))
out = {"generator": "make_outlier_reference.py", "sklearn": sklearn.__version__, "digits_rows": rows01,
       "lof": [], "iforest": []}
for ds, k, cont in [("wine_std", 20, "auto"), ("breast_cancer_std", 10, 0.1)]:
    lof = LocalOutlierFactor(n_neighbors=k, contamination=cont)
    pred = lof.fit_predict(X[ds])
    nov = LocalOutlierFactor(n_neighbors=k, contamination=cont, novelty=True).fit(X[ds])
    shifted = X[ds][:10] + 0.05
    out["lof"].append({"dataset": ds, "k": k, "contamination": 0.0 if cont == "auto" else cont,
                       "nof": lof.negative_outlier_factor_.tolist(), "labels": pred.tolist(),
                       "offset": float(lof.offset_), "novel_scores10": nov.score_samples(shifted).tolist(),
                       "novel_predict10": nov.predict(shifted).tolist()})
f = IsolationForest(random_state=0).fit(X["digits_0vs1"])
s = f.score_samples(X["digits_0vs1"])
out["iforest"].append({"dataset": "digits_0vs1", "scores": s.tolist(), "auc": float(roc_auc_score(y01, -s))})
f = IsolationForest(random_state=0).fit(X["wine_std"])
out["iforest"].append({"dataset": "wine_std", "scores": f.score_samples(X["wine_std"]).tolist()})
json.dump(out, open(os.path.join(here, "outlier_reference.json"), "w"))
print(out["iforest"][0]["auc"])

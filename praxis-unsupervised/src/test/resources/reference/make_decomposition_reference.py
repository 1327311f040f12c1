"""Reference decompositions from scikit-learn 1.2.1 for praxis-unsupervised DecompositionReferenceTest.

Run: /usr/bin/python3 make_decomposition_reference.py  (writes decomposition_reference.json beside this script).
Datasets: praxis-core's bundled CSVs, label (last) column dropped; "wine_std" is wine standardized (ddof 0).
"""
import csv, json, os, warnings
import numpy as np
import scipy.sparse as sp
import sklearn
from sklearn.decomposition import PCA, IncrementalPCA, KernelPCA, TruncatedSVD

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")

def features(name):
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rows])

X = {"iris": features("iris"), "digits": features("digits")}
w = features("wine")
X["wine_std"] = (w - w.mean(axis=0)) / w.std(axis=0)
out = {"generator": "make_decomposition_reference.py", "sklearn": sklearn.__version__, "pca": [], "ipca": [],
       "tsvd": [], "kpca": []}

def pca_case(ds, **kw):
    m = PCA(**kw).fit(X[ds])
    z = m.transform(X[ds][:5])
    out["pca"].append({"dataset": ds, "params": {k: v for k, v in kw.items()}, "n_components": int(m.n_components_),
        "components": m.components_.tolist(), "explained_variance": m.explained_variance_.tolist(),
        "ratio": m.explained_variance_ratio_.tolist(), "singular_values": m.singular_values_.tolist(),
        "noise_variance": float(m.noise_variance_), "mean": m.mean_.tolist(), "scores5": z.tolist(),
        "inverse5": m.inverse_transform(z).tolist()})

pca_case("iris", n_components=2)
pca_case("iris", n_components=2, whiten=True)
pca_case("wine_std", n_components=0.9, svd_solver="full")
pca_case("wine_std")
pca_case("digits", n_components=10, svd_solver="full")
pca_case("digits", n_components=5, svd_solver="randomized", random_state=0)

for ds, k, b in [("iris", 2, 30), ("digits", 10, None)]:
    m = IncrementalPCA(n_components=k, batch_size=b).fit(X[ds])
    out["ipca"].append({"dataset": ds, "n_components": k, "batch_size": b or 0, "components": m.components_.tolist(),
        "explained_variance": m.explained_variance_.tolist(), "ratio": m.explained_variance_ratio_.tolist(),
        "singular_values": m.singular_values_.tolist(), "noise_variance": float(m.noise_variance_),
        "mean": m.mean_.tolist(), "scores5": m.transform(X[ds][:5]).tolist()})

for alg in ["arpack", "randomized"]:
    m = TruncatedSVD(n_components=5, algorithm=alg, random_state=0).fit(sp.csr_matrix(X["digits"]))
    out["tsvd"].append({"dataset": "digits", "algorithm": alg, "components": m.components_.tolist(),
        "explained_variance": m.explained_variance_.tolist(), "ratio": m.explained_variance_ratio_.tolist(),
        "singular_values": m.singular_values_.tolist(), "scores5": m.transform(X["digits"][:5]).tolist()})

for kw in [dict(kernel="rbf", gamma=0.5, n_components=3, fit_inverse_transform=True),
           dict(kernel="poly", degree=2, n_components=2), dict(kernel="cosine", n_components=2),
           dict(kernel="linear", n_components=2)]:
    m = KernelPCA(**kw).fit(X["iris"])
    e = {"dataset": "iris", "params": kw, "eigenvalues": m.eigenvalues_.tolist(),
         "train5": m.transform(X["iris"][:5]).tolist(),
         "new5": m.transform(X["iris"][:5] + 0.1).tolist()}
    if kw.get("fit_inverse_transform"):
        e["inverse5"] = m.inverse_transform(m.transform(X["iris"][:5])).tolist()
    out["kpca"].append(e)

json.dump(out, open(os.path.join(here, "decomposition_reference.json"), "w"))
print({k: len(v) for k, v in out.items() if isinstance(v, list)})

"""Reference NMF factorizations from scikit-learn 1.2.1 for praxis-unsupervised NMFReferenceTest.

Run: /usr/bin/python3 make_nmf_reference.py  (writes nmf_reference.json beside this script).
Data: praxis-core's bundled digits (first 300 rows, raw 0-16 pixel counts) and iris (raw), label column dropped.
"""
import csv, json, os, warnings
import numpy as np
import sklearn
from sklearn.decomposition import NMF

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")

def features(name):
    with open(os.path.join(data, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rows])

X = {"digits300": features("digits")[:300], "iris": features("iris")}
cases = []
for ds, k, solver, loss, init, alpha, l1 in [("iris", 2, "cd", "frobenius", "nndsvda", 0.0, 0.0),
                                             ("digits300", 8, "cd", "frobenius", "nndsvda", 0.0, 0.0),
                                             ("digits300", 8, "cd", "frobenius", "nndsvd", 0.001, 0.5),
                                             ("digits300", 6, "mu", "frobenius", "nndsvda", 0.0, 0.0),
                                             ("digits300", 6, "mu", "kullback-leibler", "nndsvda", 0.0, 0.0),
                                             ("iris", 3, "cd", "frobenius", "random", 0.0, 0.0)]:
    m = NMF(n_components=k, solver=solver, beta_loss=loss, init=init, alpha_W=alpha, l1_ratio=l1, random_state=0,
            max_iter=1000, tol=1e-6)
    W = m.fit_transform(X[ds])
    cases.append({"dataset": ds, "k": k, "solver": solver, "loss": loss, "init": init, "alpha": alpha, "l1_ratio": l1,
                  "components": m.components_.tolist(), "W5": W[:5].tolist(), "error": float(m.reconstruction_err_),
                  "n_iter": int(m.n_iter_), "transform5": m.transform(X[ds][:5]).tolist()})
json.dump({"generator": "make_nmf_reference.py", "sklearn": sklearn.__version__, "cases": cases},
          open(os.path.join(here, "nmf_reference.json"), "w"))
print([(c["dataset"], c["solver"], c["loss"], c["n_iter"], round(c["error"], 4)) for c in cases])

#!/usr/bin/python3
"""Reference numbers for the nu-SVM, one-class SVM and linear SVM tests (NuSvmReferenceTest,
LinearSvmReferenceTest), computed with scikit-learn 1.2.1 (Debian python3-sklearn: NuSVC / NuSVR / OneClassSVM
wrap LIBSVM 3.x, LinearSVC / LinearSVR wrap LIBLINEAR).

Kernel cases store their (standardized, population std) matrices so the tests use exactly the same numbers.
Linear cases are on whole bundled datasets, standardized the same way in the test (Fixtures.standardize);
they are fitted with a tight tol and a large max_iter so that the reference is close to the exact optimum of
the (strictly convex) primal, and store coefficients, intercepts and the primal objective.
Run from the repository root:
    /usr/bin/python3 praxis-classic/src/test/resources/reference/make_svm2_reference.py
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.svm import NuSVC, NuSVR, OneClassSVM, LinearSVC, LinearSVR

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "praxis-core", "src", "main", "resources", "praxis",
                    "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    x = np.array([[float(v) for v in r[:-1]] for r in body])
    labels = [r[-1] for r in body]
    return x, labels


def standardize(x):
    sd = x.std(axis=0)
    sd[sd == 0] = 1.0
    return (x - x.mean(axis=0)) / sd


def tolist(a):
    if hasattr(a, "toarray"):  # scipy sparse (dual_coef_ of a model fitted on sparse input)
        a = a.toarray()
    return np.asarray(a, dtype=float).tolist()


def nusvc_case(x, y, **kw):
    m = NuSVC(**kw).fit(x, y)
    return {"params": kw, "x": tolist(x), "y": list(y), "classes": list(m.classes_),
            "gamma": float(m._gamma), "support": m.support_.tolist(), "n_support": m.n_support_.tolist(),
            "dual_coef": tolist(m.dual_coef_), "intercept": tolist(m.intercept_),
            "decision_ovo": tolist(NuSVC(decision_function_shape="ovo", **kw).fit(x, y).decision_function(x)),
            "predict": list(m.predict(x))}


def nusvr_case(x, y, **kw):
    m = NuSVR(**kw).fit(x, y)
    return {"params": kw, "x": tolist(x), "y": tolist(y), "gamma": float(m._gamma), "support": m.support_.tolist(),
            "dual_coef": tolist(m.dual_coef_), "intercept": tolist(m.intercept_), "predict": tolist(m.predict(x))}


def ocsvm_case(x, **kw):
    m = OneClassSVM(**kw).fit(x)
    return {"params": kw, "x": tolist(x), "gamma": float(m._gamma), "support": m.support_.tolist(),
            "dual_coef": tolist(m.dual_coef_), "intercept": tolist(m.intercept_), "offset": float(m.offset_[0]),
            "decision": tolist(m.decision_function(x)), "predict": m.predict(x).tolist()}


out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__,
       "note": "kernel cases: x standardized (population std), tol 1e-3 (default); linear cases: whole dataset "
               "standardized (population std), tol and max_iter as stored"}

x, labels = load("iris")
xs = standardize(x)
x2 = standardize(x[50:])
y2 = labels[50:]
out["nusvc_iris2_rbf"] = nusvc_case(x2, y2)
out["nusvc_iris2_linear"] = nusvc_case(x2, y2, kernel="linear", nu=0.3)
out["nusvc_iris3_rbf"] = nusvc_case(xs, labels, nu=0.2)
out["nusvc_iris3_poly"] = nusvc_case(xs, labels, kernel="poly", gamma=0.5, degree=2, coef0=1.0, nu=0.4)

xd, yd = load("diabetes")
xd = standardize(xd[:120])
yd = np.array([float(v) for v in yd[:120]])
out["nusvr_diabetes_raw"] = nusvr_case(xd, yd, C=100.0, nu=0.4)
out["nusvr_diabetes_std"] = nusvr_case(xd, (yd - yd.mean()) / yd.std())
out["nusvr_diabetes_linear"] = nusvr_case(xd, (yd - yd.mean()) / yd.std(), kernel="linear", C=0.5, nu=0.3)

out["ocsvm_iris_rbf"] = ocsvm_case(xs, nu=0.1)
out["ocsvm_setosa_rbf"] = ocsvm_case(standardize(x[:50]), nu=0.5, gamma=0.25)
xw, _ = load("wine")
out["ocsvm_wine_poly"] = ocsvm_case(standardize(xw), kernel="poly", gamma=0.1, degree=2, coef0=1.0, nu=0.25)


def linear_svc_case(name, **kw):
    x, labels = load(name)
    x = standardize(x)
    m = LinearSVC(random_state=0, **kw).fit(x, labels)
    y = np.array(labels)
    cw = kw.get("class_weight") or {}
    hinge = kw.get("loss", "squared_hinge") == "hinge"
    c = kw.get("C", 1.0)
    # primal objective per one-vs-rest problem (liblinear: bias column = intercept_scaling, penalized)
    objs = []
    classes = list(m.classes_)
    rows = [classes[1]] if len(classes) == 2 else classes
    s = kw.get("intercept_scaling", 1.0)
    for k, cls in enumerate(rows):
        yy = np.where(y == cls, 1.0, -1.0)
        if len(classes) == 2:
            ci = np.where(y == cls, c * cw.get(cls, 1.0), c * cw.get(classes[0], 1.0))
        else:
            ci = np.where(y == cls, c * cw.get(cls, 1.0), c)
        w = m.coef_[k]
        b = m.intercept_[k] / s
        margin = np.maximum(0.0, 1 - yy * (x @ w + m.intercept_[k]))
        loss = margin if hinge else margin ** 2
        objs.append(float(0.5 * (w @ w + b * b) + np.sum(ci * loss)))
    return {"dataset": name, "params": kw, "classes": classes, "coef": tolist(m.coef_),
            "intercept": tolist(m.intercept_), "objective": objs, "predict": list(m.predict(x)),
            "n_iter": int(m.n_iter_)}


def linear_svr_case(name, **kw):
    x, t = load(name)
    x = standardize(x)
    t = np.array([float(v) for v in t])
    m = LinearSVR(random_state=0, **kw).fit(x, t)
    s = kw.get("intercept_scaling", 1.0)
    eps = kw.get("epsilon", 0.0)
    r = np.maximum(0.0, np.abs(t - m.predict(x)) - eps)
    loss = r if kw.get("loss", "epsilon_insensitive") == "epsilon_insensitive" else r ** 2
    b = m.intercept_[0] / s
    obj = float(0.5 * (m.coef_ @ m.coef_ + b * b) + kw.get("C", 1.0) * np.sum(loss))
    return {"dataset": name, "params": kw, "coef": tolist(m.coef_), "intercept": tolist(m.intercept_),
            "objective": obj, "predict": tolist(m.predict(x)), "n_iter": int(m.n_iter_)}


TIGHT = {"tol": 1e-8, "max_iter": 200000}
out["linsvc_breast_sqhinge"] = linear_svc_case("breast_cancer", C=0.5, **TIGHT)
out["linsvc_breast_hinge"] = linear_svc_case("breast_cancer", C=0.1, loss="hinge", **TIGHT)
out["linsvc_wine_sqhinge"] = linear_svc_case("wine", C=1.0, **TIGHT)
out["linsvc_wine_weighted"] = linear_svc_case("wine", C=0.2, loss="hinge", intercept_scaling=2.0,
                                              class_weight={"class_0": 2.0, "class_1": 0.5, "class_2": 1.0},
                                              **TIGHT)
out["linsvc_breast_default"] = linear_svc_case("breast_cancer")
out["linsvr_diabetes_l1"] = linear_svr_case("diabetes", C=1.0, epsilon=5.0, **TIGHT)
out["linsvr_diabetes_l2"] = linear_svr_case("diabetes", C=0.1, loss="squared_epsilon_insensitive", epsilon=1.0,
                                            intercept_scaling=10.0, **TIGHT)

# Sparse input: the first 240 digits of classes 0-3, pixels / 16, written as a LibSVM file (1-based indices,
# zeros left out; about 50% of the cells are zero) and read back with scikit-learn's sparse loader, so the
# reference models are fitted on a scipy CSR matrix (LIBSVM's / LIBLINEAR's sparse code paths).
from sklearn.datasets import load_svmlight_file
xg, lg = load("digits")
keep = [i for i, v in enumerate(lg) if v in ("0", "1", "2", "3")][:240]
xg = xg[keep] / 16.0
lg = [lg[i] for i in keep]
path = os.path.join(HERE, "digits4_sparse.libsvm")
with open(path, "w") as f:
    for row, lab in zip(xg, lg):
        f.write(lab + "".join(" %d:%s" % (j + 1, repr(float(v))) for j, v in enumerate(row) if v != 0) + "\n")
xsp, ysp = load_svmlight_file(path, n_features=64)
assert xsp.format == "csr"
ysp = [str(int(v)) for v in ysp]
sp = {"file": "digits4_sparse.libsvm", "density": float(xsp.nnz) / (xsp.shape[0] * xsp.shape[1])}
m = LinearSVC(C=0.1, tol=1e-8, max_iter=200000, random_state=0).fit(xsp, ysp)
sp["linear_svc"] = {"params": {"C": 0.1, "tol": 1e-8, "max_iter": 200000}, "classes": list(m.classes_),
                    "coef": tolist(m.coef_), "intercept": tolist(m.intercept_), "predict": list(m.predict(xsp))}
from sklearn.svm import SVC
m = SVC().fit(xsp, ysp)
sp["svc"] = {"gamma": float(m._gamma), "support": m.support_.tolist(), "n_support": m.n_support_.tolist(),
             "dual_coef": tolist(m.dual_coef_), "intercept": tolist(m.intercept_),
             "decision_ovo": tolist(SVC(decision_function_shape="ovo").fit(xsp, ysp).decision_function(xsp)),
             "predict": list(m.predict(xsp))}
m = OneClassSVM(nu=0.2).fit(xsp)
sp["one_class_svm"] = {"gamma": float(m._gamma), "support": m.support_.tolist(),
                       "dual_coef": tolist(m.dual_coef_),
                       "intercept": tolist(m.intercept_), "decision": tolist(m.decision_function(xsp)),
                       "predict": m.predict(xsp).tolist()}
out["sparse_digits4"] = sp

# 5-fold stratified CV (shuffle, random_state 0) accuracy of StandardScaler + NuSVC() / LinearSVC() - the
# protocol of /work/shared/reference/sklearn_baselines.py; fold test indices recorded for the Java test.
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
cv = {}
for name in ["iris", "breast_cancer", "wine"]:
    x, labels = load(name)
    y = np.array(labels)
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(x, labels))
    entry = {"test_folds": [te.tolist() for _, te in folds]}
    for key, make in [("nu_svc", lambda: NuSVC()), ("linear_svc", lambda: LinearSVC(random_state=0))]:
        accs = []
        for tr, te in folds:
            pipe = Pipeline([("s", StandardScaler()), ("m", make())]).fit(x[tr], y[tr])
            accs.append(float(np.mean(pipe.predict(x[te]) == y[te])))
        entry[key] = {"fold_accuracy": accs, "accuracy": float(np.mean(accs))}
    cv[name] = entry
out["cv_protocol"] = cv

with open(os.path.join(HERE, "svm2_reference.json"), "w") as f:
    json.dump(out, f, indent=1)

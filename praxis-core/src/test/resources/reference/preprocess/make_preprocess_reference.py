#!/usr/bin/python3
"""Reference numbers for praxis.preprocess / praxis.pipeline tests, from scikit-learn 1.2.1 (Debian package).

Usage (from this folder):  /usr/bin/python3 make_preprocess_reference.py  ->  preprocess_reference.json

Data: PimaIndiansDiabetes2.csv (8 numeric features with missing values) and BreastCancer.csv (5 ordinal and
4 nominal string features, missing values in Bare.nuclei); the label column `class` is dropped.
Split: rows with index % 4 == 0 are the test rows, the others the training rows (both in file order).
Every estimator is fitted on the training rows; transforms are of the test rows.
Output names follow Praxis: one-hot columns are "column=level", everything else keeps the input name.
NaN is written as null.
"""
import csv
import json
import math

import numpy as np
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.impute import MissingIndicator, SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import (MinMaxScaler, Normalizer, OneHotEncoder, OrdinalEncoder, RobustScaler,
                                   StandardScaler)

assert sklearn.__version__ == "1.2.1", sklearn.__version__

LEVELS10 = [str(i) for i in range(1, 11)]
ORDINAL = ["Cl.thickness", "Cell.size", "Cell.shape", "Marg.adhesion", "Epith.c.size"]
NOMINAL = ["Bare.nuclei", "Bl.cromatin", "Normal.nucleoli", "Mitoses"]


def clean(a):
    a = np.asarray(a, dtype=float)
    if a.ndim == 1:
        return [None if math.isnan(v) else float(v) for v in a]
    return [clean(col) for col in a.T]  # column-major: list of columns


def read_csv(path, numeric):
    """Header and rows without the last (label) column; empty unquoted fields are missing (NaN / None)."""
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0][:-1]
    data = [r[:-1] for r in rows[1:]]
    if numeric:
        return header, np.array([[float(v) if v != "" else np.nan for v in r] for r in data])
    return header, np.array([[v if v != "" else np.nan for v in r] for r in data], dtype=object)


def split(a):
    idx = np.arange(len(a))
    return a[idx % 4 != 0], a[idx % 4 == 0]


def columns_by_name(names, mat):
    mat = np.asarray(mat, dtype=float)
    return {n: clean(mat[:, j]) for j, n in enumerate(names)}


def onehot_names(enc, cols):
    out = []
    for c, cats in zip(cols, enc.categories_):
        drop = None
        if enc.drop_idx_ is not None and enc.drop_idx_[cols.index(c)] is not None:
            drop = enc.drop_idx_[cols.index(c)]
        for k, v in enumerate(cats):
            if k != drop:
                out.append(f"{c}={v}")
    return out


def main():
    out = {"sklearn": sklearn.__version__, "numpy": np.__version__,
           "split": "test rows: index % 4 == 0; train rows: the others"}

    pcols, pima = read_csv("PimaIndiansDiabetes2.csv", True)
    X, T = split(pima)
    p = {"columns": pcols, "trainRows": len(X), "testRows": len(T)}

    s = StandardScaler().fit(X)
    p["standard"] = {"mean": clean(s.mean_), "var": clean(s.var_), "scale": clean(s.scale_),
                     "test": clean(s.transform(T))}
    s = StandardScaler(with_mean=False).fit(X)
    p["standardNoMean"] = {"test": clean(s.transform(T))}
    m = MinMaxScaler(feature_range=(-1, 2)).fit(X)
    p["minmax"] = {"dataMin": clean(m.data_min_), "dataMax": clean(m.data_max_), "scale": clean(m.scale_),
                   "offset": clean(m.min_), "test": clean(m.transform(T))}
    r = RobustScaler().fit(X)
    p["robust"] = {"center": clean(r.center_), "scale": clean(r.scale_), "test": clean(r.transform(T))}
    r = RobustScaler(quantile_range=(10.0, 90.0)).fit(X)
    p["robust1090"] = {"center": clean(r.center_), "scale": clean(r.scale_), "test": clean(r.transform(T))}
    for strat in ["mean", "median", "most_frequent"]:
        i = SimpleImputer(strategy=strat).fit(X)
        p["impute_" + strat] = {"statistics": clean(i.statistics_), "test": clean(i.transform(T))}
    i = SimpleImputer(strategy="constant", fill_value=-1.0).fit(X)
    p["impute_constant"] = {"statistics": clean(i.statistics_), "test": clean(i.transform(T))}
    med = SimpleImputer(strategy="median").fit(X)
    TI = med.transform(T)
    p["normalizerInput"] = clean(TI)
    for norm in ["l1", "l2", "max"]:
        p["normalize_" + norm] = clean(Normalizer(norm=norm).fit(med.transform(X)).transform(TI))
    mi = MissingIndicator().fit(X)
    p["missingIndicator"] = {"features": [pcols[j] for j in mi.features_],
                             "test": clean(mi.transform(T).astype(float))}
    mi = MissingIndicator(features="all").fit(X)
    p["missingIndicatorAll"] = {"test": clean(mi.transform(T).astype(float))}
    out["pima"] = p

    bcols, bc = read_csv("BreastCancer.csv", False)
    btr, bte = split(bc)
    ordi = [bcols.index(c) for c in ORDINAL]
    nomi = [bcols.index(c) for c in NOMINAL]
    b = {"trainRows": len(btr), "testRows": len(bte)}
    imp = SimpleImputer(strategy="most_frequent", missing_values=np.nan).fit(btr)
    b["mostFrequent"] = {c: str(v) for c, v in zip(bcols, imp.statistics_)}
    Btr, Bte = imp.transform(btr), imp.transform(bte)
    enc = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(Btr[:, nomi])
    b["onehot"] = {"categories": {c: list(map(str, cats)) for c, cats in zip(NOMINAL, enc.categories_)},
                   "test": columns_by_name(onehot_names(enc, NOMINAL), enc.transform(Bte[:, nomi]))}
    b["unseenInTest"] = {c: sorted(set(Bte[:, j]) - set(Btr[:, j])) for c, j in zip(NOMINAL, nomi)}
    enc = OneHotEncoder(drop="first", sparse_output=False).fit(Btr[:, ordi])
    b["onehotDropFirst"] = columns_by_name(onehot_names(enc, ORDINAL), enc.transform(Bte[:, ordi]))
    oe = OrdinalEncoder(categories=[LEVELS10] * len(ORDINAL)).fit(Btr[:, ordi])
    b["ordinal"] = columns_by_name(ORDINAL, oe.transform(Bte[:, ordi]))
    out["breastCancer"] = b

    # The reference protocol (sklearn_baselines.py preprocessor) with scale=True, on both data sets.
    def protocol(num, ordc, cat, scale=True):
        tr = []
        if num:
            tr.append(("num", make_pipeline(SimpleImputer(strategy="median"),
                                            *([StandardScaler()] if scale else [])), num))
        if ordc:
            tr.append(("ord", make_pipeline(SimpleImputer(strategy="most_frequent"),
                                            OrdinalEncoder(categories=[LEVELS10] * len(ordc)),
                                            *([StandardScaler()] if scale else [])), ordc))
        if cat:
            tr.append(("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                                            OneHotEncoder(handle_unknown="ignore", sparse_output=False)), cat))
        return ColumnTransformer(tr, remainder="drop", sparse_threshold=0.0)

    def names_out(ct, cols):
        out = []
        for name, pipe, idx in ct.transformers_:
            if name == "remainder":
                continue
            if name == "cat":
                out += onehot_names(pipe[-1], [cols[j] for j in idx])
            else:
                out += [cols[j] for j in idx]
        return out

    ct = protocol(list(range(len(pcols))), [], []).fit(X)
    out["protocolPima"] = columns_by_name(names_out(ct, pcols), ct.transform(T))
    for scale in (True, False):
        ct = protocol([], ordi, nomi, scale).fit(btr)
        out["protocolBreastCancer" + ("" if scale else "NoScale")] = columns_by_name(names_out(ct, bcols),
                                                                                     ct.transform(bte))

    with open("preprocess_reference.json", "w") as f:
        json.dump(out, f, allow_nan=False)
        f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Writes split_reference.json: the folds scikit-learn 1.2.1 (NumPy 1.24) produces, for SplitterReferenceTest.

Run with the Debian python (apt-get install python3-sklearn):
    /usr/bin/python3 make_split_reference.py /work/shared/datasets/Glass.csv
The Glass label column (6 imbalanced classes) is embedded in the fixture so tests never read /work/shared.
Labels are written as strings; integer labels are rendered with one character so that their string order
equals their numeric order (matters only for HoldOut's stratification, which follows np.unique order).
"""
import csv
import json
import sys
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.model_selection import (GroupKFold, KFold, LeaveOneOut, RepeatedKFold,
                                     RepeatedStratifiedKFold, ShuffleSplit, StratifiedKFold,
                                     StratifiedShuffleSplit, TimeSeriesSplit, train_test_split)


def folds(splitter, n, y=None, groups=None):
    """[[train], [test]] per fold."""
    x = np.zeros((n, 1))
    return [[tr.tolist(), te.tolist()] for tr, te in splitter.split(x, y, groups)]


def tests(splitter, n, y=None, groups=None):
    """Only the test indices per fold, for the k-fold family whose train set is the sorted complement."""
    x = np.zeros((n, 1))
    out = []
    for tr, te in splitter.split(x, y, groups):
        assert tr.tolist() == sorted(set(range(n)) - set(te.tolist()))
        out.append(te.tolist())
    return out


def main():
    warnings.simplefilter("ignore", UserWarning)  # StratifiedKFold: a class smaller than k
    glass_path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/datasets/Glass.csv"
    with open(glass_path, newline="") as f:
        glass = [row["class"] for row in csv.DictReader(f)]
    iris = load_iris()
    iris_y = [str(iris.target_names[t]) for t in iris.target]
    iris_shuffled = list(np.array(iris_y)[np.random.RandomState(7).permutation(len(iris_y))])
    imbalanced = ["b"] * 5 + ["a"] * 40 + ["c"] * 3 + ["a"] * 20 + ["b"] * 4 + ["c"] * 1
    label_sets = {"iris": iris_y, "iris_shuffled": iris_shuffled, "glass": glass, "imbalanced": imbalanced}

    out = {"sklearn": sklearn.__version__, "numpy": np.__version__}

    # raw generator checks: state after legacy int seeding, permutations, init_by_array for a 2-word seed
    rng = []
    for seed in [0, 1, 42, 12345, 2**31 - 1, 2**32 - 1]:
        rs = np.random.RandomState(seed)
        key = rs.get_state()[1]
        rng.append({"seed": seed, "key_head": key[:4].tolist(), "key_tail": key[-2:].tolist(),
                    "uint32": [int(v) for v in np.random.RandomState(seed).randint(0, 2**32, size=8, dtype=np.uint64)],
                    "perm10": np.random.RandomState(seed).permutation(10).tolist(),
                    "perm1000_head": np.random.RandomState(seed).permutation(1000)[:20].tolist(),
                    "random": np.random.RandomState(seed).random_sample(4).tolist()})
    out["rng"] = rng
    arr = []
    for words in [[1, 2], [0, 1], [12345, 678], [4294967295, 4294967295]]:
        rs = np.random.RandomState(words)
        arr.append({"words": words, "perm10": rs.permutation(10).tolist()})
    out["rng_array"] = arr

    # numpy's default (introsort) argsort, whose tie order GroupKFold inherits
    srt = []
    r = np.random.RandomState(3)
    for n, hi in [(10, 3), (16, 4), (17, 4), (40, 5), (100, 7), (257, 3), (1000, 50)]:
        v = r.randint(0, hi, size=n)
        srt.append({"values": v.tolist(), "order": np.argsort(v).tolist()})
    out["argsort"] = srt

    kf = []
    for n in [7, 10, 23, 150, 1000]:
        for k in [2, 3, 5, 7]:
            if k > n:
                continue
            kf.append({"n": n, "k": k, "shuffle": False, "seed": 0, "tests": tests(KFold(k), n)})
            for seed in [0, 1, 42, 2**32 - 1]:
                kf.append({"n": n, "k": k, "shuffle": True, "seed": seed,
                           "tests": tests(KFold(k, shuffle=True, random_state=seed), n)})
    out["kfold"] = kf
    out["loo"] = [{"n": n, "tests": tests(LeaveOneOut(), n)} for n in [2, 5, 13]]

    sk = []
    for name, y in label_sets.items():
        for k in [2, 3, 5, 10]:
            sk.append({"labels": name, "k": k, "shuffle": False, "seed": 0,
                       "tests": tests(StratifiedKFold(k), len(y), np.array(y))})
            for seed in [0, 1, 42, 2**32 - 1]:
                sk.append({"labels": name, "k": k, "shuffle": True, "seed": seed,
                           "tests": tests(StratifiedKFold(k, shuffle=True, random_state=seed), len(y), np.array(y))})
    out["stratified"] = sk
    out["labels"] = label_sets

    gk = []
    r = np.random.RandomState(11)
    for n, ng, k in [(20, 6, 3), (60, 25, 4), (200, 40, 5), (300, 60, 7)]:
        groups = r.randint(0, ng, size=n)
        gk.append({"groups": groups.tolist(), "k": k, "tests": tests(GroupKFold(k), n, groups=groups)})
    # many equal group sizes: tie order comes from numpy's argsort
    groups = np.repeat(np.arange(30), 3)[r.permutation(90)]
    gk.append({"groups": groups.tolist(), "k": 4, "tests": tests(GroupKFold(4), 90, groups=groups)})
    out["group"] = gk

    ts = []
    for n, k, gap, mts, tsz in [(6, 5, 0, 0, 0), (12, 3, 0, 0, 2), (12, 3, 2, 0, 2), (100, 4, 3, 20, 0),
                                (101, 5, 0, 0, 0), (50, 3, 5, 0, 7)]:
        s = TimeSeriesSplit(k, gap=gap, max_train_size=mts or None, test_size=tsz or None)
        ts.append({"n": n, "k": k, "gap": gap, "max_train_size": mts, "test_size": tsz, "folds": folds(s, n)})
    out["timeseries"] = ts

    rk = []
    for n, k, rep, seed in [(10, 3, 2, 0), (23, 5, 3, 42), (150, 10, 2, 7)]:
        rk.append({"n": n, "k": k, "repeats": rep, "seed": seed,
                   "tests": tests(RepeatedKFold(n_splits=k, n_repeats=rep, random_state=seed), n)})
    out["repeated"] = rk
    rsk = []
    for name, k, rep, seed in [("iris", 5, 2, 0), ("glass", 3, 3, 42), ("imbalanced", 3, 2, 1)]:
        y = label_sets[name]
        rsk.append({"labels": name, "k": k, "repeats": rep, "seed": seed,
                    "tests": tests(RepeatedStratifiedKFold(n_splits=k, n_repeats=rep, random_state=seed),
                                   len(y), np.array(y))})
    out["repeated_stratified"] = rsk

    ho = []
    for n, frac, seed in [(10, 0.3, 0), (150, 0.25, 42), (23, 0.2, 1), (1000, 0.1, 2**32 - 1)]:
        tr, te = train_test_split(np.arange(n), test_size=frac, random_state=seed)
        ho.append({"n": n, "test": frac, "seed": seed, "labels": None, "train": tr.tolist(), "testIdx": te.tolist()})
    for name, frac, seed in [("iris", 0.3, 0), ("glass", 0.25, 42), ("imbalanced", 0.2, 3), ("iris_shuffled", 0.33, 5)]:
        y = label_sets[name]
        tr, te = train_test_split(np.arange(len(y)), test_size=frac, random_state=seed, stratify=np.array(y))
        ho.append({"n": len(y), "test": frac, "seed": seed, "labels": name, "train": tr.tolist(), "testIdx": te.tolist()})
    out["holdout"] = ho

    ss = []
    for n, splits, frac, seed in [(10, 3, 0.3, 0), (57, 5, 0.2, 42)]:
        ss.append({"n": n, "splits": splits, "test": frac, "seed": seed, "labels": None,
                   "folds": folds(ShuffleSplit(splits, test_size=frac, random_state=seed), n)})
    for name, splits, frac, seed in [("iris", 4, 0.25, 0), ("glass", 3, 0.3, 7), ("imbalanced", 5, 0.15, 1)]:
        y = label_sets[name]
        ss.append({"n": len(y), "splits": splits, "test": frac, "seed": seed, "labels": name,
                   "folds": folds(StratifiedShuffleSplit(splits, test_size=frac, random_state=seed), len(y),
                                  np.array(y))})
    out["shuffle_split"] = ss

    with open("split_reference.json", "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""scikit-learn side of SvcBench: SVC (RBF) fit time on the same LetterRecognition rows and settings.

Usage (from the repository root):
    /usr/bin/python3 praxis-bench/scripts/svc_fit_time.py [ROWS ...] [--repeats N]

Data: the CSV bundled with Praxis (praxis-core/src/main/resources/praxis/datasets/LetterRecognition.csv), its
first ROWS rows (default 5000 and 20000, SvcBench's @Param values), the 16 features standardized with
StandardScaler (as SvcBench: praxis.preprocess.StandardScaler, population standard deviation), the letter as
the class. Model: SVC(C=1.0, kernel="rbf", gamma="scale", tol=1e-3, cache_size=200, shrinking=True) — the
defaults, which Praxis' SVC.Params.DEFAULTS reproduce; "scale" is 1 / (16 * X.var()) = 1/16 here. Prints the
wall-clock fit seconds over the repeats (best and median; on a loaded machine
the best CPU seconds, also printed, are the steadier number), the training accuracy and the number of support
vectors, so the result can be set beside SvcBench's output (which prints Praxis' and Smile's training accuracy
and support-vector count). Needs python3-sklearn (scikit-learn 1.2.1 from Debian); one thread (libsvm is
single-threaded anyway).
"""
import argparse
import csv
import os
import statistics
import time

import numpy as np
import sklearn
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "..", "..", "praxis-core", "src", "main", "resources", "praxis", "datasets",
                   "LetterRecognition.csv")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", nargs="*", type=int, default=[5000, 20000])
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    with open(CSV, newline="") as f:
        r = csv.reader(f)
        header = next(r)
        body = list(r)
    label = header.index("class")
    X_all = np.array([[float(v) for i, v in enumerate(row) if i != label] for row in body])
    y_all = np.array([row[label] for row in body])
    print(f"scikit-learn {sklearn.__version__}, NumPy {np.__version__}; {CSV}")
    for rows in a.rows:
        n = min(rows, len(y_all))
        X = StandardScaler().fit_transform(X_all[:n])
        y = y_all[:n]
        times = []
        cpu = []
        model = None
        for _ in range(a.repeats):
            model = SVC(C=1.0, kernel="rbf", gamma="scale", tol=1e-3, cache_size=200, shrinking=True)
            t0 = time.perf_counter()
            c0 = time.process_time()
            model.fit(X, y)
            cpu.append(time.process_time() - c0)
            times.append(time.perf_counter() - t0)
        acc = float(np.mean(model.predict(X) == y))
        print(f"[LetterRecognition {n} rows] SVC fit s: best {min(times):.3f}, median {statistics.median(times):.3f} "
              f"({a.repeats} repeats; CPU s best {min(cpu):.3f}); gamma {1.0 / (X.shape[1] * X.var()):.6f}; training accuracy {acc:.4f} "
              f"({int(model.n_support_.sum())} support vectors)")


if __name__ == "__main__":
    main()

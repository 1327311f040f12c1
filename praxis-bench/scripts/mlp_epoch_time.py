#!/usr/bin/python3
"""scikit-learn side of MlpBench: the time of one training epoch of MLPClassifier on the same data and network.

Usage (from the repository root):
    /usr/bin/python3 praxis-bench/scripts/mlp_epoch_time.py [DATASET ...] [--repeats N]

Data: the CSVs bundled with Praxis (praxis-core/src/main/resources/praxis/datasets/{digits,LetterRecognition}.csv),
all rows, features standardized with StandardScaler (as MlpBench: praxis.preprocess.StandardScaler, population
standard deviation), the last column ("class") as the label.

Model (as MlpBench's Praxis and Smile networks): hidden_layer_sizes=(256, 256), activation="relu",
solver="sgd", learning_rate="constant", learning_rate_init=0.01, momentum=0.0 (plain mini-batch SGD),
alpha=0.0 (no L2), batch_size=128, shuffle=True, softmax output with cross-entropy (MLPClassifier's own).
On digits that is the issue's 64 -> 256 -> 256 -> 10; on LetterRecognition 16 -> 256 -> 256 -> 26.

How one epoch is timed: the model is created and initialized by a first partial_fit(X, y, classes) call
(not timed; it is also a warm-up); each timed repeat is one more partial_fit(X, y), which in scikit-learn 1.2
is exactly one pass over all rows in shuffled mini-batches of 128 (forward, backprop, SGD update; no
validation, no convergence check). This matches MlpBench.praxisEpoch (Trainer with maxEpochs=1 on an existing
network). For reference it also times fit() with max_iter=1 (one epoch plus initialization and input
validation; it raises a ConvergenceWarning, silenced). Prints best and median wall-clock milliseconds and CPU
milliseconds. NumPy's BLAS may use several threads; pin it with OMP_NUM_THREADS / OPENBLAS_NUM_THREADS=1 for
a single-thread comparison (the script prints the setting it ran with).
"""
import argparse
import csv
import os
import statistics
import time
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "praxis-core", "src", "main", "resources", "praxis", "datasets")


def load(name):
    with open(os.path.join(DATA, name + ".csv"), newline="") as f:
        r = csv.reader(f)
        header = next(r)
        body = list(r)
    label = header.index("class")
    X = np.array([[float(v) for i, v in enumerate(row) if i != label] for row in body])
    y = np.array([row[label] for row in body])
    return StandardScaler().fit_transform(X), y


def model(seed):
    return MLPClassifier(hidden_layer_sizes=(256, 256), activation="relu", solver="sgd", learning_rate="constant",
                         learning_rate_init=0.01, momentum=0.0, nesterovs_momentum=False, alpha=0.0,
                         batch_size=128, shuffle=True, random_state=seed, max_iter=1)


def timed(fn, repeats):
    wall, cpu = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        c0 = time.process_time()
        fn()
        cpu.append((time.process_time() - c0) * 1e3)
        wall.append((time.perf_counter() - t0) * 1e3)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", nargs="*", default=["digits", "LetterRecognition"])
    ap.add_argument("--repeats", type=int, default=5)
    a = ap.parse_args()
    threads = {k: os.environ.get(k, "unset") for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")}
    print(f"scikit-learn {sklearn.__version__}, NumPy {np.__version__}; threads {threads}")
    warnings.simplefilter("ignore", ConvergenceWarning)
    for name in a.datasets:
        X, y = load(name)
        classes = np.unique(y)
        m = model(0)
        m.partial_fit(X, y, classes=classes)
        wall, cpu = timed(lambda: m.partial_fit(X, y), a.repeats)
        fwall, fcpu = timed(lambda: model(0).fit(X, y), a.repeats)
        arch = " -> ".join(str(v) for v in [X.shape[1], 256, 256, len(classes)])
        print(f"{name} ({X.shape[0]} x {X.shape[1]}, {arch}, batch 128, SGD 0.01): "
              f"one epoch (partial_fit) best {min(wall):.1f} ms, median {statistics.median(wall):.1f} ms, "
              f"best CPU {min(cpu):.1f} ms; fit(max_iter=1) best {min(fwall):.1f} ms, "
              f"median {statistics.median(fwall):.1f} ms, best CPU {min(fcpu):.1f} ms; training accuracy after {a.repeats + 1} epochs "
              f"{m.score(X, y):.4f}")


if __name__ == "__main__":
    main()

"""Reference values for praxis-unsupervised UMAPTest (umap-learn 0.5 is not installable here, so its pure-numpy
parts are re-implemented below line by line from umap/umap_.py and run with NumPy + SciPy).

Run: /usr/bin/python3 make_umap_reference.py  (writes umap_reference.json beside this script).
- find_ab_params(spread, min_dist): scipy.optimize.curve_fit of 1 / (1 + a x^(2b)) to the piecewise target
  on linspace(0, 3 spread, 300), exactly as umap-learn's find_ab_params.
- smooth_knn_dist (local_connectivity 1, bandwidth 1, 64 bisection steps, tolerance 1e-5, MIN_K_DIST_SCALE
  1e-3) on the exact k nearest neighbours (self included, first) of a seeded random 40 x 4 data set, k = 6;
  then compute_membership_strengths and the fuzzy union (set_op_mix_ratio 1 and 0.5) as a dense matrix.
"""
import json, os
import numpy as np
from scipy.optimize import curve_fit

here = os.path.dirname(os.path.abspath(__file__))
SMOOTH_K_TOLERANCE = 1e-5
MIN_K_DIST_SCALE = 1e-3


def find_ab_params(spread, min_dist):
    def curve(x, a, b):
        return 1.0 / (1.0 + a * x ** (2 * b))
    xv = np.linspace(0, spread * 3, 300)
    yv = np.zeros(xv.shape)
    yv[xv < min_dist] = 1.0
    yv[xv >= min_dist] = np.exp(-(xv[xv >= min_dist] - min_dist) / spread)
    params, _ = curve_fit(curve, xv, yv)
    return params[0], params[1]


def smooth_knn_dist(distances, k, n_iter=64, local_connectivity=1.0, bandwidth=1.0):
    target = np.log2(k) * bandwidth
    rho = np.zeros(distances.shape[0])
    result = np.zeros(distances.shape[0])
    mean_distances = np.mean(distances)
    for i in range(distances.shape[0]):
        lo, hi, mid = 0.0, np.inf, 1.0
        ith = distances[i]
        nz = ith[ith > 0.0]
        if nz.shape[0] >= local_connectivity:
            index = int(np.floor(local_connectivity))
            interpolation = local_connectivity - index
            if index > 0:
                rho[i] = nz[index - 1]
                if interpolation > SMOOTH_K_TOLERANCE:
                    rho[i] += interpolation * (nz[index] - nz[index - 1])
            else:
                rho[i] = interpolation * nz[0]
        elif nz.shape[0] > 0:
            rho[i] = np.max(nz)
        for _ in range(n_iter):
            psum = 0.0
            for j in range(1, distances.shape[1]):
                d = distances[i, j] - rho[i]
                psum += np.exp(-(d / mid)) if d > 0 else 1.0
            if np.fabs(psum - target) < SMOOTH_K_TOLERANCE:
                break
            if psum > target:
                hi = mid
                mid = (lo + hi) / 2.0
            else:
                lo = mid
                mid = mid * 2 if hi == np.inf else (lo + hi) / 2.0
        result[i] = mid
        if rho[i] > 0.0:
            if result[i] < MIN_K_DIST_SCALE * np.mean(ith):
                result[i] = MIN_K_DIST_SCALE * np.mean(ith)
        elif result[i] < MIN_K_DIST_SCALE * mean_distances:
            result[i] = MIN_K_DIST_SCALE * mean_distances
    return result, rho


def membership(knn_idx, knn_dist, sigmas, rhos):
    n, k = knn_idx.shape
    A = np.zeros((n, n))
    for i in range(n):
        for j in range(k):
            c = knn_idx[i, j]
            if c == i:
                v = 0.0
            elif knn_dist[i, j] - rhos[i] <= 0.0 or sigmas[i] == 0.0:
                v = 1.0
            else:
                v = np.exp(-((knn_dist[i, j] - rhos[i]) / sigmas[i]))
            A[i, c] = v
    return A


def fuzzy_union(A, mix):
    prod = A * A.T
    return mix * (A + A.T - prod) + (1.0 - mix) * prod


ab = []
for spread, min_dist in ((1.0, 0.1), (1.0, 0.5), (1.0, 0.0), (2.0, 0.25), (0.5, 0.001)):
    a, b = find_ab_params(spread, min_dist)
    ab.append({"spread": spread, "min_dist": min_dist, "a": float(a), "b": float(b)})

rng = np.random.RandomState(7)
X = rng.standard_normal((40, 4))
k = 6
D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1))
idx = np.argsort(D, axis=1, kind="stable")[:, :k]
dist = np.take_along_axis(D, idx, axis=1)
sigmas, rhos = smooth_knn_dist(dist, float(k))
A = membership(idx, dist, sigmas, rhos)

out = {
    "ab": ab,
    "knn_x": X.tolist(),
    "knn_k": k,
    "knn_indices": idx.tolist(),
    "sigmas": sigmas.tolist(),
    "rhos": rhos.tolist(),
    "graph_union": fuzzy_union(A, 1.0).tolist(),
    "graph_mix05": fuzzy_union(A, 0.5).tolist(),
}
with open(os.path.join(here, "umap_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print(json.dumps(ab, indent=1))

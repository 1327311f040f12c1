"""Reference values from scikit-learn 1.2.1 for praxis-unsupervised praxis.manifold tests (TrustworthinessTest,
TSNETest).

Run: /usr/bin/python3 make_manifold_reference.py  (writes manifold_reference.json beside this script).
- trustworthiness: sklearn.manifold.trustworthiness on seeded random data (continuous, so no distance ties)
  for an embedding = 2 noisy linear projections of X, k in {1, 5, 10}.
- affinities: sklearn.manifold._t_sne._joint_probabilities (the exact method's symmetric P, perplexity
  calibrated by _binary_search_perplexity, which works in float32 -> compare at ~1e-6 relative).
- gradients: KL divergence and gradient for a random symmetric P and embedding Y (n = 40, 2-D, dof = 1) from
  _kl_divergence (exact, float64) and _kl_divergence_bh with angle 0 (Barnes-Hut with every cell opened,
  sparse P; scikit-learn computes it in float32 -> compare at ~1e-4 relative).
"""
import json, os
import numpy as np
import sklearn
from sklearn.manifold import trustworthiness
from sklearn.manifold._t_sne import _joint_probabilities
from sklearn.metrics import pairwise_distances
from scipy.spatial.distance import squareform

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.RandomState(42)
X = rng.standard_normal((60, 5))
E = X @ rng.standard_normal((5, 2)) + 0.5 * rng.standard_normal((60, 2))
trust = [{"k": k, "value": float(trustworthiness(X, E, n_neighbors=k))} for k in (1, 5, 10)]

A = rng.standard_normal((30, 4))
D = pairwise_distances(A, metric="euclidean", squared=True)
P = squareform(_joint_probabilities(D, 5.0, 0))

from sklearn.manifold._t_sne import _kl_divergence, _kl_divergence_bh
from scipy.sparse import csr_matrix
n = 40
Y = rng.standard_normal((n, 2)).astype(np.float32).astype(np.float64)
M = rng.rand(n, n) * (rng.rand(n, n) < 0.2)
M = M + M.T
np.fill_diagonal(M, 0.0)
M /= M.sum()
kl_exact, grad_exact = _kl_divergence(Y.ravel(), squareform(M, checks=False), 1.0, n, 2)
Pcsr = csr_matrix(M)
Pcsr.sort_indices()
kl_bh, grad_bh = _kl_divergence_bh(Y.ravel().astype(np.float32), Pcsr, 1.0, n, 2, angle=0.0)

out = {"generator": "make_manifold_reference.py", "sklearn": sklearn.__version__,
       "trust_x": X.tolist(), "trust_embedding": E.tolist(), "trustworthiness": trust,
       "affinity_x": A.tolist(), "affinity_perplexity": 5.0, "affinity_p": P.tolist(),
       "grad_p": M.tolist(), "grad_y": Y.tolist(), "grad_exact_kl": float(kl_exact),
       "grad_exact": grad_exact.reshape(n, 2).tolist(), "grad_bh_kl": float(kl_bh),
       "grad_bh": np.asarray(grad_bh, dtype=np.float64).reshape(n, 2).tolist()}
with open(os.path.join(here, "manifold_reference.json"), "w") as f:
    json.dump(out, f)
print(trust)

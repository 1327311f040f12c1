"""Reference values from scikit-learn 1.2.1 for praxis-unsupervised praxis.manifold tests (TrustworthinessTest,
TSNETest).

Run: /usr/bin/python3 make_manifold_reference.py  (writes manifold_reference.json beside this script).
- trustworthiness: sklearn.manifold.trustworthiness on seeded random data (continuous, so no distance ties)
  for an embedding = 2 noisy linear projections of X, k in {1, 5, 10}.
- affinities: sklearn.manifold._t_sne._joint_probabilities (the exact method's symmetric P, perplexity
  calibrated by _binary_search_perplexity, which works in float32 -> compare at ~1e-6 relative).
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

out = {"generator": "make_manifold_reference.py", "sklearn": sklearn.__version__,
       "trust_x": X.tolist(), "trust_embedding": E.tolist(), "trustworthiness": trust,
       "affinity_x": A.tolist(), "affinity_perplexity": 5.0, "affinity_p": P.tolist()}
with open(os.path.join(here, "manifold_reference.json"), "w") as f:
    json.dump(out, f)
print(trust)

"""Times scikit-learn 1.2.1's TSNE (Barnes-Hut, defaults: perplexity 30, PCA init, learning_rate 'auto',
n_iter 1000, one job) on digits (1797 x 64) and prints fit seconds, KL divergence and trustworthiness (k=5).
Run once: /usr/bin/python3 praxis-unsupervised/scripts/time_sklearn_tsne.py  (from the repository root)."""
import time, csv, os
import numpy as np
from sklearn.manifold import TSNE, trustworthiness

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "../../praxis-core/src/main/resources/praxis/datasets/digits.csv")) as f:
    rows = list(csv.reader(f))[1:]
X = np.array([[float(v) for v in r[:-1]] for r in rows])
t0 = time.perf_counter()
ts = TSNE(n_components=2, init="pca", learning_rate="auto", random_state=0)
Y = ts.fit_transform(X)
dt = time.perf_counter() - t0
print(f"sklearn TSNE digits {X.shape}: fit {dt:.2f} s, KL {ts.kl_divergence_:.4f}, "
      f"n_iter {ts.n_iter_}, trustworthiness(k=5) {trustworthiness(X, Y, n_neighbors=5):.4f}")

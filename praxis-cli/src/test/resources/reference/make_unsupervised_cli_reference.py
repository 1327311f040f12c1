"""Reference numbers for the CLI's cluster / embed / outliers commands (UnsupervisedCommandsTest).

scikit-learn 1.2.1; every model is fitted on the StandardScaler-transformed features (what the CLI's
standard preprocessing does for scale-sensitive models), the label column left out.
Run: /usr/bin/python3 make_unsupervised_cli_reference.py > unsupervised_cli_reference.json
"""
import json

import numpy as np
import sklearn
from sklearn.cluster import AgglomerativeClustering, KMeans
from sklearn.datasets import load_digits, load_iris, load_wine
from sklearn.decomposition import PCA
from sklearn.manifold import trustworthiness
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score, silhouette_score
from sklearn.neighbors import LocalOutlierFactor
from sklearn.preprocessing import StandardScaler

assert sklearn.__version__ == "1.2.1", sklearn.__version__


def std(loader):
    d = loader()
    return StandardScaler().fit_transform(d.data), d.target


out = {"sklearn": sklearn.__version__}
x, y = std(load_iris)
km = KMeans(n_clusters=3, n_init=10, random_state=0).fit(x)
out["iris_kmeans3"] = {
    "inertia": km.inertia_,
    "silhouette": silhouette_score(x, km.labels_),
    "adjusted_rand": adjusted_rand_score(y, km.labels_),
    "nmi": normalized_mutual_info_score(y, km.labels_),
    "sizes_sorted": sorted(int(c) for c in np.bincount(km.labels_)),
}
out["iris_elbow_1_6_inertia"] = [KMeans(n_clusters=k, n_init=10, random_state=0).fit(x).inertia_ for k in range(1, 7)]
ag = AgglomerativeClustering(n_clusters=3, linkage="ward").fit(x)
out["iris_ward3"] = {
    "silhouette": silhouette_score(x, ag.labels_),
    "adjusted_rand": adjusted_rand_score(y, ag.labels_),
    "nmi": normalized_mutual_info_score(y, ag.labels_),
    "sizes_sorted": sorted(int(c) for c in np.bincount(ag.labels_)),
}
out["iris_pca2_trustworthiness_k5"] = trustworthiness(x, PCA(n_components=2).fit_transform(x), n_neighbors=5)
x, y = std(load_digits)
out["digits_pca2_explained_variance_ratio"] = PCA(n_components=2).fit(x).explained_variance_ratio_.tolist()
x, y = std(load_wine)
lof = LocalOutlierFactor(n_neighbors=20).fit(x)
nof = lof.negative_outlier_factor_
order = np.argsort(nof, kind="stable")
out["wine_lof20"] = {
    "outliers": int((nof < lof.offset_).sum()),
    "top10_rows_1based": [int(i) + 1 for i in order[:10]],
    "top10_scores": [float(nof[i]) for i in order[:10]],
}
print(json.dumps(out, indent=1))

"""Reference values from scikit-learn 1.2.1 for praxis-unsupervised LdaReferenceTest and EllipticEnvelopeReferenceTest.

Run: /usr/bin/python3 make_topics_reference.py  (writes topics_reference.json beside this script).
LDA: "small" = a seeded 60 x 25 Poisson count matrix with 3 planted topics (generated here, written to the JSON);
     "debian_small" = the first 3000 training documents of the sklearn_baselines LDA split of debian_descriptions
     (train_test_split(test_size=0.1, random_state=0)), CountVectorizer(stop_words="english", min_df=5,
     max_df=0.5), 5 topics, 3 batch passes; perplexity on the first 500 held-out documents.
MCD: EllipticEnvelope(random_state=0) on praxis-core's bundled wine (13 features, 178 rows: the n <= 500 path),
     breast_cancer's first 8 features (569 rows: the n > 500 subset path), iris (4 features) and wine's first
     column alone (the univariate shortest-half path).
"""
import csv, gzip, json, os
import numpy as np
import sklearn
from sklearn.covariance import EllipticEnvelope
from sklearn.decomposition import LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.model_selection import train_test_split
from sklearn.utils.extmath import fast_logdet

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../praxis-core/src/main/resources/praxis/datasets")
out = {"generator": "make_topics_reference.py", "sklearn": sklearn.__version__}

# ---- LDA on a small planted-topic matrix
rs = np.random.RandomState(1)
topics = np.full((3, 25), 0.05)
for t in range(3):
    topics[t, t * 8:(t + 1) * 8 + 1] = 1.0
topics /= topics.sum(1, keepdims=True)
theta = rs.dirichlet([0.3] * 3, size=60)
X = np.vstack([rs.multinomial(rs.poisson(30) + 1, th @ topics) for th in theta]).astype(float)
out["small_counts"] = X.tolist()
for name, kw in [("batch", dict(learning_method="batch", max_iter=5)),
                 ("online", dict(learning_method="online", max_iter=3, batch_size=16))]:
    lda = LatentDirichletAllocation(n_components=3, random_state=0, **kw).fit(X)
    out["small_" + name] = {"components": lda.components_.tolist(), "perplexity": float(lda.perplexity(X)),
                            "transform5": lda.transform(X[:5]).tolist(), "score": float(lda.score(X))}

# ---- LDA on a slice of debian_descriptions
rows = []
with gzip.open("/work/shared/datasets/debian_descriptions.csv.gz", "rt", encoding="utf-8") as f:
    r = csv.DictReader(f)
    for row in r:
        rows.append(row["text"])
tr, te = train_test_split(rows, test_size=0.1, random_state=0)
tr, te = tr[:3000], te[:500]
cv = CountVectorizer(stop_words="english", min_df=5, max_df=0.5)
Xtr = cv.fit_transform(tr); Xte = cv.transform(te)
lda = LatentDirichletAllocation(n_components=5, max_iter=3, random_state=0).fit(Xtr)
vocab = np.array(cv.get_feature_names_out())
out["debian_small"] = {"vocabulary": int(Xtr.shape[1]), "perplexity_train": float(lda.perplexity(Xtr)),
                       "perplexity_heldout": float(lda.perplexity(Xte)),
                       "top10": [vocab[np.argsort(-row, kind="stable")[:10]].tolist() for row in lda.components_]}

# ---- EllipticEnvelope / MinCovDet
def load(name):
    with open(os.path.join(data, name + ".csv")) as f:
        rr = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r[:-1]] for r in rr])

cases = {"wine": load("wine"), "breast_cancer8": load("breast_cancer")[:, :8], "iris": load("iris"),
         "wine_col0": load("wine")[:, :1]}
out["mcd"] = []
for name, A in cases.items():
    env = EllipticEnvelope(random_state=0).fit(A)
    out["mcd"].append({"dataset": name, "raw_support": env.raw_support_.astype(int).tolist(),
                       "raw_location": env.raw_location_.tolist(), "raw_covariance": env.raw_covariance_.tolist(),
                       "raw_logdet": float(fast_logdet(env.raw_covariance_)),
                       "location": env.location_.tolist(), "covariance": env.covariance_.tolist(),
                       "support": env.support_.astype(int).tolist(), "offset": float(env.offset_),
                       "labels": env.predict(A).tolist(), "scores": env.score_samples(A).tolist()})

with open(os.path.join(here, "topics_reference.json"), "w") as f:
    json.dump(out, f)
print("written")

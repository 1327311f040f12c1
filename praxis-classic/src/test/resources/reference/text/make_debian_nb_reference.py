"""Per-fold reference of the debian_descriptions text task of /work/shared/reference/sklearn_baselines.py
(scikit-learn 1.2.1): the rows of the 20 most frequent sections, StratifiedKFold(5, shuffle=True,
random_state=0), make_pipeline(CountVectorizer(), MultinomialNB()) fitted inside each fold.

Usage: /usr/bin/python3 make_debian_nb_reference.py [DEBIAN_CSV_GZ]  -> debian_nb_reference.json
Per fold: test row indices (positions within the filtered rows, to check Praxis' folds), vocabulary size,
accuracy, macro-F1 and the predicted labels.
Also ("tfidf_pipeline"): make_pipeline(TfidfVectorizer(sublinear_tf=True, min_df=2), MultinomialNB(alpha=0.1)) on
the first 6000 of those rows, same CV: per-fold accuracy and macro-F1 (checks praxis.pipeline + CrossValidation).
"""
import csv, gzip, json, os, sys, time
from collections import Counter
import numpy as np
import sklearn
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import make_pipeline

assert sklearn.__version__ == "1.2.1", sklearn.__version__
path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/datasets/debian_descriptions.csv.gz"
with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
top = [s for s, _ in Counter(r["section"] for r in rows).most_common(20)]
sub = [r for r in rows if r["section"] in top]
text = np.array([r["text"] for r in sub], dtype=object)
y = np.array([r["section"] for r in sub])
folds = []
for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(text, y):
    pipe = make_pipeline(CountVectorizer(), MultinomialNB())
    t0 = time.perf_counter()
    pipe.fit(text[tr], y[tr])
    fit_s = time.perf_counter() - t0
    pred = pipe.predict(text[te])
    folds.append({"test": te.tolist(), "vocabulary": len(pipe[0].vocabulary_),
                  "accuracy": float(accuracy_score(y[te], pred)),
                  "f1_macro": float(f1_score(y[te], pred, average="macro")),
                  "fit_s": fit_s, "pred": pred.tolist()})
out = {"sklearn": sklearn.__version__, "sections": top, "rows": len(sub),
       "accuracy": float(np.mean([f["accuracy"] for f in folds])),
       "f1_macro": float(np.mean([f["f1_macro"] for f in folds])), "folds": folds}
tp = {"rows": 6000, "accuracy": [], "f1_macro": []}
for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(text[:6000], y[:6000]):
    pipe = make_pipeline(TfidfVectorizer(sublinear_tf=True, min_df=2), MultinomialNB(alpha=0.1))
    pipe.fit(text[:6000][tr], y[:6000][tr])
    pred = pipe.predict(text[:6000][te])
    tp["accuracy"].append(float(accuracy_score(y[:6000][te], pred)))
    tp["f1_macro"].append(float(f1_score(y[:6000][te], pred, average="macro")))
out["tfidf_pipeline"] = tp
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "debian_nb_reference.json"), "w") as f:
    json.dump(out, f)
print(out["accuracy"], out["f1_macro"], [f["fit_s"] for f in folds], tp)

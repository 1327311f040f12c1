"""Reference values for praxis.text (CountVectorizer, TfidfVectorizer, HashingVectorizer) from scikit-learn 1.2.1.

Usage: /usr/bin/python3 make_text_reference.py [DEBIAN_CSV_GZ]
Writes text_reference.json (small hand-written corpus, next to this script) and, when the debian_descriptions
CSV is given (default /work/shared/datasets/debian_descriptions.csv.gz), ../../../../../../praxis-testkit/src/test/
resources/reference/text/debian_text_reference.json (first 200 rows; the texts are NOT copied there, the Java
test reads them from praxis-testkit's bundled copy of the dataset).

Each case lists the Java parameters (names and values as ParamsCodec strings) and the equivalent scikit-learn
call; outputs are CSR matrices (indptr, indices, data) of fit_transform on the training docs and transform on
the test docs, the vocabulary (get_feature_names_out) and the idf weights.
"""
import json, os, sys
import numpy as np
import csv, gzip
import sklearn
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer, HashingVectorizer

assert sklearn.__version__ == "1.2.1", sklearn.__version__
HERE = os.path.dirname(os.path.abspath(__file__))

TRAIN = [
    "The quick brown fox jumps over the lazy dog.",
    "A lazy dog? No: the LAZY dog sleeps; the fox doesn't.",
    "Python 3.11 and Java 17: snake_case vs camelCase, x86_64 builds.",
    "Café résumé naïve — ÉCOLE über straße Σίσυφος ΟΔΥΣΣΕΥΣ",
    "numbers 42 4 2 ² ½ 1st 2nd and a b c single letters x y",
    "",
    "the the the and and of of of of to",
    "Email <email> and <url> were replaced; see <url> for more.",
    "fox dog fox dog fox dog cat",
    "Tab\tseparated\nnew line, hyphen-ated words and co-operate",
]
TEST = [
    "The fox and the cat and an unseen zebra.",
    "Nothing known here: qwerty asdf",
    "DOG dog Dog dOg",
    "",
]

COUNT_CASES = [
    ("default", {}, {}),
    ("no_lowercase", {"lowercase": "false"}, {"lowercase": False}),
    ("stop_english", {"stopWords": "english"}, {"stop_words": "english"}),
    ("ngram_1_3", {"ngramMin": "1", "ngramMax": "3"}, {"ngram_range": (1, 3)}),
    ("ngram_2_2_stop", {"ngramMin": "2", "ngramMax": "2", "stopWords": "english"},
     {"ngram_range": (2, 2), "stop_words": "english"}),
    ("min_df_2", {"minDf": "2"}, {"min_df": 2}),
    ("min_df_prop", {"minDf": "0.15"}, {"min_df": 0.15}),
    ("max_df_prop", {"maxDf": "0.25"}, {"max_df": 0.25}),
    ("max_df_count", {"maxDf": "2"}, {"max_df": 2}),
    ("max_features_7", {"maxFeatures": "7"}, {"max_features": 7}),
    ("binary", {"binary": "true"}, {"binary": True}),
    ("binary_max_features", {"binary": "true", "maxFeatures": "6"}, {"binary": True, "max_features": 6}),
]
TFIDF_CASES = [
    ("default", {}, {}),
    ("l1", {"norm": "l1"}, {"norm": "l1"}),
    ("no_norm", {"norm": "none"}, {"norm": None}),
    ("no_idf", {"useIdf": "false"}, {"use_idf": False}),
    ("no_smooth", {"smoothIdf": "false"}, {"smooth_idf": False}),
    ("sublinear", {"sublinearTf": "true", "norm": "none"}, {"sublinear_tf": True, "norm": None}),
    ("bigrams_stop_binary", {"ngramMin": "1", "ngramMax": "2", "stopWords": "english", "binary": "true"},
     {"ngram_range": (1, 2), "stop_words": "english", "binary": True}),
]
HASH_CASES = [
    ("default_64", {"nFeatures": "64"}, {"n_features": 64}),
    ("no_sign_l1_32", {"nFeatures": "32", "alternateSign": "false", "norm": "l1"},
     {"n_features": 32, "alternate_sign": False, "norm": "l1"}),
    ("no_norm_1024", {"nFeatures": "1024", "norm": "none"}, {"n_features": 1024, "norm": None}),
    ("bigrams_no_norm_16", {"nFeatures": "16", "norm": "none", "ngramMin": "1", "ngramMax": "2"},
     {"n_features": 16, "norm": None, "ngram_range": (1, 2)}),
]


def csr(m):
    m = m.tocsr()
    m.sort_indices()
    return {"indptr": m.indptr.tolist(), "indices": m.indices.tolist(), "data": [float(v) for v in m.data]}


def run(train, test, count_cases, tfidf_cases, hash_cases):
    out = []
    for kind, cls, cases in (("count", CountVectorizer, count_cases), ("tfidf", TfidfVectorizer, tfidf_cases),
                             ("hashing", HashingVectorizer, hash_cases)):
        for name, java, sk in cases:
            v = cls(**sk)
            xtr = v.fit_transform(train)
            case = {"kind": kind, "name": name, "java": java, "sklearn": repr(sk),
                    "train": csr(xtr), "test": csr(v.transform(test))}
            if kind != "hashing":
                case["vocabulary"] = v.get_feature_names_out().tolist()
            if kind == "tfidf" and v.use_idf:
                case["idf"] = v.idf_.tolist()
            out.append(case)
    return out


small = {"sklearn": sklearn.__version__, "train_docs": TRAIN, "test_docs": TEST,
         "cases": run(TRAIN, TEST, COUNT_CASES, TFIDF_CASES, HASH_CASES)}
with open(os.path.join(HERE, "text_reference.json"), "w", encoding="utf-8") as f:
    json.dump(small, f, ensure_ascii=False, indent=0)

path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/datasets/debian_descriptions.csv.gz"
if os.path.exists(path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        texts = [row["text"] for row in csv.DictReader(f)]
    train = texts[:150]
    test = texts[150:200]
    cases = run(train, test,
                [("default", {}, {}),
                 ("max_features_100_binary", {"maxFeatures": "100", "binary": "true"},
                  {"max_features": 100, "binary": True})],
                [("default", {}, {}),
                 ("stop_bigrams_df", {"stopWords": "english", "ngramMin": "1", "ngramMax": "2", "minDf": "2",
                                      "maxDf": "0.5", "sublinearTf": "true"},
                  {"stop_words": "english", "ngram_range": (1, 2), "min_df": 2, "max_df": 0.5,
                   "sublinear_tf": True})],
                [("default_4096", {"nFeatures": "4096"}, {"n_features": 4096})])
    deb = {"sklearn": sklearn.__version__, "train_rows": [0, 150], "test_rows": [150, 200], "cases": cases}
    target = os.path.join(HERE, "../../../../../../praxis-testkit/src/test/resources/reference/text/debian_text_reference.json")
    with open(target, "w", encoding="utf-8") as f:
        json.dump(deb, f, ensure_ascii=False)
    print("wrote", os.path.normpath(target))
print("wrote text_reference.json")

#!/usr/bin/python3
"""Copies the reference numbers the CLI tests need out of the shared scikit-learn baselines.

Usage: /usr/bin/python3 extract_baselines.py PATH/TO/sklearn_baselines.json > sklearn_baselines_subset.csv
(the JSON is produced by sklearn_baselines.py, scikit-learn 1.2.1; see its docstring for the protocol).
"""
import json
import sys

d = json.load(open(sys.argv[1]))
rows = ["# Subset of /work/shared/reference/sklearn_baselines.json (scikit-learn 1.2.1, generated 2026-11-21 17:09 UTC by",
        "# sklearn_baselines.py): mean over 5 shuffled folds (random_state=0; StratifiedKFold for classification, KFold",
        "# for regression) of the reference protocol (median imputation [+ StandardScaler for scale-sensitive models]).",
        "# Models: LogReg = LogisticRegression(max_iter=2000), KNN5 = KNeighbors*(5), GaussNB = GaussianNB(),",
        "# LinReg = LinearRegression(). Copied by extract_baselines.py (next to this file); tests never read /work/shared.",
        "dataset,sklearn_model,praxis_model,metric,mean,per_fold"]
names = {"LogReg": "logistic_regression", "GaussNB": "gaussian_nb", "LinReg": "linear_regression"}
plan = [("iris", ["LogReg", "KNN5", "GaussNB"], ["accuracy", "f1_macro"]),
        ("breast_cancer", ["LogReg", "KNN5", "GaussNB"], ["accuracy", "f1_macro", "roc_auc"]),
        ("diabetes", ["LinReg", "KNN5"], ["r2", "rmse"])]
for ds, models, metrics in plan:
    for mo in models:
        e = d["supervised"][ds]["models"][mo]
        pm = names.get(mo) or ("knn_regressor" if ds == "diabetes" else "knn_classifier")
        for me in metrics:
            folds = ";".join(repr(f[me]) for f in e["folds"])
            rows.append(f"{ds},{mo},{pm},{me},{e[me]!r},{folds}")
sys.stdout.write("\n".join(rows) + "\n")

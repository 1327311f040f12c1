#!/usr/bin/python3
"""Copies the scikit-learn numbers of the full accuracy sweep (ScikitLearnSweepTest, docs/benchmarks.md
"Accuracy against scikit-learn: full sweep") out of the shared baselines.

Usage: /usr/bin/python3 extract_sweep.py PATH/TO/sklearn_baselines.json > sklearn_sweep.csv
(the JSON is produced by sklearn_baselines.py, scikit-learn 1.2.1; see its docstring for the protocol).
"""
import json
import sys

d = json.load(open(sys.argv[1]))
env = d["environment"]
rows = [f"# From sklearn_baselines.json (scikit-learn {env['sklearn']}, NumPy {env['numpy']}, generated {env['date']} by",
        "# sklearn_baselines.py): mean over 5 shuffled folds (random_state=0; StratifiedKFold for classification, KFold",
        "# for regression) of the reference protocol (median imputation, ordinal encoding of ordered factors, one-hot",
        "# encoding of nominal columns, StandardScaler for scale-sensitive models, all fitted inside the training fold).",
        "# Models: LogReg = LogisticRegression(max_iter=2000), KNN5 = KNeighbors*(5), GaussNB = GaussianNB(), SVC = SVC()",
        "# (RBF, C=1, gamma='scale'; ROC-AUC from decision_function), LinReg = LinearRegression(), Ridge = Ridge(),",
        "# Lasso = Lasso(), SVR = SVR(). roc_auc only for binary targets. Copied by extract_sweep.py (next to this file);",
        "# tests never read /work/shared.",
        "dataset,sklearn_model,praxis_model,metric,mean"]
clf = {"LogReg": "logistic_regression", "KNN5": "knn_classifier", "GaussNB": "gaussian_nb", "SVC": "svc"}
reg = {"LinReg": "linear_regression", "Ridge": "ridge", "Lasso": "lasso", "KNN5": "knn_regressor", "SVR": "svr"}
for ds in sorted(d["supervised"], key=lambda s: (d["supervised"][s]["task"], s.lower())):
    r = d["supervised"][ds]
    names = clf if r["task"] == "classification" else reg
    metrics = (["accuracy", "f1_macro"] + (["roc_auc"] if r.get("classes") == 2 else [])
               if r["task"] == "classification" else ["r2", "rmse"])
    for mo, pm in names.items():
        e = r["models"][mo]
        for me in metrics:
            rows.append(f"{ds},{mo},{pm},{me},{e[me]!r}")
sys.stdout.write("\n".join(rows) + "\n")

"""Reference values for praxis-trees, produced with scikit-learn 1.2.1 (run: /usr/bin/python3 make_trees_reference.py).

Writes trees_reference.json:
  breast_cancer_tree: DecisionTreeClassifier(random_state=0) fitted on the bundled breast_cancer CSV
    (all rows): node arrays in scikit-learn's depth-first preorder (left child first) and the
    cost-complexity pruning path (ccp_alphas, impurities). scikit-learn breaks ties between equally good
    splits of different features by its random feature permutation, so the full tree's structure depends
    on random_state; its pruning path does not (checked below over random_state 0..29).
  breast_cancer_mean10_depth3: the first 10 columns ("mean ..." features), max_depth=3: a setting whose tree
    (features, thresholds, topology) is identical for random_state 0..29 (checked below), so the structure
    itself can be compared. (On all 30 columns, radius/perimeter/area order the rows identically, so exact
    ties between features are everywhere.)
  seed_spread: 5-fold stratified CV accuracy (shuffle, random_state=0 folds) of scikit-learn's own
    DecisionTreeClassifier on digits and RandomForestClassifier (100 trees) on Sonar for model seeds 0..5,
    to show how much the reference numbers move with the model seed alone.
  diabetes_tree: DecisionTreeRegressor(random_state=0, max_depth=4) on bundled diabetes: structure and
    predictions on the training rows.
"""
import json, os
import numpy as np
import csv
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "../../../../../praxis-core/src/main/resources/praxis/datasets")


def load(name, label):
    with open(os.path.join(DATA, name + ".csv")) as f:
        rows = list(csv.reader(f))
    header = rows[0]
    k = header.index(label)
    x = np.array([[float(v) for i, v in enumerate(r) if i != k] for r in rows[1:]])
    y = np.array([r[k] for r in rows[1:]])
    return x, y


def tree_dict(t):
    tr = t.tree_
    return {
        "children_left": tr.children_left.tolist(),
        "children_right": tr.children_right.tolist(),
        "feature": tr.feature.tolist(),
        "threshold": tr.threshold.tolist(),
        "impurity": tr.impurity.tolist(),
        "n_node_samples": tr.n_node_samples.tolist(),
        "weighted_n_node_samples": tr.weighted_n_node_samples.tolist(),
    }


out = {}
x, y = load("breast_cancer", "class")
clf = DecisionTreeClassifier(random_state=0).fit(x, y)
path = clf.cost_complexity_pruning_path(x, y)
d = tree_dict(clf)
d["ccp_alphas"] = path.ccp_alphas.tolist()
d["ccp_impurities"] = path.impurities.tolist()
d["feature_importances"] = clf.feature_importances_.tolist()
pruned = DecisionTreeClassifier(random_state=0, ccp_alpha=float(path.ccp_alphas[-3])).fit(x, y)
d["pruned_alpha"] = float(path.ccp_alphas[-3])
d["pruned_node_count"] = int(pruned.tree_.node_count)
out["breast_cancer_tree"] = d


def signature(t):
    tr = t.tree_
    return (tuple(tr.children_left), tuple(tr.feature), tuple(np.round(tr.threshold, 6)))


paths = {tuple(np.round(DecisionTreeClassifier(random_state=r).cost_complexity_pruning_path(x, y).ccp_alphas, 12))
         for r in range(30)}
assert len(paths) == 1, "pruning path depends on random_state"
kw = dict(max_depth=3)
x10 = x[:, :10]
sigs = {signature(DecisionTreeClassifier(random_state=r, **kw).fit(x10, y)) for r in range(30)}
assert len(sigs) == 1, "structure depends on random_state"
clf = DecisionTreeClassifier(random_state=0, **kw).fit(x10, y)
path = clf.cost_complexity_pruning_path(x10, y)
d = tree_dict(clf)
d["ccp_alphas"] = path.ccp_alphas.tolist()
d["ccp_impurities"] = path.impurities.tolist()
d["feature_importances"] = clf.feature_importances_.tolist()
d["proba"] = clf.predict_proba(x10)[:, 1].tolist()
out["breast_cancer_mean10_depth3"] = d

x, y = load("diabetes", "target")
reg = DecisionTreeRegressor(random_state=0, max_depth=4).fit(x, y.astype(float))
d = tree_dict(reg)
d["predictions"] = reg.predict(x).tolist()
out["diabetes_tree"] = d

from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

cv = StratifiedKFold(5, shuffle=True, random_state=0)
x, y = load("digits", "class")
spread = {"digits_dtree": [float(cross_val_score(DecisionTreeClassifier(random_state=s), x, y, cv=cv).mean())
                           for s in range(6)]}
x, y = load("Sonar", "class")
spread["Sonar_rf100"] = [float(cross_val_score(RandomForestClassifier(random_state=s), x, y, cv=cv).mean())
                         for s in range(6)]
out["seed_spread"] = spread

with open(os.path.join(HERE, "trees_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print("ok", len(out["breast_cancer_tree"]["ccp_alphas"]), "alphas")

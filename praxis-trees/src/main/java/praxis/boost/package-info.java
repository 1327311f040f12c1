/**
 * Boosting: histogram gradient boosting (second-order, XGBoost/LightGBM style) for classification and
 * regression, with native missing values and categorical features.
 */
package praxis.boost;

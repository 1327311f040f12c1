/** Association rules (U9): frequent itemsets by Apriori and FP-growth, rules with their interest measures. */
package praxis.rules;

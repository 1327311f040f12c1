/** Tree-growing engine shared by the trees, forests and extra trees: feature encoding, split search, flat trees. */
package praxis.trees.internal;

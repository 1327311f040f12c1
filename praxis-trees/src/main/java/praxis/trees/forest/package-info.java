/** Random forests and extra trees: bagged randomized CART ensembles with OOB estimates, importances and proximities. */
package praxis.trees.forest;

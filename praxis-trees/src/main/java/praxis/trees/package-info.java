/** Decision trees (CART), random forests, extra trees and bagging. */
package praxis.trees;

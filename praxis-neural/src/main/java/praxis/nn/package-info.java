/** Neural networks: layers with forward and backward passes, losses, training loops and network estimators. */
package praxis.nn;

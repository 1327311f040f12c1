/**
 * Weka ARFF input and output: {@link praxis.io.arff.ArffReader} and {@link praxis.io.arff.ArffWriter}.
 * All types are non-null by default.
 */
package praxis.io.arff;

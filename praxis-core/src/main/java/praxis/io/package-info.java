/**
 * Input and output: the model file format ({@link praxis.io.ModelIO}, {@link praxis.io.State}), atomic file
 * writes, and (in sub-packages) readers and writers for CSV, ARFF, LibSVM and JDBC. All types are
 * non-null by default.
 */
package praxis.io;

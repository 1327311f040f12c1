/**
 * LibSVM / SVMlight sparse text format: {@link praxis.io.libsvm.LibSvmReader} and
 * {@link praxis.io.libsvm.LibSvmWriter}. All types are non-null by default.
 */
package praxis.io.libsvm;

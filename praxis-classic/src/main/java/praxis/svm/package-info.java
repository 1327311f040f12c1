/**
 * Support vector machines: a LIBSVM-style SMO solver (second-order working-set selection, shrinking,
 * kernel-row cache) with C-SVC ({@link praxis.svm.SVC}) and epsilon-SVR ({@link praxis.svm.SVR}).
 */
package praxis.svm;

/**
 * Support vector machines: a LIBSVM-style SMO solver (second-order working-set selection, shrinking,
 * kernel-row cache, and its nu-mode) with C-SVC ({@link praxis.svm.SVC}), nu-SVC ({@link praxis.svm.NuSVC}),
 * epsilon-SVR ({@link praxis.svm.SVR}), nu-SVR ({@link praxis.svm.NuSVR}) and the one-class SVM
 * ({@link praxis.svm.OneClassSVM}); LIBLINEAR-style dual coordinate descent for linear SVMs
 * ({@link praxis.svm.LinearSVC}, {@link praxis.svm.LinearSVR}). All accept sparse frames.
 */
package praxis.svm;

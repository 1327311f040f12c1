/**
 * Internal helpers shared by the classic estimators (input validation, model state); not a public API.
 * All types are non-null by default.
 */
package praxis.classic.internal;

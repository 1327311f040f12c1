/** Implementation details shared by the Praxis readers; not part of the public API. */
package praxis.io.internal;

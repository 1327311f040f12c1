/**
 * CSV input and output: a streaming, type-inferring {@link praxis.io.csv.CsvReader} (RFC-4180 via FastCSV,
 * numbers via FastDoubleParser, straight into primitive columns) and an RFC-4180 {@link praxis.io.csv.CsvWriter}.
 * All types are non-null by default.
 */
package praxis.io.csv;

/**
 * Reading SQL query results into frames: {@link praxis.io.jdbc.JdbcReader}. All types are non-null by
 * default.
 */
package praxis.io.jdbc;

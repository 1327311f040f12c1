/**
 * Self-contained HTML reports (tables, confusion matrices, charts rendered with XChart, decision trees drawn
 * as inline SVG by {@link praxis.report.TreeDiagram}).
 */
package praxis.report;

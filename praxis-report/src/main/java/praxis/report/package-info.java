/** Self-contained HTML reports (tables, confusion matrices, charts rendered with XChart). */
package praxis.report;

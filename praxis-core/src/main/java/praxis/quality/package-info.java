/**
 * Data quality: declarative column constraints checked against a frame (violation reports and fail / drop /
 * set-missing policies), outlier flagging by z-score, modified z-score and IQR, and missingness reports.
 */
package praxis.quality;

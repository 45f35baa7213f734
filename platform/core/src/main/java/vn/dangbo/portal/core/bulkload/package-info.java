/**
 * Loads the synthetic data of {@code portal-datagen} straight into the domain schema with plain JDBC
 * batch inserts, in one transaction (all or nothing): for demo mode at start-up and for bulk loads at
 * full scale. The rows are exactly those the write services would have produced (names with their
 * search and sort keys, membership periods and admission records projected by the same rules).
 */
package vn.dangbo.portal.core.bulkload;

/**
 * The platform's implementation. Sub-packages by concern: {@code schema} owns the database schema
 * (Flyway), {@code territory} the provinces and their 2025 mergers. JPA entities are package
 * private to this module and never cross into the plugin API: services return API records.
 */
package vn.dangbo.portal.core;

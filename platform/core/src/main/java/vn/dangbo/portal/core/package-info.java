/**
 * The platform's implementation. Sub-packages by concern: {@code schema} owns the database schema
 * (Flyway), {@code territory} the provinces and their 2025 mergers, {@code security} the role model
 * ({@code CurrentUser} for service-layer checks), accounts and sign-in throttling,
 * {@code personal} the masking of personal data and the log of who read whose profile,
 * {@code settings} the operator's settings. JPA entities are package
 * private to this module and never cross into the plugin API: services return API records.
 */
package vn.dangbo.portal.core;

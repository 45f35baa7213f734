/**
 * The platform's query services a plugin calls while it evaluates its program. Every
 * service is bound by the platform to one territory and answers from aggregate SQL: a plugin never
 * sees people, only counts and the organisations, areas and units that explain them. Implemented by
 * the platform (and by the test kit for plain JUnit tests), never by plugins: {@code @ProviderType}.
 */
@Export
@Version("1.1.0")
package vn.dangbo.portal.api.query;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

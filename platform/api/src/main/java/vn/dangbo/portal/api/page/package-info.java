/**
 * Page sections a plugin returns as data (never HTML or script); the platform renders them
 * on the province page and in the yearly report.
 */
@Export
@Version("1.0.0")
package vn.dangbo.portal.api.page;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

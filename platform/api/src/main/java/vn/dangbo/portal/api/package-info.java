/**
 * Identity of the plugin API itself. Province plugins never need this package; the platform reads
 * {@link vn.dangbo.portal.api.ApiVersion} to tell administrators which API it provides.
 */
@Export
@Version("1.0.0")
package vn.dangbo.portal.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

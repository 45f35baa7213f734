/**
 * The service provider interface a province implements: {@link
 * vn.dangbo.portal.api.program.ProvinceProgram}, registered as an OSGi service (a Declarative
 * Services {@code @Component}). Kept apart from the query services it calls.
 */
@Export
@Version("1.1.0")
package vn.dangbo.portal.api.program;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

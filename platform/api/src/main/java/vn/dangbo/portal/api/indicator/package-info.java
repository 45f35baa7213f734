/**
 * What an indicator is and how it is judged: definitions, targets of the usual kinds,
 * ratio arithmetic, statuses and results. The rules of programs.md's "Targets and statuses" live
 * here once, so every province plugin applies them the same way.
 */
@Export
@Version("1.0.0")
package vn.dangbo.portal.api.indicator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * What the province plugins share, kept in one place: {@link
 * vn.dangbo.portal.program.support.ProgramComponent} (the {@code ProvinceProgram} plumbing: settings
 * from Configuration Admin, readings in force, evaluation and drill-down by indicator), {@link
 * vn.dangbo.portal.program.support.Indicator} (one indicator of a program), and the figures several
 * programs compute the same way (shares with their drill-down rows, admission rates, area heads).
 */
@Export
@Version("1.0.0")
package vn.dangbo.portal.program.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

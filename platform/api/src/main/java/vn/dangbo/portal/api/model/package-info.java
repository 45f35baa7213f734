/**
 * Records and enumerations shared by the platform's query services and the plugins: the
 * vocabulary of party work (organisation types, sectors, areas, units, ratings, occupations). Data
 * only; no behaviour beyond small derived properties.
 */
@Export
@Version("1.0.0")
package vn.dangbo.portal.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

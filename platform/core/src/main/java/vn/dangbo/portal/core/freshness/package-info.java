/**
 * How fresh the data is: a version number that moves on the commit of every transaction that wrote to
 * the portal's database, so that results computed from the data (the indicator cache of the plugin
 * host) are never served once the data they came from has changed.
 */
package vn.dangbo.portal.core.freshness;

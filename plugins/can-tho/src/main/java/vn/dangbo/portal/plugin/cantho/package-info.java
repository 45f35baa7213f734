/**
 * The Cần Thơ province plugin: the action program of the Cần Thơ city party committee implementing
 * Resolution 21-NQ/TW, registered as a Declarative Services component. Nothing is exported.
 */
package vn.dangbo.portal.plugin.cantho;

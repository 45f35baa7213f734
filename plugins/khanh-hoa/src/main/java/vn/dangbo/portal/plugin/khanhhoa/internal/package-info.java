/** The Khánh Hòa program's indicators, settings and identity. Not exported. */
package vn.dangbo.portal.plugin.khanhhoa.internal;

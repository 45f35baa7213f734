/** The Hải Phòng program's indicators, settings and identity. Not exported. */
package vn.dangbo.portal.plugin.haiphong.internal;

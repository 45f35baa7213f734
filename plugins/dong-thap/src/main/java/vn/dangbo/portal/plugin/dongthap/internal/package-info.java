/** The Đồng Tháp program's indicators, settings and identity. Not exported. */
package vn.dangbo.portal.plugin.dongthap.internal;

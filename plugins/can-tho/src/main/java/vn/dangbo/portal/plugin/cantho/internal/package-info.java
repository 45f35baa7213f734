/**
 * The Cần Thơ program's indicators, settings and identity. Not exported: only the component in
 * {@code vn.dangbo.portal.plugin.cantho} is seen, as a {@code ProvinceProgram} service.
 */
package vn.dangbo.portal.plugin.cantho.internal;

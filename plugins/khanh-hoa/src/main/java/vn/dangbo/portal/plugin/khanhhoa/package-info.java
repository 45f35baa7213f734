/**
 * The Khánh Hòa province plugin: the directive of the provincial standing committee on member
 * development, 2021-2025, registered as a Declarative Services component. Nothing is exported.
 */
package vn.dangbo.portal.plugin.khanhhoa;

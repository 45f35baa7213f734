/**
 * The Đồng Tháp province plugin: the provincial committee's conclusion on Resolution 03 (grassroots
 * committees of communes and wards) and the Cao Lãnh district member-development targets, registered
 * as a Declarative Services component. Nothing is exported.
 */
package vn.dangbo.portal.plugin.dongthap;

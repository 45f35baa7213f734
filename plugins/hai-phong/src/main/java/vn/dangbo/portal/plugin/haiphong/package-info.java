/**
 * The Hải Phòng province plugin: the project "Nâng cao chất lượng công tác phát triển đảng viên của
 * Đảng bộ TP. Hải Phòng giai đoạn 2023-2030", registered as a Declarative Services component.
 * Nothing is exported.
 */
package vn.dangbo.portal.plugin.haiphong;

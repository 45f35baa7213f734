/**
 * Settings of the province programs (their "Readings"), changed by administrators while the portal
 * runs: kept in the database ({@link vn.dangbo.portal.host.settings.ProgramSettingStore}), handed to
 * the programs through OSGi Configuration Admin ({@link vn.dangbo.portal.host.settings.ProgramConfigurations})
 * at every start and on every change, validated against what each program declares.
 */
package vn.dangbo.portal.host.settings;

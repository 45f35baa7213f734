/**
 * Presentation records for the pages: the plugin API's records where they do not serialise well as
 * JSON (a {@link vn.dangbo.portal.api.indicator.Target} is a sealed interface, a page section too),
 * with the status labels in Vietnamese and English beside the codes.
 */
package vn.dangbo.portal.web.rest.view;

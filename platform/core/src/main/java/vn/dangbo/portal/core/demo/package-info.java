/**
 * Demo mode: an empty portal started with {@code PORTAL_DEMO=true} fills itself with synthetic data from
 * the generator, so there is something to look at. Off by default: an operator's installation never
 * gets fake data unless asked.
 */
package vn.dangbo.portal.core.demo;

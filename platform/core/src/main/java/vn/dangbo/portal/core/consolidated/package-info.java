/**
 * The consolidated view: the common indicators the platform computes for every province
 * (programs.md, "Indicators the platform computes for every province"), in plain Java over the plugin
 * API's {@link vn.dangbo.portal.api.program.EvaluationContext}, with each province's own targets where
 * its plugin gives them.
 */
package vn.dangbo.portal.core.consolidated;

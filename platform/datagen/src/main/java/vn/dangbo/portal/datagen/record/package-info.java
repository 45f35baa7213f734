/**
 * What the generator emits: one sealed hierarchy of plain records ({@link
 * vn.dangbo.portal.datagen.record.GeneratedRecord}) that refer to each other by stable external codes
 * (strings), never by database ids, so a load is repeatable and can be bulk-loaded in emission order.
 */
package vn.dangbo.portal.datagen.record;

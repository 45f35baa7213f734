/**
 * How the data is made: province profiles, the structure builder (areas, organisations, units and the
 * merger of 1/7/2025), and the pool simulation (people, their careers, committees and area heads).
 */
package vn.dangbo.portal.datagen.internal;

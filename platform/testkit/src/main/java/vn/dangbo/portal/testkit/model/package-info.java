/**
 * The records of a fixture world, as plain immutable data: organisations, areas, units, people and
 * the dated events of their party life. Built by {@link vn.dangbo.portal.testkit.FixtureBuilder};
 * read by the in-memory query services of {@link vn.dangbo.portal.testkit.memory}.
 */
package vn.dangbo.portal.testkit.model;

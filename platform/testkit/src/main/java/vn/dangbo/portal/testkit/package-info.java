/**
 * The plugin test kit: build a small world of organisations, areas, units and people with a
 * {@link vn.dangbo.portal.testkit.FixtureBuilder}, then evaluate a program against it through
 * {@link vn.dangbo.portal.testkit.Fixture#context}. The in-memory query services follow the counting
 * conventions of programs.md ("Conventions that settle how every figure is counted"), so a plugin's
 * plain JUnit tests exercise the same rules as the platform.
 */
package vn.dangbo.portal.testkit;

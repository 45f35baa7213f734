/**
 * The in-memory implementation of the plugin API's query services over a {@link
 * vn.dangbo.portal.testkit.Fixture}. Each class implements one service; {@link
 * vn.dangbo.portal.testkit.memory.Scope} holds the rules they share (territory, successors, membership
 * on a date), {@link vn.dangbo.portal.testkit.memory.Ages} and {@link
 * vn.dangbo.portal.testkit.memory.WorkingDays} the calendar rules of programs.md.
 */
package vn.dangbo.portal.testkit.memory;

package vn.dangbo.portal.testkit.model;

import vn.dangbo.portal.api.model.Occupation;

/** A person's occupation, and the unit it names when it is a job in one. */
public record Job(Occupation occupation, Long unitId) {
}

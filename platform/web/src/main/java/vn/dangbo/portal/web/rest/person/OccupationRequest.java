package vn.dangbo.portal.web.rest.person;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.Occupation;

/** POST /api/v1/people/{id}/occupations: the occupation from a date, naming the unit when there is one. */
public record OccupationRequest(Occupation occupation, Long unitId, LocalDate from) {
}

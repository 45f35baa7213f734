package vn.dangbo.portal.web.rest.organisation;

import java.time.LocalDate;
import java.util.Set;

/** POST /api/v1/organisations/{id}/closure: last day and the organisations that take over. */
public record ClosureRequest(LocalDate lastDay, Set<Long> successorIds) {
}

package vn.dangbo.portal.web.rest.organisation;

import java.time.LocalDate;

/** POST /api/v1/organisations/{id}/parent: the organisation sits under another from a date. */
public record ParentRequest(Long parentId, LocalDate from) {
}

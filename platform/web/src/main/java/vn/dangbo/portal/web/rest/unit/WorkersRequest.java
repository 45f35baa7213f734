package vn.dangbo.portal.web.rest.unit;

import java.time.LocalDate;

/** POST /api/v1/units/{id}/workers: stable workers observed on a date. */
public record WorkersRequest(LocalDate observedOn, Integer workers) {
}

package vn.dangbo.portal.web.rest.area;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.PositionKind;

/** POST /api/v1/areas/{id}/positions: a person holds the position from a date. */
public record PositionRequest(PositionKind position, Long personId, LocalDate from) {
}

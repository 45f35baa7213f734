package vn.dangbo.portal.web.rest.area;

/** POST /api/v1/areas/{id}/population. */
public record PopulationRequest(Integer year, Long population) {
}

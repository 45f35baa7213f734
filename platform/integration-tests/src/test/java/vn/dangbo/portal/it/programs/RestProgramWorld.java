package vn.dangbo.portal.it.programs;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.it.PortalHttp;

/**
 * The fixture written through the portal's REST API, as the staff of each province would record it:
 * the write endpoints and lifecycle actions with their validation and rules. A refused call fails the
 * test with the portal's answer.
 */
final class RestProgramWorld implements ProgramWorld {

    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    private final String tag;
    private final Map<String, PortalHttp> staff = new HashMap<>();
    private PortalHttp http;
    private String province;
    private int people;

    /**
     * @param tag   prefix of codes and external ids, unique to the run
     * @param staff the staff account (HTTP Basic) of each province written
     */
    RestProgramWorld(String tag, Map<String, PortalHttp> staff) {
        this.tag = tag;
        this.staff.putAll(staff);
    }

    @Override
    public void province(String code) {
        this.province = code;
        this.http = staff.get(code);
        if (http == null) {
            throw new IllegalArgumentException("No staff account for province " + code);
        }
    }

    @Override
    public long area(String code, String name, AreaKind kind, Long parent, Map<Integer, Long> population) {
        long id = create("areas", Json.createObjectBuilder().add("code", tag + "-" + code).add("name", name)
                .add("kind", kind.name()).add("parentId", nullable(parent)).add("formerProvince", province)
                .add("validFrom", SINCE.toString()));
        population.forEach((year, count) -> ok(http.post("api/v1/areas/" + id + "/population",
                Json.createObjectBuilder().add("year", year).add("population", count).build().toString())));
        return id;
    }

    @Override
    public long unit(String code, String name, UnitKind kind, long area, Map<LocalDate, Integer> workers) {
        long id = create("units", Json.createObjectBuilder().add("code", tag + "-" + code).add("name", name)
                .add("kind", kind.name()).add("areaId", area).add("formerProvince", province)
                .add("validFrom", SINCE.toString()));
        workers.forEach((day, count) -> ok(http.post("api/v1/units/" + id + "/workers",
                Json.createObjectBuilder().add("observedOn", day.toString()).add("workers", count).build().toString())));
        return id;
    }

    @Override
    public long organisation(String code, String name, OrganisationType type, Sector sector, Long parent, Long unit,
            LocalDate validFrom, long... areas) {
        JsonArrayBuilder areaIds = Json.createArrayBuilder();
        for (long area : areas) {
            areaIds.add(area);
        }
        return create("organisations", Json.createObjectBuilder().add("code", tag + "-" + code).add("name", name)
                .add("type", type.name()).add("sector", sector.name()).add("formerProvince", province)
                .add("parentId", nullable(parent)).add("unitId", nullable(unit)).add("validFrom", validFrom.toString())
                .add("areaIds", areaIds));
    }

    @Override
    public void close(long organisation, LocalDate lastDay, long... successors) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long successor : successors) {
            ids.add(successor);
        }
        post("organisations/" + organisation + "/closure",
                Json.createObjectBuilder().add("lastDay", lastDay.toString()).add("successorIds", ids));
    }

    @Override
    public long person(String name, LocalDate born, String religion, Long residence) {
        JsonObjectBuilder person = Json.createObjectBuilder().add("externalId", tag + "-" + province + "-" + (++people))
                .add("fullName", name).add("birthDate", born.toString()).add("gender", "MALE").add("ethnicity", "Kinh")
                .add("residenceAreaId", nullable(residence));
        if (religion != null) {
            person.add("religion", religion);
        }
        return create("people", person);
    }

    @Override
    public void occupation(long person, Occupation occupation, Long unit, LocalDate from) {
        post("people/" + person + "/occupations", Json.createObjectBuilder().add("occupation", occupation.name())
                .add("unitId", nullable(unit)).add("from", from.toString()));
    }

    @Override
    public void candidacy(long person, LocalDate date, long organisation) {
        event(person, "candidacy", date, organisation);
    }

    @Override
    public void certificate(long person, LocalDate date) {
        event(person, "certificate", date, null);
    }

    @Override
    public void admission(long person, LocalDate decision, long organisation) {
        event(person, "admission", decision, organisation);
    }

    @Override
    public void ceremony(long person, LocalDate date) {
        event(person, "ceremony", date, null);
    }

    @Override
    public void recognition(long person, LocalDate date) {
        event(person, "recognition", date, null);
    }

    @Override
    public void failedProbation(long person, LocalDate date) {
        event(person, "failed-probation", date, null);
    }

    @Override
    public void transferIn(long person, LocalDate date, long organisation) {
        post("people/" + person + "/transfers", Json.createObjectBuilder().add("eventDate", date.toString())
                .add("direction", "IN").add("mode", "PERMANENT").add("organisationId", organisation));
    }

    @Override
    public void exit(long person, LocalDate date, ExitKind kind) {
        post("people/" + person + "/exits",
                Json.createObjectBuilder().add("eventDate", date.toString()).add("kind", kind.name()));
    }

    @Override
    public void position(long area, PositionKind kind, long person, LocalDate from) {
        post("areas/" + area + "/positions", Json.createObjectBuilder().add("position", kind.name())
                .add("personId", person).add("from", from.toString()));
    }

    @Override
    public void organisationRating(long organisation, int year, RatingGrade grade) {
        post("organisations/" + organisation + "/rating",
                Json.createObjectBuilder().add("year", year).add("grade", grade.name()));
    }

    @Override
    public void memberRating(long organisation, int year, long person, RatingGrade grade) {
        post("organisations/" + organisation + "/member-ratings", Json.createObjectBuilder().add("year", year)
                .add("grades", Json.createArrayBuilder().add(Json.createObjectBuilder().add("personId", person)
                        .add("grade", grade.name()))));
    }

    @Override
    public void seat(long organisation, long person, boolean secretary, LocalDate from) {
        post("organisations/" + organisation + "/committee-seats", Json.createObjectBuilder().add("personId", person)
                .add("role", secretary ? "SECRETARY" : "MEMBER").add("from", from.toString()));
    }

    @Override
    public void training(long person, LocalDate date) {
        post("people/" + person + "/trainings", Json.createObjectBuilder().add("courseDate", date.toString())
                .add("courseName", "Bồi dưỡng cập nhật kiến thức cấp ủy viên " + date.getYear()));
    }

    @Override
    public void task(long person, int year, long organisation) {
        post("people/" + person + "/tasks", Json.createObjectBuilder().add("year", year)
                .add("organisationId", organisation).add("description", "Phụ trách hộ gia đình nơi cư trú"));
    }

    @Override
    public void yearPlan(long organisation, int year, Integer quota) {
        plan(organisation, "YEAR", year, year, quota);
    }

    @Override
    public void termPlan(long organisation, int from, int to, Integer quota) {
        plan(organisation, "TERM", from, to, quota);
    }

    private void plan(long organisation, String kind, int from, int to, Integer quota) {
        JsonObjectBuilder plan = Json.createObjectBuilder().add("kind", kind).add("fromYear", from).add("toYear", to)
                .add("adoptedOn", LocalDate.of(from, 1, 10).toString());
        if (quota != null) {
            plan.add("quota", quota);
        }
        post("organisations/" + organisation + "/plans", plan);
    }

    @Override
    public long candidateMove(long person, long from, String destination, LocalDate date) {
        return create("candidate-moves", Json.createObjectBuilder().add("personId", person)
                .add("fromOrganisationId", from).add("destination", destination).add("moveDate", date.toString()));
    }

    @Override
    public void notice(long move, long issuedBy, LocalDate date, LocalDate acknowledged) {
        long notice = create("candidate-moves/" + move + "/notices",
                Json.createObjectBuilder().add("issuedById", issuedBy).add("issuedOn", date.toString()));
        if (acknowledged != null) {
            ok(http.post("api/v1/candidate-moves/notices/" + notice + "/acknowledgement", Json.createObjectBuilder()
                    .add("acknowledgedOn", acknowledged.toString()).add("acknowledgedBy", "Chi bộ nơi đến").build()
                    .toString()));
        }
    }

    @Override
    public void away(long person, LocalDate from, LocalDate to) {
        JsonObjectBuilder flag = Json.createObjectBuilder().add("from", from.toString());
        if (to != null) {
            flag.add("to", to.toString());
        }
        post("people/" + person + "/away-flags", flag);
    }

    @Override
    public void leaveRequest(long person, LocalDate filedOn) {
        post("people/" + person + "/leave-requests", Json.createObjectBuilder().add("filedOn", filedOn.toString()));
    }

    private void event(long person, String action, LocalDate date, Long organisation) {
        post("people/" + person + "/" + action,
                Json.createObjectBuilder().add("eventDate", date.toString()).add("organisationId", nullable(organisation)));
    }

    private long create(String path, JsonObjectBuilder body) {
        HttpResponse<String> response = http.post("api/v1/" + path, body.build().toString());
        ok(response);
        return PortalHttp.json(response.body()).getJsonNumber("id").longValue();
    }

    private void post(String path, JsonObjectBuilder body) {
        ok(http.post("api/v1/" + path, body.build().toString()));
    }

    private static void ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + " refused: "
                    + response.statusCode() + " " + response.body());
        }
    }

    private static jakarta.json.JsonValue nullable(Long value) {
        return value == null ? jakarta.json.JsonValue.NULL : Json.createValue(value);
    }
}

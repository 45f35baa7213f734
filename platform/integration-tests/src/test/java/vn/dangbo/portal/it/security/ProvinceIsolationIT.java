package vn.dangbo.portal.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;
import vn.dangbo.portal.it.host.PortalClient;
import vn.dangbo.portal.it.host.TestBundles;

/**
 * One province's staff cannot reach another province's people through any endpoint (profile,
 * change, lifecycle, events, search, export), and the sensitive fields stay masked for everyone but
 * the staff of the person's own province; every profile read lands in the access log. The walk
 * test calls every endpoint a province-bound role may call (from the role matrix, through
 * security/province-isolation.txt) as Hải Phòng's staff on Cần Thơ's records.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvinceIsolationIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final PortalHttp cantho = PortalHttp.session("cantho");
    private final PortalHttp haiphong = PortalHttp.as("haiphong");
    private final PortalHttp admin = PortalHttp.as("admin");

    private long canthoPerson;
    private long haiphongPerson;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeEach
    void onePersonInEachProvince() {
        canthoPerson = create(cantho, "ct", "Nguyễn Văn Cần " + tag, "092085001234", "Phật giáo");
        haiphongPerson = create(haiphong, "hp", "Nguyễn Văn Hải " + tag, "031090005678", "Công giáo");
    }

    @Test
    void staffOfAnotherProvinceAreRefusedOnEveryPersonEndpoint() {
        String other = "api/v1/people/" + haiphongPerson;
        assertThat(cantho.get(other).statusCode()).isEqualTo(403);
        assertThat(cantho.put(other, person("x", "Đổi Tên", "031090005678", null)).statusCode()).isEqualTo(403);
        assertThat(cantho.get(other + "/events").statusCode()).isEqualTo(403);
        assertThat(cantho.post(other + "/certificate", "{\"eventDate\":\"2024-01-10\"}").statusCode()).isEqualTo(403);
        assertThat(cantho.post(other + "/occupations", "{\"occupation\":\"STUDENT\",\"from\":\"2024-01-01\"}")
                .statusCode()).isEqualTo(403);
        // Unchanged by the refused attempts.
        JsonObject own = PortalHttp.json(haiphong.get(other).body());
        assertThat(own.getJsonObject("details").getString("fullName")).isEqualTo("Nguyễn Văn Hải " + tag);
        assertThat(haiphong.get(other + "/events").body()).isEqualTo("[]");
    }

    @Test
    void searchAndExportOnlyReachTheCallersProvince() {
        // Names are "Nguyễn Văn Cần <tag>" and "Nguyễn Văn Hải <tag>": the tag finds both, were it not for
        // the province.
        List<Long> canthoSees = ids(cantho.get("api/v1/people?q=" + tag + "&size=500"));
        List<Long> haiphongSees = ids(haiphong.get("api/v1/people?q=" + tag + "&size=500"));
        assertThat(canthoSees).containsExactly(canthoPerson);
        assertThat(haiphongSees).containsExactly(haiphongPerson);

        HttpResponse<String> export = cantho.get("api/v1/people-files?format=csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(tag + "-ct").doesNotContain(tag + "-hp");
        assertThat(cantho.get("api/v1/people-files?province=hai-phong&format=csv").statusCode()).isEqualTo(403);
        assertThat(PortalHttp.as("trunguong").get("api/v1/people?q=" + tag).statusCode()).isEqualTo(403);
    }

    /**
     * Since the mergers of 1 July 2025 Hải Phòng holds Hải Dương's records, which keep their former
     * province: Hải Phòng's staff read them in clear, find them and change them; other provinces'
     * staff do not, and Hải Dương's own (pre-merger) account holds nothing of Hải Phòng's.
     */
    @Test
    void staffOfAMergedProvinceHoldTheRecordsOfTheProvinceMergedIntoIt() {
        String username = "hd-" + tag;
        String password = "hai-duong-" + tag;
        HttpResponse<String> account = admin.post("api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"Cán bộ Hải Dương\",\"password\":\"" + password
                + "\",\"roles\":[\"PROVINCIAL_STAFF\"],\"province\":\"hai-duong\"}");
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        PortalHttp haiDuong = PortalHttp.basic(username, password);
        long haiDuongPerson = create(haiDuong, "hd", "Vũ Văn Dương " + tag, "030085004321", "Không");
        String person = "api/v1/people/" + haiDuongPerson;

        JsonObject profile = PortalHttp.json(haiphong.get(person).body());
        assertThat(profile.getString("province")).isEqualTo("hai-duong");
        assertThat(profile.getBoolean("masked")).isFalse();
        assertThat(profile.getJsonObject("details").getString("nationalId")).isEqualTo("030085004321");
        assertThat(ids(haiphong.get("api/v1/people?q=" + tag + "&size=500"))).contains(haiDuongPerson, haiphongPerson);
        HttpResponse<String> occupation = haiphong.post(person + "/occupations",
                "{\"occupation\":\"STUDENT\",\"from\":\"2024-01-01\"}");
        assertThat(occupation.statusCode()).as(occupation.body()).isLessThan(300);

        assertThat(cantho.get(person).statusCode()).isEqualTo(403);
        assertThat(ids(cantho.get("api/v1/people?q=" + tag + "&size=500"))).doesNotContain(haiDuongPerson);
        assertThat(haiDuong.get("api/v1/people/" + haiphongPerson).statusCode()).isEqualTo(403);
        assertThat(ids(haiDuong.get("api/v1/people?q=" + tag + "&size=500"))).containsExactly(haiDuongPerson);
    }

    @Test
    void sensitiveFieldsAreClearOnlyForTheStaffOfThePersonsProvince() {
        JsonObject clear = PortalHttp.json(cantho.get("api/v1/people/" + canthoPerson).body());
        assertThat(clear.getBoolean("masked")).isFalse();
        assertThat(clear.getString("province")).isEqualTo("can-tho");
        assertThat(clear.getJsonObject("details").getString("nationalId")).isEqualTo("092085001234");
        assertThat(clear.getJsonObject("details").getString("birthDate")).isEqualTo("1985-12-31");
        assertThat(clear.getJsonObject("details").getString("religion")).isEqualTo("Phật giáo");

        HttpResponse<String> byAdmin = admin.get("api/v1/people/" + canthoPerson);
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        JsonObject masked = PortalHttp.json(byAdmin.body());
        assertThat(masked.getBoolean("masked")).isTrue();
        assertThat(masked.getJsonObject("details").getString("nationalId")).isEqualTo("*********234");
        assertThat(masked.getJsonObject("details").getString("birthDate")).isEqualTo("**/**/****");
        assertThat(masked.getJsonObject("details").getString("religion")).isEqualTo("***");
        assertThat(byAdmin.body()).doesNotContain("092085001234").doesNotContain("1985-12-31")
                .doesNotContain("Phật giáo");
        assertThat(masked.getJsonObject("details").getString("fullName")).isEqualTo("Nguyễn Văn Cần " + tag);

        assertThat(PortalHttp.as("trunguong").get("api/v1/people/" + canthoPerson).statusCode()).isEqualTo(403);
        assertThat(PortalHttp.as("cantho-dev").get("api/v1/people/" + canthoPerson).statusCode()).isEqualTo(403);
        assertThat(haiphong.get("api/v1/people/" + canthoPerson).statusCode()).isEqualTo(403);

        String log = admin.get("api/v1/access-log?subject=" + canthoPerson).body();
        assertThat(log).contains("\"reader\":\"cantho\"").contains("\"reader\":\"admin\"")
                .doesNotContain("\"reader\":\"haiphong\"");
    }

    /**
     * A member who moves for good: Cần Thơ records the permanent transfer out, then hands the record
     * over to Hải Phòng. Not before (still a member there), never by the receiving province. After it,
     * the record is Hải Phòng's alone: its staff find and read it in clear, Cần Thơ's staff no longer
     * reach it by any endpoint, an administrator sees it masked, and the access log shows the hand-over.
     */
    @Test
    void aRecordHandedOverToAnotherProvinceBelongsToItAlone() {
        PortalHttp owner = PortalHttp.as("cantho");
        PortalHttp receiver = PortalHttp.as("haiphong");
        String committee = created(owner, "api/v1/organisations", "{\"code\":\"ho-" + tag + "-pc\",\"name\":"
                + "\"Đảng bộ chuyển " + tag + "\",\"type\":\"PROVINCIAL_COMMITTEE\",\"sector\":\"OTHER\","
                + "\"formerProvince\":\"can-tho\",\"validFrom\":\"2000-01-01\"}");
        String branch = created(owner, "api/v1/organisations", "{\"code\":\"ho-" + tag + "-b\",\"name\":"
                + "\"Chi bộ chuyển " + tag + "\",\"type\":\"GRASSROOTS_BRANCH\",\"sector\":\"RESIDENTIAL\","
                + "\"formerProvince\":\"can-tho\",\"parentId\":" + committee + ",\"validFrom\":\"2000-01-01\"}");
        String person = "api/v1/people/" + canthoPerson;
        String handOver = "{\"province\":\"hai-phong\"}";
        assertThat(owner.post(person + "/transfers", "{\"direction\":\"IN\",\"mode\":\"PERMANENT\","
                + "\"eventDate\":\"2020-01-01\",\"organisationId\":" + branch + "}").statusCode()).isLessThan(300);

        HttpResponse<String> stillMember = owner.post(person + "/hand-over", handOver);
        assertThat(stillMember.statusCode()).as(stillMember.body()).isEqualTo(400);
        assertThat(stillMember.body()).contains("còn sinh hoạt");
        assertThat(receiver.post(person + "/hand-over", handOver).statusCode()).isEqualTo(403);
        assertThat(PortalHttp.as("admin").post(person + "/hand-over", handOver).statusCode()).isEqualTo(403);

        assertThat(owner.post(person + "/transfers", "{\"direction\":\"OUT\",\"mode\":\"PERMANENT\","
                + "\"eventDate\":\"2024-06-01\",\"organisationId\":" + branch + "}").statusCode()).isLessThan(300);
        HttpResponse<String> handedOver = owner.post(person + "/hand-over", handOver);
        assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(204);

        // Cần Thơ's staff: as for any other province's person.
        assertThat(owner.get(person).statusCode()).isEqualTo(403);
        assertThat(owner.get(person + "/events").statusCode()).isEqualTo(403);
        assertThat(owner.post(person + "/hand-over", "{\"province\":\"can-tho\"}").statusCode()).isEqualTo(403);
        assertThat(ids(owner.get("api/v1/people?q=" + tag + "&size=500"))).doesNotContain(canthoPerson);
        assertThat(owner.get("api/v1/people-files?format=csv").body()).doesNotContain(tag + "-ct");

        // Hải Phòng's staff: their record now, in clear, with its past at Cần Thơ's branch.
        JsonObject profile = PortalHttp.json(receiver.get(person).body());
        assertThat(profile.getBoolean("masked")).isFalse();
        assertThat(profile.getString("province")).isEqualTo("hai-phong");
        assertThat(profile.getJsonObject("details").getString("nationalId")).isEqualTo("092085001234");
        assertThat(ids(receiver.get("api/v1/people?q=" + tag + "&size=500"))).contains(canthoPerson, haiphongPerson);
        assertThat(receiver.get("api/v1/people-files?format=csv").body()).contains(tag + "-ct");
        String events = receiver.get(person + "/events").body();
        assertThat(PortalHttp.json("{\"e\":" + events + "}").getJsonArray("e")).as(events).hasSize(2);

        JsonObject byAdmin = PortalHttp.json(PortalHttp.as("admin").get(person).body());
        assertThat(byAdmin.getBoolean("masked")).isTrue();
        assertThat(byAdmin.getString("province")).isEqualTo("hai-phong");
        assertThat(PortalHttp.as("admin").get("api/v1/access-log?subject=" + canthoPerson).body())
                .contains("HAND-OVER can-tho");
    }

    /**
     * Every endpoint of the role matrix that provincial staff or developers may call is stated in
     * province-isolation.txt; each "refused" one, called by Hải Phòng's staff on records of Cần Thơ
     * (areas, units, organisations, people, moves, notices, programs), answers 403 problem+json naming
     * no Cần Thơ data, and Cần Thơ's records are unchanged afterwards; each "own" one answers only the
     * caller's province.
     */
    @Test
    void everyProvinceBoundEndpointRefusesAnotherProvincesRecords() throws IOException {
        Map<String, IsolationFile.Line> lines = IsolationFile.lines();
        List<String> uncovered = IsolationFile.provinceBoundEndpoints().stream()
                .filter(endpoint -> !lines.containsKey(endpoint)).toList();
        assertThat(uncovered).as("endpoints of role-matrix.txt with no line in province-isolation.txt").isEmpty();

        PortalHttp owner = PortalHttp.as("cantho");
        PortalHttp other = PortalHttp.as("haiphong");
        Map<String, String> fixture = canthoFixture(owner);
        PortalClient modules = new PortalClient(PortalHttp.portal());
        modules.removeAllModules();
        // The signed test bundle "good" serves the program test-good of Cần Thơ.
        assertThat(modules.upload(TestBundles.bytes("good-v1")).status()).isEqualTo(201);
        assertThat(modules.post("api/v1/modules/" + PortalClient.MODULE + "/enable").status()).isLessThan(300);
        try {
            List<String> problems = new ArrayList<>();
            int refused = 0;
            for (IsolationFile.Line line : lines.values()) {
                switch (line.kind()) {
                    case REFUSED -> {
                        refused++;
                        checkRefused(line, fixture, owner, other, problems);
                    }
                    case OWN -> checkOwn(line, fixture, other, problems);
                    default -> {
                    }
                }
            }
            assertThat(refused).isGreaterThan(40);
            assertThat(problems).as("endpoints that let Hải Phòng's staff reach Cần Thơ's records").isEmpty();
        } finally {
            modules.removeAllModules();
        }
        unchangedAfterTheWalk(owner, fixture);
    }

    private void checkRefused(IsolationFile.Line line, Map<String, String> fixture, PortalHttp owner,
            PortalHttp other, List<String> problems) {
        String path = concretePath(line.path(), fixture);
        String body = line.body() == null ? "{}" : fill(line.body(), fixture);
        HttpResponse<String> response = call(other, line.method(), path, body);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 403) {
            problems.add(line.endpoint() + " -> " + path + ": " + response.statusCode() + " " + response.body());
        } else if (!type.startsWith("application/problem+json")) {
            problems.add(line.endpoint() + ": 403 as " + type);
        } else if (response.body().contains(tag) || response.body().contains(fixture.get("personName"))) {
            problems.add(line.endpoint() + ": the refusal names Cần Thơ's data: " + response.body());
        }
        if (line.method().equals("GET")) {
            // The owner reaches the same record: the refusal above was the province, not the record.
            HttpResponse<String> own = call(owner, "GET", path, null);
            if (own.statusCode() != 200) {
                problems.add(line.endpoint() + " -> " + path + ": the owner got " + own.statusCode() + " "
                        + own.body());
            }
        }
    }

    private void checkOwn(IsolationFile.Line line, Map<String, String> fixture, PortalHttp other,
            List<String> problems) {
        HttpResponse<String> response;
        if (line.method().equals("GET")) {
            String query = line.path().endsWith("people-files") ? "?format=csv" : "?q=" + tag + "&size=500";
            response = call(other, "GET", line.path().substring(1) + query, null);
            if (response.statusCode() != 200) {
                problems.add(line.endpoint() + ": " + response.statusCode() + " " + response.body());
            }
        } else {
            // An import naming Cần Thơ's person and area: refused row by row, nothing kept.
            String csv = "external_id,full_name,birth_date,gender,residence_area_code\n"
                    + fixture.get("personExternalId") + ",Đổi Tên," + "1990-01-01,MALE,\n"
                    + "x-" + tag + "-imp,Người Nhập " + tag + ",1990-01-01,MALE," + fixture.get("areaCode") + "\n";
            response = other.send(other.request(line.path().substring(1) + "?format=csv")
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
            if (response.statusCode() != 422) {
                problems.add(line.endpoint() + ": an import naming Cần Thơ's records answered "
                        + response.statusCode() + " " + response.body());
            }
        }
        if (response.body().contains(fixture.get("personName")) || response.body().contains("Ấp Cần " + tag)) {
            problems.add(line.endpoint() + ": the answer holds Cần Thơ's records: " + response.body());
        }
    }

    private void unchangedAfterTheWalk(PortalHttp owner, Map<String, String> fixture) {
        JsonObject unit = PortalHttp.json(owner.get("api/v1/units/" + fixture.get("unit")).body());
        assertThat(unit.getJsonArray("workers")).as("no worker counts recorded").isEmpty();
        String events = owner.get("api/v1/people/" + fixture.get("person") + "/events").body();
        assertThat(PortalHttp.json("{\"e\":" + events + "}").getJsonArray("e")).as(events).hasSize(2);
        JsonObject person = PortalHttp.json(owner.get("api/v1/people/" + fixture.get("person")).body());
        assertThat(person.getJsonObject("details").getString("fullName")).isEqualTo(fixture.get("personName"));
        String subtree = owner.get("api/v1/organisations/" + fixture.get("organisation") + "/subtree").body();
        assertThat(PortalHttp.json("{\"s\":" + subtree + "}").getJsonArray("s")).as(subtree).hasSize(2);
        JsonObject branch = PortalHttp.json(owner.get("api/v1/organisations/" + fixture.get("branch")).body());
        assertThat(!branch.containsKey("validTo") || branch.isNull("validTo")).as(branch.toString()).isTrue();
        assertThat(ids(PortalHttp.as("haiphong").get("api/v1/people?q=" + tag + "&size=500")))
                .as("no person created by the refused writes").containsExactly(haiphongPerson);
    }

    /** In Cần Thơ, as its staff: an area, a unit in it, a committee and its branch, a candidate who moves. */
    private Map<String, String> canthoFixture(PortalHttp owner) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("tag", tag);
        f.put("areaCode", "ct-" + tag + "-a");
        f.put("area", created(owner, "api/v1/areas", "{\"code\":\"ct-" + tag + "-a\",\"name\":\"Ấp Cần " + tag
                + "\",\"kind\":\"HAMLET\",\"formerProvince\":\"can-tho\",\"validFrom\":\"2000-01-01\"}"));
        f.put("unit", created(owner, "api/v1/units", "{\"code\":\"ct-" + tag + "-u\",\"name\":\"Công ty Cần "
                + tag + "\",\"kind\":\"PRIVATE_COMPANY\",\"areaId\":" + f.get("area")
                + ",\"formerProvince\":\"can-tho\",\"validFrom\":\"2000-01-01\"}"));
        f.put("organisation", created(owner, "api/v1/organisations", "{\"code\":\"ct-" + tag
                + "-pc\",\"name\":\"Đảng bộ Cần " + tag + "\",\"type\":\"PROVINCIAL_COMMITTEE\",\"sector\":\"OTHER\","
                + "\"formerProvince\":\"can-tho\",\"validFrom\":\"2000-01-01\"}"));
        f.put("branch", created(owner, "api/v1/organisations", "{\"code\":\"ct-" + tag
                + "-b\",\"name\":\"Chi bộ Cần " + tag + "\",\"type\":\"GRASSROOTS_BRANCH\",\"sector\":\"RESIDENTIAL\","
                + "\"formerProvince\":\"can-tho\",\"parentId\":" + f.get("organisation")
                + ",\"validFrom\":\"2000-01-01\",\"areaIds\":[" + f.get("area") + "]}"));
        f.put("personName", "Trần Văn Ứng " + tag);
        f.put("personExternalId", tag + "-ung");
        f.put("person", created(owner, "api/v1/people", "{\"externalId\":\"" + tag + "-ung\",\"fullName\":\""
                + f.get("personName") + "\",\"birthDate\":\"1995-05-05\",\"gender\":\"MALE\",\"residenceAreaId\":"
                + f.get("area") + "}"));
        String person = "api/v1/people/" + f.get("person");
        assertThat(owner.post(person + "/candidacy", "{\"eventDate\":\"2023-01-01\",\"organisationId\":"
                + f.get("branch") + "}").statusCode()).isLessThan(300);
        assertThat(owner.post(person + "/certificate", "{\"eventDate\":\"2023-02-01\"}").statusCode())
                .isLessThan(300);
        f.put("move", created(owner, "api/v1/candidate-moves", "{\"personId\":" + f.get("person")
                + ",\"fromOrganisationId\":" + f.get("branch") + ",\"destination\":\"Hà Nội\",\"moveDate\":\"2024-10-01\"}"));
        f.put("notice", created(owner, "api/v1/candidate-moves/" + f.get("move") + "/notices", "{\"issuedById\":"
                + f.get("branch") + ",\"issuedOn\":\"2024-10-05\"}"));
        return f;
    }

    private static String created(PortalHttp owner, String path, String json) {
        HttpResponse<String> response = owner.post(path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return Long.toString(PortalHttp.json(response.body()).getJsonNumber("id").longValue());
    }

    private static final Pattern PARAM = Pattern.compile("/([a-z-]+)/\\{(\\w+)}");

    /** The path with each {param} replaced by the fixture's record of the resource before it. */
    private static String concretePath(String template, Map<String, String> fixture) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(2)) {
                case "code" -> "test-good";
                case "indicator" -> "TEST-GENERATION";
                case "noticeId" -> fixture.get("notice");
                default -> switch (m.group(1)) {
                    case "organisations" -> fixture.get("branch");
                    case "areas" -> fixture.get("area");
                    case "units" -> fixture.get("unit");
                    case "people" -> fixture.get("person");
                    case "candidate-moves", "notices" -> fixture.get("move");
                    default -> throw new AssertionError("No fixture record for " + m.group() + " in " + template
                            + ": teach ProvinceIsolationIT.concretePath which record it is");
                };
            };
            m.appendReplacement(out, Matcher.quoteReplacement("/" + m.group(1) + "/" + value));
        }
        m.appendTail(out);
        String path = out.substring(1);
        return path.startsWith("api/v1/provinces/") ? path + "?year=2025" : path;
    }

    private static String fill(String body, Map<String, String> fixture) {
        String filled = body;
        for (Map.Entry<String, String> e : fixture.entrySet()) {
            filled = filled.replace("${" + e.getKey() + "}", e.getValue());
        }
        if (filled.contains("${")) {
            throw new AssertionError("Unknown placeholder in " + body);
        }
        return filled;
    }

    private static HttpResponse<String> call(PortalHttp http, String method, String path, String json) {
        HttpRequest.Builder request = http.request(path);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(switch (method) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.method(method, HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
        });
    }

    private long create(PortalHttp staff, String id, String name, String nationalId, String religion) {
        HttpResponse<String> response = staff.post("api/v1/people", person(id, name, nationalId, religion));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PortalHttp.json(response.body()).getJsonNumber("id").longValue();
    }

    private String person(String id, String name, String nationalId, String religion) {
        return "{\"externalId\":\"" + tag + "-" + id + "\",\"fullName\":\"" + name
                + "\",\"birthDate\":\"1985-12-31\",\"gender\":\"MALE\",\"nationalId\":\"" + nationalId + "\""
                + (religion == null ? "" : ",\"religion\":\"" + religion + "\"") + "}";
    }

    private static List<Long> ids(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return PortalHttp.json(page.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }
}

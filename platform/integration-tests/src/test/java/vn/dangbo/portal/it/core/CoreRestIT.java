package vn.dangbo.portal.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;

/** The REST API over HTTP: organisations over time, people and search, lifecycle actions, problem details. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoreRestIT {

    private static final String PROBLEM = "application/problem+json";
    /** Signed in as a page is (session and CSRF token), as the staff of Khánh Hòa, where the test data lives. */
    private final PortalHttp http = PortalHttp.session("khanhhoa");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void organisationSubtreeAsOfADateAcrossAClosure() throws Exception {
        long pc = create("organisations", org("PC", "Đảng bộ thử", "PROVINCIAL_COMMITTEE", null, "2000-01-01"));
        long d1 = create("organisations", org("D1", "Đảng bộ huyện cũ", "DIRECT_COMMITTEE", pc, "2000-01-01"));
        long b1 = create("organisations", org("B1", "Chi bộ ấp cũ", "GRASSROOTS_BRANCH", d1, "2000-01-01"));
        long c1 = create("organisations", org("C1", "Đảng bộ xã mới", "DIRECT_COMMITTEE", pc, "2025-07-01"));
        assertThat(post("organisations/" + d1 + "/closure",
                "{\"lastDay\":\"2025-06-30\",\"successorIds\":[" + c1 + "]}").statusCode()).isEqualTo(204);
        assertThat(post("organisations/" + b1 + "/parent", "{\"parentId\":" + c1 + ",\"from\":\"2025-07-01\"}")
                .statusCode()).isEqualTo(204);

        JsonArray y2024 = array(get("organisations/" + pc + "/subtree?date=2024-12-31").body());
        assertThat(ids(y2024)).containsExactly(pc, d1, b1);
        assertThat(y2024.getJsonObject(2).getJsonNumber("committeeId").longValue()).isEqualTo(d1);
        JsonArray y2025 = array(get("organisations/" + pc + "/subtree?date=2025-12-31").body());
        assertThat(ids(y2025)).containsExactly(pc, c1, b1);
        JsonObject closed = object(get("organisations/" + d1 + "?date=2024-12-31").body());
        assertThat(closed.getString("validTo")).isEqualTo("2025-06-30");
        assertThat(closed.getJsonArray("successorIds").getJsonNumber(0).longValue()).isEqualTo(c1);
    }

    @Test
    void peopleAreFoundWithoutDiacriticsAndSortedInVietnameseOrder() throws Exception {
        long area = create("areas", "{\"code\":\"" + tag + "-H\",\"name\":\"Ấp Thử\",\"kind\":\"HAMLET\","
                + "\"formerProvince\":\"khanh-hoa\",\"validFrom\":\"2000-01-01\"}");
        // Sent decomposed (NFD): stored NFC.
        String nfd = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);
        long an = create("people", person("an", nfd, "1990-01-01", area));
        create("people", person("dao", "Đào Văn Bình", "1990-01-01", area));
        create("people", person("duong", "Dương Văn Cường", "1990-01-01", area));
        create("people", person("anh", "Ánh Thị Dung", "1990-01-01", area));

        JsonObject found = object(get("people?q=nguyen%20van%20an&residenceAreaId=" + area).body());
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getJsonArray("items").getJsonObject(0).getString("fullName")).isEqualTo("Nguyễn Văn An");
        assertThat(object(get("people/" + an).body()).getJsonObject("details").getString("fullName"))
                .isEqualTo("Nguyễn Văn An");

        JsonArray all = object(get("people?residenceAreaId=" + area).body()).getJsonArray("items");
        assertThat(all.getValuesAs(JsonObject.class).stream().map(o -> o.getString("fullName")).toList())
                .containsExactly("Ánh Thị Dung", "Dương Văn Cường", "Đào Văn Bình", "Nguyễn Văn An");
        JsonObject page2 = object(get("people?residenceAreaId=" + area + "&size=3&page=1").body());
        assertThat(page2.getJsonArray("items")).hasSize(1);
        assertThat(page2.getInt("total")).isEqualTo(4);
    }

    @Test
    void lifecycleActionsAndRuleViolationsAsProblemDetails() throws Exception {
        long pc = create("organisations", org("LPC", "Đảng bộ thử", "PROVINCIAL_COMMITTEE", null, "2000-01-01"));
        long branch = create("organisations", org("LB", "Chi bộ thử", "GRASSROOTS_BRANCH", pc, "2000-01-01"));
        long person = create("people", person("life", "Trần Thị Lý", "2006-07-01", null));
        assertThat(post("people/" + person + "/certificate", "{\"eventDate\":\"2024-01-10\"}").statusCode())
                .isEqualTo(201);

        HttpResponse<String> tooYoung = post("people/" + person + "/admission",
                "{\"eventDate\":\"2024-06-30\",\"organisationId\":" + branch + "}");
        assertThat(tooYoung.statusCode()).isEqualTo(422);
        assertThat(tooYoung.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
        JsonObject problem = object(tooYoung.body());
        assertThat(problem.getString("rule")).isEqualTo("admission.age");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("eventDate");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("reason")).contains("17 tuổi 11 tháng");

        assertThat(post("people/" + person + "/admission",
                "{\"eventDate\":\"2024-07-01\",\"organisationId\":" + branch + ",\"decisionRef\":\"123-QĐ/ĐU\"}")
                .statusCode()).isEqualTo(201);
        assertThat(post("people/" + person + "/ceremony", "{\"eventDate\":\"2024-07-20\"}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> early = post("people/" + person + "/recognition", "{\"eventDate\":\"2025-07-19\"}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(object(early.body()).getString("rule")).isEqualTo("probation.recognition-too-early");
        assertThat(post("people/" + person + "/recognition", "{\"eventDate\":\"2025-07-20\"}").statusCode())
                .isEqualTo(201);
        assertThat(post("people/" + person + "/transfers",
                "{\"eventDate\":\"2025-09-01\",\"direction\":\"OUT\",\"mode\":\"PERMANENT\",\"organisationId\":"
                        + branch + "}").statusCode()).isEqualTo(201);
        HttpResponse<String> exitInTransit = post("people/" + person + "/exits",
                "{\"eventDate\":\"2025-10-01\",\"kind\":\"NOT_A_KIND\"}");
        assertThat(exitInTransit.statusCode()).isEqualTo(400);
        assertThat(object(exitInTransit.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("kind");

        JsonArray events = array(get("people/" + person + "/events").body());
        assertThat(events.getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList())
                .containsExactly("AWARENESS_CERTIFICATE", "ADMISSION", "CEREMONY", "RECOGNITION", "TRANSFER_OUT");
        assertThat(object(get("people/" + person).body()).getString("state")).isEqualTo("IN_TRANSIT");

        long ceremonyId = events.getJsonObject(2).getJsonNumber("id").longValue();
        HttpResponse<String> noReason = post("people/" + person + "/corrections",
                "{\"correctsId\":" + ceremonyId + ",\"eventDate\":\"2024-07-21\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"");
    }

    @Test
    void badInputNamesTheFieldsAndUnknownIdsAre404() throws Exception {
        HttpResponse<String> missing = post("organisations", "{\"name\":\"Chi bộ thiếu mã\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
        assertThat(object(missing.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList()).contains("code", "type", "sector", "validFrom",
                        "formerProvince");
        HttpResponse<String> broken = post("people", "{\"fullName\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
        HttpResponse<String> unknown = get("people/987654321");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(object(unknown.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("personId");
        assertThat(get("organisations/1?date=31-12-2024").statusCode()).isEqualTo(400);
    }

    @Test
    void settingsAreStoredAndValidated() throws Exception {
        assertThat(array(get("settings").body()).getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("key")).toList()).contains("awareness-certificate.validity-years");
        assertThat(put("settings/rating.excellent-cap.enabled", "{\"value\":\"maybe\"}").statusCode())
                .as("only administrators change settings").isEqualTo(403);
        assertThat(PortalHttp.as("admin").put("api/v1/settings/rating.excellent-cap.enabled", "{\"value\":\"maybe\"}")
                .statusCode()).isEqualTo(400);
    }

    private String org(String code, String name, String type, Long parent, String from) {
        return "{\"code\":\"" + tag + "-" + code + "\",\"name\":\"" + name + "\",\"type\":\"" + type
                + "\",\"sector\":\"RESIDENTIAL\",\"formerProvince\":\"khanh-hoa\",\"parentId\":" + parent
                + ",\"validFrom\":\"" + from + "\"}";
    }

    private String person(String id, String name, String born, Long area) {
        return "{\"externalId\":\"" + tag + "-" + id + "\",\"fullName\":\"" + name + "\",\"birthDate\":\"" + born
                + "\",\"gender\":\"FEMALE\",\"ethnicity\":\"Kinh\",\"residenceAreaId\":" + area + "}";
    }

    private long create(String path, String json) throws Exception {
        HttpResponse<String> response = post(path, json);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return object(response.body()).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> get(String path) {
        return http.get("api/v1/" + path);
    }

    private HttpResponse<String> post(String path, String json) {
        return http.post("api/v1/" + path, json);
    }

    private HttpResponse<String> put(String path, String json) {
        return http.put("api/v1/" + path, json);
    }

    private static List<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject object(String body) {
        return (JsonObject) read(body);
    }

    private static JsonArray array(String body) {
        return (JsonArray) read(body);
    }

    private static JsonStructure read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}

package vn.dangbo.portal.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;

/**
 * One province's staff cannot reach another province's people through any endpoint (profile,
 * change, lifecycle, events, search, export), and the sensitive fields stay masked for everyone but
 * the staff of the person's own province; every profile read lands in the access log.
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

package vn.dangbo.portal.it.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import vn.dangbo.portal.it.PortalHttp;

/**
 * Đồng Tháp as the freshness tests use it (a province no other test counts exactly): its real module,
 * records written by its staff under a tag of their own, and its figures as the pages read them.
 */
final class DongThap {

    static final String MODULE = "vn.dangbo.portal.plugin.dong-thap";

    private final PortalHttp central = PortalHttp.session("trunguong");
    private final PortalHttp staff = PortalHttp.session("dongthap");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** The module the build signed. */
    static Path jar() {
        return Path.of(System.getProperty("portal.plugins.dir"), "dong-thap", "target",
                "portal-plugin-dong-thap-" + System.getProperty("portal.version") + ".jar");
    }

    /** The staff's session, to record events. */
    PortalHttp staff() {
        return staff;
    }

    /** This test's own tag, to make record codes unique. */
    String tag() {
        return tag;
    }

    /** A residential organisation of Đồng Tháp, as JSON to create. */
    String organisation(String code, String name, String type, Long parent) {
        return "{\"code\":\"" + tag + "-" + code + "\",\"name\":\"" + name + "\",\"type\":\"" + type
                + "\",\"sector\":\"RESIDENTIAL\",\"formerProvince\":\"dong-thap\",\"parentId\":" + parent
                + ",\"validFrom\":\"2000-01-01\"}";
    }

    /** A grassroots branch under a provincial committee of its own, both created now; the branch's id. */
    long branch(String committeeName, String branchName) {
        long committee = create("organisations", organisation("PC", committeeName, "PROVINCIAL_COMMITTEE", null));
        return create("organisations", organisation("B", branchName, "GRASSROOTS_BRANCH", committee));
    }

    /** A person born on 1/1/2000, created now; the id. */
    long person(String fullName, String gender) {
        return create("people", "{\"externalId\":\"" + tag + "-p\",\"fullName\":\"" + fullName
                + "\",\"birthDate\":\"2000-01-01\",\"gender\":\"" + gender + "\",\"ethnicity\":\"Kinh\"}");
    }

    /** Creates a record as the staff; its id. */
    long create(String path, String json) {
        return created(staff.post("api/v1/" + path, json));
    }

    /** The id of what the response says was created (0 when it names none). */
    static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject body = PortalHttp.json(response.body());
        return body.containsKey("id") ? body.getJsonNumber("id").longValue() : 0;
    }

    /** Đồng Tháp's column of the consolidated view (home page) for the year. */
    JsonObject consolidated(int year) {
        HttpResponse<String> reply = central.get("api/v1/consolidated?year=" + year);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return PortalHttp.json(reply.body()).getJsonArray("provinces").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("dong-thap")).findFirst().orElseThrow();
    }

    /** The numerator of one common indicator in the consolidated view. */
    long commonFigure(int year, String code) {
        return consolidated(year).getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("numerator").longValue();
    }

    /** The plugin's own results on the province page, as text to compare; the plugin must not have failed. */
    String provinceResults(int year) {
        HttpResponse<String> reply = staff.get("api/v1/provinces/dong-thap/indicators?year=" + year);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        JsonObject evaluation = PortalHttp.json(reply.body());
        assertThat(evaluation.containsKey("resultsFailure")).as(reply.body()).isFalse();
        return evaluation.getJsonArray("results").toString();
    }
}

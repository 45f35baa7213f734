package vn.dangbo.portal.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;

/** Account administration over /api/v1/accounts: what administrators can do and what is checked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {

    private final PortalHttp admin = PortalHttp.as("admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void administratorsListAccountsWithoutPasswordHashes() {
        HttpResponse<String> response = admin.get("api/v1/accounts");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContainIgnoringCase("hash").doesNotContainIgnoringCase("salt");
        var accounts = jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(accounts).anySatisfy(a -> {
            assertThat(a.getString("username")).isEqualTo("cantho-dev");
            assertThat(a.getJsonArray("roles").getString(0)).isEqualTo("PROVINCIAL_DEVELOPER");
            assertThat(a.getString("province")).isEqualTo("can-tho");
            assertThat(a.getBoolean("enabled")).isTrue();
        });
    }

    @Test
    void createdAccountsSignInAndPasswordResetsReplaceTheOldPassword() {
        String username = "staff-" + suffix();
        HttpResponse<String> created = admin.post("api/v1/accounts", account(username, "PROVINCIAL_STAFF", "\"hai-phong\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/accounts/" + username));
        JsonObject session = PortalHttp.json(PortalHttp.session(username, "first-password").get("api/v1/session").body());
        assertThat(session.getString("province")).isEqualTo("hai-phong");

        assertThat(admin.post("api/v1/accounts/" + username + "/password", "{\"password\":\"second-password\"}").statusCode()).isEqualTo(204);
        assertThat(PortalHttp.anonymous().signIn(username, "first-password").statusCode()).isEqualTo(401);
        assertThat(PortalHttp.anonymous().signIn(username, "second-password").statusCode()).isEqualTo(200);
    }

    @Test
    void brokenRulesAreNamedByField() {
        HttpResponse<String> noProvince = admin.post("api/v1/accounts", account("dev-" + suffix(), "PROVINCIAL_DEVELOPER", "null"));
        assertThat(noProvince.statusCode()).isEqualTo(400);
        assertThat(PortalHttp.json(noProvince.body()).getString("field")).isEqualTo("province");

        HttpResponse<String> unknownProvince = admin.post("api/v1/accounts", account("dev-" + suffix(), "PROVINCIAL_DEVELOPER", "\"atlantis\""));
        assertThat(PortalHttp.json(unknownProvince.body()).getString("detail")).contains("'atlantis'");

        HttpResponse<String> taken = admin.post("api/v1/accounts", account("cantho", "PROVINCIAL_STAFF", "\"can-tho\""));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(PortalHttp.json(taken.body()).getString("field")).isEqualTo("username");

        HttpResponse<String> shortPassword = admin.post("api/v1/accounts/cantho/password", "{\"password\":\"short\"}");
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(PortalHttp.json(shortPassword.body()).getString("field")).isEqualTo("password");
    }

    @Test
    void unknownAccountsAre404AndAdministratorsCannotDisableThemselves() {
        assertThat(admin.get("api/v1/accounts/nobody-" + suffix()).statusCode()).isEqualTo(404);
        HttpResponse<String> self = admin.post("api/v1/accounts/admin/disable", "");
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(PortalHttp.json(self.body()).getString("detail")).contains("own account");
        assertThat(admin.get("api/v1/accounts/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void nonAdministratorsAreRefused() {
        for (String user : new String[] {"trunguong", "cantho", "cantho-dev"}) {
            HttpResponse<String> response = PortalHttp.as(user).get("api/v1/accounts");
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(PortalHttp.json(response.body()).get("detail")).isNotEqualTo(JsonValue.NULL);
        }
    }

    private static String account(String username, String role, String province) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Cán bộ thử\",\"password\":\"first-password\","
                + "\"roles\":[\"" + role + "\"],\"province\":" + province + "}";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

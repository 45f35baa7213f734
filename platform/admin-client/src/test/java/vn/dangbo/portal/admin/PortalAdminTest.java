package vn.dangbo.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a stub portal: requests sent, output printed and exit codes. */
class PortalAdminTest {

    private static final String MODULE_JSON = "{\"symbolicName\":\"vn.dangbo.portal.plugin.an-giang\",\"name\":\"An Giang\","
            + "\"province\":\"an-giang\",\"version\":\"1.0.0\",\"previousVersion\":null,\"enabled\":%s,\"state\":\"%s\","
            + "\"failureReason\":null,\"programCode\":\"an-giang\",\"signer\":\"an-giang\",\"bundleId\":12}";
    private static final String MODULE = "vn.dangbo.portal.plugin.an-giang";

    @TempDir
    Path folder;

    private StubPortal portal;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path jar;

    @BeforeEach
    void start() throws IOException {
        portal = new StubPortal();
        jar = Files.write(folder.resolve("plugin.jar"), new byte[] {'P', 'K', 3, 4, 42});
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private int run(String... args) {
        return run(Map.of("PORTAL_URL", portal.url(), "PORTAL_USER", "admin", "PORTAL_PASSWORD", "demo-admin"), args);
    }

    private int run(Map<String, String> env, String... args) {
        return PortalAdmin.run(env, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void uploadWithEnableSendsTheJarSignedInByBasicAndEnablesIt() {
        portal.json("POST /api/v1/modules", 201, MODULE_JSON.formatted(false, "INSTALLED"))
                .json("POST /api/v1/modules/" + MODULE + "/enable", 200, MODULE_JSON.formatted(true, "ACTIVE"));

        int code = run("upload", "--enable", jar.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(portal.requests).extracting(StubPortal.Request::method, StubPortal.Request::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/api/v1/modules"),
                        org.assertj.core.groups.Tuple.tuple("POST", "/api/v1/modules/" + MODULE + "/enable"));
        StubPortal.Request upload = portal.requests.get(0);
        assertThat(upload.body()).containsExactly('P', 'K', 3, 4, 42);
        assertThat(upload.contentType()).isEqualTo("application/octet-stream");
        assertThat(upload.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("admin:demo-admin".getBytes(StandardCharsets.UTF_8)));
        assertThat(out.toString()).contains(MODULE + " 1.0.0 INSTALLED disabled")
                .contains(MODULE + " 1.0.0 ACTIVE enabled province=an-giang programCode=an-giang signer=an-giang");
    }

    @Test
    void optionsWinOverTheEnvironment() {
        portal.json("GET /api/v1/modules", 200, "[]");
        int code = run(Map.of("PORTAL_URL", "http://127.0.0.1:1/", "PORTAL_USER", "x", "PORTAL_PASSWORD", "y"),
                "--url", portal.url(), "--user", "cantho-dev", "--password", "demo-cantho-dev", "list");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("No module is installed.");
        assertThat(portal.requests.get(0).authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("cantho-dev:demo-cantho-dev".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void listPrintsOneLinePerModuleAndJsonPrintsTheAnswer() {
        String body = "[" + MODULE_JSON.formatted(true, "ACTIVE") + "]";
        portal.json("GET /api/v1/modules", 200, body);
        assertThat(run("list")).isZero();
        assertThat(out.toString().lines()).containsExactly(
                MODULE + " 1.0.0 ACTIVE enabled province=an-giang programCode=an-giang signer=an-giang");
        StringWriter raw = new StringWriter();
        assertThat(PortalAdmin.run(Map.of("PORTAL_URL", portal.url()), new PrintWriter(raw), new PrintWriter(err),
                "--json", "list")).isZero();
        assertThat(raw.toString().strip()).isEqualTo(body);
    }

    @Test
    void aRefusedUploadExitsOneWithTheProblemsOfTheAnswer() {
        portal.problem("POST /api/v1/modules", 422, "Unprocessable Content", "The jar was refused: 2 problems",
                "It is not signed", "It needs the package com.example.missing");
        int code = run("upload", "--enable", jar.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("portal-admin: upload failed (HTTP 422 Unprocessable Content): The jar was refused: 2 problems")
                .contains("  - It is not signed").contains("  - It needs the package com.example.missing");
        assertThat(portal.requests).hasSize(1);
    }

    @Test
    void aConflictIsRefusedToo() {
        portal.problem("POST /api/v1/modules/" + MODULE + "/rollback", 409, "Conflict",
                "Module " + MODULE + " has no previous version");
        assertThat(run("rollback", MODULE)).isEqualTo(1);
        assertThat(err.toString()).contains("has no previous version");
    }

    @Test
    void theDryRunExitsOneWhenTheJarWouldBeRefused() {
        portal.json("POST /api/v1/modules/check", 200, "{\"facts\":{\"symbolicName\":\"x.y\",\"version\":\"1.0.0\"},"
                + "\"sha256\":\"ab\",\"signer\":null,\"problems\":[\"It is not signed\"],\"warnings\":[]}");
        assertThat(run("check", jar.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("Refused: x.y 1.0.0").contains("  - It is not signed");
    }

    @Test
    void theDryRunExitsZeroWhenTheJarWouldBeAccepted() {
        portal.json("POST /api/v1/modules/check", 200, "{\"facts\":{\"symbolicName\":\"x.y\",\"version\":\"1.0.0\"},"
                + "\"sha256\":\"ab\",\"signer\":\"an-giang\",\"problems\":[],\"warnings\":[]}");
        assertThat(run("check", jar.toString())).isZero();
        assertThat(out.toString()).contains("Accepted: x.y 1.0.0 signed by an-giang");
    }

    @Test
    void updateSendsTheJarByPutAndDeleteSaysWhatItDeleted() {
        portal.json("PUT /api/v1/modules/" + MODULE, 200, MODULE_JSON.formatted(true, "ACTIVE"))
                .answer("DELETE /api/v1/modules/" + MODULE, 204, null, "");
        assertThat(run("update", MODULE, jar.toString())).isZero();
        assertThat(portal.requests.get(0).method()).isEqualTo("PUT");
        assertThat(run("delete", MODULE)).isZero();
        assertThat(out.toString()).contains("Deleted " + MODULE);
    }

    @Test
    void enableAndDisablePostToTheirEndpoints() {
        portal.json("POST /api/v1/modules/" + MODULE + "/enable", 200, MODULE_JSON.formatted(true, "ACTIVE"))
                .json("POST /api/v1/modules/" + MODULE + "/disable", 200, MODULE_JSON.formatted(false, "RESOLVED"));
        assertThat(run("enable", MODULE)).isZero();
        assertThat(run("disable", MODULE)).isZero();
        assertThat(out.toString()).contains("ACTIVE enabled").contains("RESOLVED disabled");
    }

    @Test
    void aWrongPasswordExitsThreeAndSaysHowToSignIn() {
        portal.problem("GET /api/v1/modules", 401, "Unauthorized", "Sign in first");
        assertThat(run("list")).isEqualTo(3);
        assertThat(err.toString()).contains("list failed (HTTP 401 Unauthorized): Sign in first")
                .contains("PORTAL_PASSWORD");
    }

    @Test
    void aForbiddenActionExitsThree() {
        portal.problem("POST /api/v1/modules/" + MODULE + "/enable", 403, "Forbidden", "Not allowed");
        assertThat(run("enable", MODULE)).isEqualTo(3);
    }

    @Test
    void anUnknownModuleExitsFour() {
        assertThat(run("show", "no.such.module")).isEqualTo(4);
        assertThat(err.toString()).contains("show failed (HTTP 404 Not Found)");
    }

    @Test
    void aServerErrorExitsFiveEvenWithoutAProblemDocument() {
        portal.answer("GET /api/v1/modules", 502, "text/html", "<html>Bad gateway</html>");
        assertThat(run("list")).isEqualTo(5);
        assertThat(err.toString()).contains("list failed (HTTP 502): <html>Bad gateway</html>");
    }

    @Test
    void anUnreachablePortalExitsSix() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        int code = run(Map.of("PORTAL_URL", "http://127.0.0.1:" + freePort + "/"), "list");
        assertThat(code).isEqualTo(6);
        assertThat(err.toString()).contains("cannot reach the portal at http://127.0.0.1:" + freePort + "/");
    }

    @Test
    void aMissingJarExitsSevenWithoutCallingThePortal() {
        assertThat(run("upload", folder.resolve("missing.jar").toString())).isEqualTo(7);
        assertThat(err.toString()).contains("cannot read the jar").contains("missing.jar");
        assertThat(portal.requests).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("update", MODULE)).isEqualTo(2);
        assertThat(run(Map.of("PORTAL_URL", portal.url(), "PORTAL_USER", "admin"), "list")).isEqualTo(2);
        assertThat(err.toString()).contains("no password for 'admin'");
        assertThat(run("--url", "ftp://x/", "list")).isEqualTo(2);
        assertThat(portal.requests).isEmpty();
    }

    @Test
    void theHelpListsTheCommandsAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("upload", "update", "enable", "disable", "rollback", "delete", "list", "check")
                .contains("PORTAL_PASSWORD").contains("6   the portal could not be reached");
    }
}

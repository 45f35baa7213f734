package vn.dangbo.portal.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.it.PortalHttp;

/**
 * Sign-in through OpenID Connect against a real provider: navikt's mock-oauth2-server (a complete
 * OIDC provider for tests: discovery, authorization code flow, signed tokens, JWKS), started as its
 * own process, and a copy of the provisioned server with {@code deployment/cli/oidc.cli} applied,
 * the way an operator switches production to OIDC. The browser's round trip (portal → provider →
 * portal) runs with a cookie-keeping client; the provider's token carries the username, the roles
 * as Keycloak puts them ({@code realm_access.roles}) and the province claim.
 *
 * <p>Runs in the H2 build beside the Arquillian server (port offset + 30); the PostgreSQL build
 * leaves it out, since it does not touch the database (docs/security.md).
 */
class OidcSignInIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private static final List<Process> STARTED = new ArrayList<>();
    private static int portalPort;
    private static int providerPort;
    private static Path server;

    @BeforeAll
    static void providerAndOidcServer() throws Exception {
        providerPort = freePort();
        int offset = Integer.parseInt(System.getProperty("portal.oidc.port.offset",
                Integer.toString(Integer.parseInt(System.getProperty("portal.port.offset", "0")) + 30)));
        portalPort = 8080 + offset;
        Path target = Path.of(System.getProperty("portal.it.server")).getParent();
        server = target.resolve("wildfly-oidc");
        String issuer = "http://127.0.0.1:" + providerPort + "/default";

        startProvider(target);
        copyServer(Path.of(System.getProperty("portal.server.dir")), server);
        Map<String, String> oidc = Map.of("PORTAL_OIDC_PROVIDER_URL", issuer, "PORTAL_OIDC_CLIENT_ID", "portal",
                "PORTAL_OIDC_CLIENT_SECRET", "it-secret");
        Process cli = start(List.of(server.resolve("bin/jboss-cli.sh").toString(),
                "--file=" + System.getProperty("portal.oidc.cli")), oidc, target.resolve("oidc-cli.log"));
        assertThat(cli.waitFor(3, TimeUnit.MINUTES)).as("jboss-cli finished").isTrue();
        assertThat(cli.exitValue()).as("oidc.cli applied, see target/oidc-cli.log").isZero();
        Files.copy(Path.of(System.getProperty("portal.war")), server.resolve("standalone/deployments/portal-web.war"),
                StandardCopyOption.REPLACE_EXISTING);
        start(List.of(server.resolve("bin/standalone.sh").toString(), "-Djboss.socket.binding.port-offset=" + offset,
                "-Dportal.demo=true",
                "-Dportal.demo.data=false"), oidc, target.resolve("wildfly-oidc.log"));
        awaitOk("http://127.0.0.1:" + portalPort + "/api/v1/session", START_TIMEOUT);
    }

    @AfterAll
    static void stopAll() {
        // Only what this test started, children (the server's JVM under standalone.sh) first.
        for (Process process : STARTED) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : STARTED) {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aPersonSignsInAtTheProviderAndGetsRolesAndProvinceFromTheToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
        // /signin → the provider's authorization endpoint → back to /signin with a code, which the
        // server exchanges for tokens at the provider → the home page, signed in.
        HttpResponse<String> home = browser.send(get("/signin"), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.uri().toString()).isEqualTo("http://127.0.0.1:" + portalPort + "/");
        assertThat(home.previousResponse()).isPresent();

        JsonObject session = PortalHttp.json(browser.send(get("/api/v1/session"),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(session.getBoolean("authenticated")).as(session.toString()).isTrue();
        assertThat(session.getString("username")).isEqualTo("oidc-cantho");
        assertThat(session.getJsonArray("roles").getString(0)).isEqualTo("PROVINCIAL_STAFF");
        assertThat(session.getJsonArray("roles")).hasSize(1);
        assertThat(session.getString("province")).isEqualTo("can-tho");

        // The roles and the province hold as for the portal's own accounts.
        assertThat(browser.send(get("/api/v1/people?size=1"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(browser.send(get("/api/v1/accounts"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        assertThat(browser.send(get("/api/v1/people-files?province=hai-phong"), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(uri("/api/v1/people"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("CSRF still applies").isEqualTo(403);
        HttpResponse<String> created = browser.send(HttpRequest.newBuilder(uri("/api/v1/people"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", session.getString("csrfToken"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"externalId\":\"oidc-it-1\",\"fullName\":\"Người OIDC\","
                        + "\"birthDate\":\"1990-01-01\",\"gender\":\"MALE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void passwordSignInStopsOnceTheServerSignsInThroughTheProvider() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo-admin".getBytes());
        assertThat(client.send(HttpRequest.newBuilder(uri("/api/v1/accounts")).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(client.send(HttpRequest.newBuilder(uri("/api/v1/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"demo-admin\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(client.send(get("/api/v1/people"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private static void startProvider(Path target) throws Exception {
        String config = "{\"interactiveLogin\": false, \"httpServer\": \"NettyWrapper\", \"tokenCallbacks\": [{"
                + "\"issuerId\": \"default\", \"tokenExpiry\": 3600, \"requestMappings\": [{"
                + "\"requestParam\": \"grant_type\", \"match\": \"authorization_code\", \"claims\": {"
                + "\"sub\": \"oidc-cantho\", \"preferred_username\": \"oidc-cantho\", \"aud\": [\"portal\"],"
                + "\"realm_access\": {\"roles\": [\"PROVINCIAL_STAFF\"]}, \"province\": \"can-tho\"}}]}]}";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        start(List.of(java, "-cp", System.getProperty("portal.oidc.provider.classpath"),
                "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt"),
                Map.of("SERVER_PORT", Integer.toString(providerPort), "JSON_CONFIG", config),
                target.resolve("oidc-provider.log"));
        awaitOk("http://127.0.0.1:" + providerPort + "/default/.well-known/openid-configuration", Duration.ofMinutes(2));
    }

    private static Process start(List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        STARTED.add(process);
        return process;
    }

    private static void copyServer(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(source -> {
                Path relative = from.relativize(source);
                String name = relative.toString();
                if (name.startsWith("standalone/data") || name.startsWith("standalone/log")
                        || name.startsWith("standalone/tmp") || name.startsWith("standalone/deployments/")
                        || name.startsWith("portal-plugins/")) {
                    return;
                }
                try {
                    Path copy = to.resolve(relative);
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.createDirectories(to.resolve("standalone/deployments"));
    }

    private static void awaitOk(String url, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            for (Process process : STARTED) {
                if (!process.isAlive() && process.exitValue() != 0) {
                    throw new AssertionError("A process this test started ended with " + process.exitValue()
                            + " while waiting for " + url + ": see the logs in target/");
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(url + " did not answer 200 within " + timeout + ": see the logs in target/");
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + portalPort + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

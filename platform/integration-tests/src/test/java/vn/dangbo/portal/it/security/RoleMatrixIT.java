package vn.dangbo.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.PortalHttp;
import vn.dangbo.portal.web.security.RoleRule;

/**
 * Every JAX-RS resource method of the deployed portal has an access rule, the rule is the one the
 * role matrix (security/role-matrix.txt) states, and the server enforces it: 401 for anonymous
 * callers of protected endpoints, 403 for every role not allowed, neither for the allowed roles.
 * The resource methods are found by scanning the deployed WAR's classes for @Path, so a new
 * endpoint without a rule or without a matrix line fails this test.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final String MATRIX = "security/role-matrix.txt";
    private static final String WEB_PACKAGE = "/WEB-INF/classes/vn/dangbo/portal/web/";
    private static final Pattern PARAM = Pattern.compile("\\{\\s*(\\w+)\\s*(?::[^}]*)?}");
    private static final Set<String> PROVINCE_PARAMS = Set.of("code", "province", "provinceCode");
    /** One demo account per role (arquillian.xml runs the server in demo mode). */
    private static final Map<String, String> ACCOUNT_OF_ROLE = Map.of(
            "ADMIN", "admin",
            "CENTRAL", "trunguong",
            "PROVINCIAL_STAFF", "cantho",
            "PROVINCIAL_DEVELOPER", "cantho-dev");

    /** A matrix line: the rule, the path to call and the Content-Type to send (JSON unless told). */
    record Entry(String rule, String samplePath, String contentType) {
    }

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClass(RoleMatrixIT.class).addAsResource(MATRIX);
    }

    @Inject
    ServletContext servletContext;

    @Test
    void everyResourceMethodHasTheRuleOfTheMatrixAndTheServerEnforcesIt() throws Exception {
        Map<String, RoleRule> deployed = deployedEndpoints();
        Map<String, Entry> matrix = readMatrix();
        assertTrue(deployed.size() >= 10, "resource methods found: " + deployed.keySet());

        List<String> problems = new ArrayList<>();
        deployed.forEach((endpoint, rule) -> {
            if (rule.kind() == RoleRule.Kind.MISSING) {
                problems.add(endpoint + ": no @PermitAll, @RolesAllowed or @DenyAll on the method or its class");
            } else if (!matrix.containsKey(endpoint)) {
                problems.add(endpoint + ": not in " + MATRIX + " (its rule is '" + rule.describe() + "')");
            } else if (!matrix.get(endpoint).rule().equals(rule.describe())) {
                problems.add(endpoint + ": annotated '" + rule.describe() + "' but the matrix says '"
                        + matrix.get(endpoint).rule() + "'");
            }
        });
        matrix.keySet().stream().filter(e -> !deployed.containsKey(e))
                .forEach(e -> problems.add(e + ": in the matrix but no such resource method is deployed"));
        if (!problems.isEmpty()) {
            fail("Role matrix and resources disagree:\n  " + String.join("\n  ", problems));
        }

        matrix.forEach((endpoint, entry) -> problems.addAll(enforced(endpoint, entry)));
        if (!problems.isEmpty()) {
            fail("The server does not enforce the role matrix:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void theRuleReaderSeesMissingRules() throws Exception {
        class Unprotected {
            @SuppressWarnings("unused")
            public void get() {
            }
        }
        RoleRule rule = RoleRule.of(Unprotected.class, Unprotected.class.getMethod("get"));
        assertEquals(RoleRule.Kind.MISSING, rule.kind());
        assertFalse(deployedEndpoints().isEmpty());
    }

    private List<String> enforced(String endpoint, Entry entry) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = entry.samplePath().substring(1);
        List<String> problems = new ArrayList<>();
        String type = entry.contentType();
        int anonymous = call(PortalHttp.anonymous(), method, path, type);
        switch (entry.rule()) {
            case "public" -> expectAllowed(problems, endpoint, "anonymous", anonymous);
            case "deny" -> {
                expect(problems, endpoint, "anonymous", anonymous, 403);
                ACCOUNT_OF_ROLE.forEach((role, user) -> expect(problems, endpoint, role, call(PortalHttp.as(user), method, path, type), 403));
            }
            default -> {
                expect(problems, endpoint, "anonymous", anonymous, 401);
                Set<String> allowed = Set.of(entry.rule().split(" "));
                ACCOUNT_OF_ROLE.forEach((role, user) -> {
                    int status = call(PortalHttp.as(user), method, path, type);
                    if (allowed.contains(role)) {
                        expectAllowed(problems, endpoint, role, status);
                    } else {
                        expect(problems, endpoint, role, status, 403);
                    }
                });
            }
        }
        return problems;
    }

    private static void expect(List<String> problems, String endpoint, String who, int status, int expected) {
        if (status != expected) {
            problems.add(endpoint + " as " + who + ": " + status + ", expected " + expected);
        }
    }

    private static void expectAllowed(List<String> problems, String endpoint, String who, int status) {
        if (status == 401 || status == 403 || status >= 500) {
            problems.add(endpoint + " as " + who + ": " + status + ", expected to be let through");
        }
    }

    private static int call(PortalHttp http, String method, String path, String contentType) {
        HttpRequest.Builder request = http.request(path).header("Content-Type", contentType);
        request = switch (method) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            case "HEAD", "OPTIONS" -> request.method(method, HttpRequest.BodyPublishers.noBody());
            default -> request.method(method, HttpRequest.BodyPublishers.ofString("{}"));
        };
        HttpResponse<String> response = http.send(request);
        return response.statusCode();
    }

    /** "METHOD /api/path" of every resource method in the WAR's classes, with its rule. */
    private Map<String, RoleRule> deployedEndpoints() throws ClassNotFoundException {
        String applicationPath = "";
        List<Class<?>> classes = new ArrayList<>();
        collectClasses(WEB_PACKAGE, classes);
        for (Class<?> type : classes) {
            ApplicationPath app = type.getAnnotation(ApplicationPath.class);
            if (app != null) {
                applicationPath = app.value();
            }
        }
        Map<String, RoleRule> endpoints = new TreeMap<>();
        for (Class<?> type : classes) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethodOf(method);
                Path methodPath = method.getAnnotation(Path.class);
                if (httpMethod == null && methodPath != null) {
                    subResourceEndpoints(applicationPath + "/" + classPath.value() + "/" + methodPath.value(),
                            method.getReturnType(), endpoints);
                }
                if (httpMethod != null) {
                    String path = normalise(applicationPath + "/" + classPath.value() + "/"
                            + (methodPath == null ? "" : methodPath.value()));
                    endpoints.put(httpMethod + " " + path, RoleRule.of(type, method));
                }
            }
        }
        return endpoints;
    }

    /** The resource methods of the class a sub-resource locator returns, under the locator's path. */
    private static void subResourceEndpoints(String prefix, Class<?> type, Map<String, RoleRule> endpoints) {
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethodOf(method);
            Path methodPath = method.getAnnotation(Path.class);
            if (httpMethod == null && methodPath != null) {
                fail(type.getName() + "." + method.getName() + " is a nested sub-resource locator: not supported");
            }
            if (httpMethod != null) {
                endpoints.put(httpMethod + " " + normalise(prefix + "/" + (methodPath == null ? "" : methodPath.value())),
                        RoleRule.of(type, method));
            }
        }
    }

    private void collectClasses(String folder, List<Class<?>> classes) throws ClassNotFoundException {
        Set<String> entries = servletContext.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                collectClasses(entry, classes);
            } else if (entry.endsWith(".class")) {
                String name = entry.substring("/WEB-INF/classes/".length(), entry.length() - ".class".length()).replace('/', '.');
                classes.add(Class.forName(name, false, getClass().getClassLoader()));
            }
        }
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String joined = ("/" + path).replaceAll("/+", "/");
        joined = joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
        return PARAM.matcher(joined).replaceAll("{$1}");
    }

    private static Map<String, Entry> readMatrix() throws IOException {
        Map<String, Entry> matrix = new TreeMap<>();
        try (InputStream in = RoleMatrixIT.class.getClassLoader().getResourceAsStream(MATRIX)) {
            if (in == null) {
                fail(MATRIX + " is missing from the test deployment");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length < 3) {
                    fail(MATRIX + " line " + number + ": expected METHOD PATH RULE, got '" + line + "'");
                }
                String sample = null;
                String contentType = "application/json";
                List<String> rule = new ArrayList<>();
                for (int i = 2; i < parts.length; i++) {
                    if (parts[i].startsWith("as=")) {
                        sample = parts[i].substring(3);
                    } else if (parts[i].startsWith("type=")) {
                        contentType = parts[i].substring(5);
                    } else {
                        rule.add(parts[i]);
                    }
                }
                String endpoint = parts[0] + " " + normalise(parts[1]);
                if (matrix.put(endpoint, new Entry(String.join(" ", rule.stream().sorted().toList()),
                        sample != null ? sample : samplePath(normalise(parts[1])), contentType)) != null) {
                    fail(MATRIX + " line " + number + ": " + endpoint + " appears twice");
                }
            }
        }
        return matrix;
    }

    private static String samplePath(String template) {
        Matcher matcher = PARAM.matcher(template);
        StringBuilder sample = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(sample, PROVINCE_PARAMS.contains(matcher.group(1)) ? "can-tho" : "matrix-sample");
        }
        matcher.appendTail(sample);
        return sample.toString();
    }
}

package vn.dangbo.portal.it.security;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads security/province-isolation.txt (how each endpoint keeps to the caller's province) and,
 * from security/role-matrix.txt, the endpoints a province-bound role may call: the second list must
 * be covered by the first, so an endpoint added to the matrix needs an isolation line too.
 */
final class IsolationFile {

    static final String ISOLATION = "security/province-isolation.txt";
    static final String MATRIX = "security/role-matrix.txt";
    private static final Set<String> PROVINCE_ROLES = Set.of("PROVINCIAL_STAFF", "PROVINCIAL_DEVELOPER");

    enum Kind { REFUSED, OWN, MODULE, OPEN }

    /** One line: the endpoint ("METHOD /path/{param}"), how it keeps to its province, and the body to send. */
    record Line(String method, String path, Kind kind, String body) {
        String endpoint() {
            return method + " " + path;
        }
    }

    private IsolationFile() {
    }

    static Map<String, Line> lines() throws IOException {
        Map<String, Line> lines = new TreeMap<>();
        read(ISOLATION, (number, line) -> {
            String[] parts = line.split("\\s+", 4);
            if (parts.length < 3) {
                fail(ISOLATION + " line " + number + ": expected METHOD PATH KIND [BODY], got '" + line + "'");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(parts[2].toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new AssertionError(ISOLATION + " line " + number + ": unknown kind '" + parts[2] + "'");
            }
            Line parsed = new Line(parts[0], parts[1], kind, parts.length == 4 ? parts[3].strip() : null);
            if (lines.put(parsed.endpoint(), parsed) != null) {
                fail(ISOLATION + " line " + number + ": " + parsed.endpoint() + " appears twice");
            }
        });
        return lines;
    }

    /** "METHOD /path" of every matrix line that a PROVINCIAL_STAFF or PROVINCIAL_DEVELOPER may call. */
    static List<String> provinceBoundEndpoints() throws IOException {
        List<String> endpoints = new ArrayList<>();
        read(MATRIX, (number, line) -> {
            String[] parts = line.split("\\s+");
            for (int i = 2; i < parts.length; i++) {
                if (PROVINCE_ROLES.contains(parts[i])) {
                    endpoints.add(parts[0] + " " + parts[1]);
                    return;
                }
            }
        });
        return endpoints;
    }

    private interface LineHandler {
        void line(int number, String line);
    }

    private static void read(String resource, LineHandler handler) throws IOException {
        try (InputStream in = IsolationFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                fail(resource + " is missing from the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    handler.line(number, line);
                }
            }
        }
    }
}

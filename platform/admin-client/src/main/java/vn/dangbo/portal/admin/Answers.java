package vn.dangbo.portal.admin;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Turns the portal's JSON answers into the lines {@code portal-admin} prints. */
final class Answers {

    private static final int MAX_RAW_BODY = 300;

    private Answers() {
    }

    /** One module in one line: name, version, state and what else is worth knowing. */
    static String module(JsonObject module) {
        StringBuilder line = new StringBuilder()
                .append(text(module, "symbolicName")).append(' ')
                .append(text(module, "version")).append(' ')
                .append(text(module, "state")).append(' ')
                .append(module.getBoolean("enabled", false) ? "enabled" : "disabled");
        append(line, "province", module);
        append(line, "programCode", module);
        append(line, "signer", module);
        append(line, "previousVersion", module);
        append(line, "failureReason", module);
        return line.toString();
    }

    /** A dry-run report: accepted or refused, with every problem and warning. */
    static List<String> report(JsonObject report) {
        List<String> lines = new ArrayList<>();
        List<String> problems = strings(report.getJsonArray("problems"));
        JsonObject facts = report.isNull("facts") ? null : report.getJsonObject("facts");
        String what = facts == null ? "the jar" : text(facts, "symbolicName") + " " + text(facts, "version");
        if (problems.isEmpty()) {
            lines.add("Accepted: " + what + (report.isNull("signer") ? " (unsigned)" : " signed by " + text(report, "signer")));
        } else {
            lines.add("Refused: " + what);
            problems.forEach(problem -> lines.add("  - " + problem));
        }
        strings(report.getJsonArray("warnings")).forEach(warning -> lines.add("  warning: " + warning));
        return lines;
    }

    /**
     * What went wrong, from an error answer: the problem document's title, detail and individual
     * problems when the portal sent one (it always does), the raw start of the body otherwise.
     */
    static List<String> failure(String action, Reply reply) {
        List<String> lines = new ArrayList<>();
        JsonValue json = reply.json().orElse(null);
        if (json instanceof JsonObject problem && (reply.isProblem() || problem.containsKey("detail"))) {
            String title = problem.containsKey("title") ? " " + text(problem, "title") : "";
            String detail = problem.containsKey("detail") ? ": " + text(problem, "detail") : "";
            lines.add(action + " failed (HTTP " + reply.status() + title + ")" + detail);
            if (problem.get("problems") instanceof JsonArray found) {
                strings(found).forEach(p -> lines.add("  - " + p));
            }
            if (problem.get("errors") instanceof JsonArray errors) {
                errors.getValuesAs(JsonObject.class)
                        .forEach(e -> lines.add("  - " + text(e, "field") + ": " + text(e, "reason")));
            }
        } else {
            String body = reply.body().strip();
            lines.add(action + " failed (HTTP " + reply.status() + ")"
                    + (body.isEmpty() ? "" : ": " + (body.length() > MAX_RAW_BODY ? body.substring(0, MAX_RAW_BODY) + "…" : body)));
        }
        if (reply.status() == 401) {
            lines.add("  Sign in with --user and the PORTAL_PASSWORD environment variable (or PORTAL_USER).");
        }
        return lines;
    }

    private static void append(StringBuilder line, String member, JsonObject object) {
        if (object.containsKey(member) && !object.isNull(member)) {
            line.append(' ').append(member).append('=').append(text(object, member));
        }
    }

    private static String text(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "-";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of()
                : array.getValuesAs(JsonValue.class).stream()
                        .map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
    }
}

package vn.dangbo.portal.host.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One clause of an OSGi manifest header ({@code Import-Package}, {@code Export-Package}...): its
 * names (a clause may list several packages), attributes ({@code version="[1.0,2)"}) and directives
 * ({@code resolution:=optional}). A small parser of the OSGi header grammar, quotes included.
 *
 * @param names      the package (or other) names of the clause
 * @param attributes attributes, quotes removed
 * @param directives directives, quotes removed
 */
public record HeaderClause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {

    public HeaderClause {
        names = List.copyOf(names);
        attributes = Map.copyOf(attributes);
        directives = Map.copyOf(directives);
    }

    /** Parses a header value; null or blank gives no clauses. */
    public static List<HeaderClause> parse(String header) {
        List<HeaderClause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive <= attribute) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    String key = part.substring(0, attribute).trim();
                    int typed = key.indexOf(':');
                    attributes.put(typed > 0 ? key.substring(0, typed).trim() : key,
                            unquote(part.substring(attribute + 1)));
                } else if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
            clauses.add(new HeaderClause(names, attributes, directives));
        }
        return clauses;
    }

    /** The version attribute, or the given default when absent. */
    public String version(String absent) {
        return attributes.getOrDefault("version", absent);
    }

    /** Whether the clause is optional ({@code resolution:=optional}). */
    public boolean optional() {
        return "optional".equals(directives.get("resolution"));
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}

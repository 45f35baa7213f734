package vn.dangbo.portal.core.bulkload;

import java.util.HashMap;
import java.util.Map;

/** Stable external codes of one kind of record mapped to the ids given to their rows. */
final class CodeIds {

    private final String kind;
    private final Map<String, Long> ids = new HashMap<>();

    CodeIds(String kind) {
        this.kind = kind;
    }

    void put(String code, long id) {
        if (ids.putIfAbsent(code, id) != null) {
            throw new LoadException(kind + " " + code + " generated twice");
        }
    }

    /** The id of a code that must have been loaded before. */
    long id(String code, String where) {
        Long id = ids.get(code);
        if (id == null) {
            throw new LoadException(where + ": unknown " + kind + " " + code);
        }
        return id;
    }

    /** The id, or null for a null code (an optional reference). */
    Long idOrNull(String code, String where) {
        return code == null ? null : id(code, where);
    }

    int size() {
        return ids.size();
    }
}

package vn.dangbo.portal.core.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every violated field of an input before refusing it, so one answer names them all. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations check(boolean ok, String field, String reason) {
        if (!ok) {
            found.add(new FieldViolation(field, reason));
        }
        return this;
    }

    public Violations required(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, "Bắt buộc nhập");
    }

    /** The violations found so far. */
    public List<FieldViolation> violations() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a {@link ValidationException} naming every violation, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}

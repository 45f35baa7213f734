package vn.dangbo.portal.host.program;

/**
 * What a bounded call into a plugin gave: its value, or why it failed (threw, timed out, its
 * bulkhead was full). Never both.
 *
 * @param value   the value, null when the call failed
 * @param failure why it failed, in plain words; null when it succeeded
 * @param millis  how long the platform waited
 */
public record CallOutcome<T>(T value, String failure, long millis) {

    public boolean succeeded() {
        return failure == null;
    }

    static <T> CallOutcome<T> success(T value, long millis) {
        return new CallOutcome<>(value, null, millis);
    }

    static <T> CallOutcome<T> failed(String failure, long millis) {
        return new CallOutcome<>(null, failure, millis);
    }
}

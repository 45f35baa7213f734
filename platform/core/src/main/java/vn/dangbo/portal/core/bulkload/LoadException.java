package vn.dangbo.portal.core.bulkload;

/** A load that cannot go on; the transaction is rolled back and nothing of the load remains. */
public class LoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

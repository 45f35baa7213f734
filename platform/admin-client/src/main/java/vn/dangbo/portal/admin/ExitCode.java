package vn.dangbo.portal.admin;

/**
 * The exit codes of {@code portal-admin}, one per kind of outcome a CI job may want to react to
 * differently (retry when the portal is unreachable, fail the pipeline when the jar is refused...).
 * docs/plugin-guide.md lists the same table.
 */
public enum ExitCode {

    OK(0, "done"),
    REFUSED(1, "the portal refused the request, or the dry run found problems in the jar (HTTP 400, 409, 413, 422, 429)"),
    USAGE(2, "the command line is wrong (unknown command or option, missing argument, no password)"),
    NOT_ALLOWED(3, "sign-in failed, or the account may not do this (HTTP 401, 403)"),
    NOT_FOUND(4, "no such module or endpoint (HTTP 404)"),
    PORTAL_ERROR(5, "the portal failed (HTTP 5xx) or gave an answer the client does not understand"),
    UNREACHABLE(6, "the portal could not be reached (wrong URL, not running, network, time-out)"),
    LOCAL_FILE(7, "the jar file to send cannot be read");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The exit code for an HTTP status the portal answered. */
    public static ExitCode forStatus(int status) {
        if (status >= 200 && status < 300) {
            return OK;
        }
        if (status == 401 || status == 403) {
            return NOT_ALLOWED;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status >= 400 && status < 500) {
            return REFUSED;
        }
        return PORTAL_ERROR;
    }
}

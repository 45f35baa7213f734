package vn.dangbo.portal.web.rest.modules;

/** An upload that carries no usable jar (no body, no 'file' part, too large). */
public class UploadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UploadException(String message) {
        super(message);
    }
}

package vn.dangbo.portal.program.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a program's source text, kept in the plugin as a resource exactly as it was published. */
public final class SourceText {

    private SourceText() {
    }

    /** The resource next to the anchor class (a name without slash) or absolute (starting with a slash). */
    public static String load(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Source text '" + resource + "' is missing from the bundle of "
                        + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read source text '" + resource + "'", e);
        }
    }
}

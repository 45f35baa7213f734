package vn.dangbo.portal.web.rest.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The JSON of the answers made from the figures cache (host.program.FiguresCache: a province's
 * indicators, common figures and sections, the consolidated view), written once per figures instead
 * of on every request: a warm answer is several kilobytes, and writing it with JSON-B was a large part
 * of what a warm request cost (docs/benchmarks.md).
 *
 * <p>The bytes are kept with the very figure objects they were written from and served only when
 * the figures cache hands out those same objects again (compared by identity). The cache hands out a
 * kept object exactly while it is current (same data version, programs' generation and day) and
 * computes a new one otherwise, so the bytes are never older than the figures: this class decides
 * nothing about freshness. One answer is kept per slot (endpoint, program and year), so it holds no
 * more than the figures cache does.
 *
 * <p>The bytes come from the same JSON-B writer JAX-RS would use for the view, and the answer is
 * negotiated by the resource's {@code @Produces} as before: the response is the one written per request.
 */
@ApplicationScoped
public class FiguresJson {

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    /** The bytes of one answer and the figures they were written from. */
    private record Written(List<?> figures, byte[] json) {

        boolean from(List<?> current) {
            if (current.size() != figures.size()) {
                return false;
            }
            for (int i = 0; i < figures.size(); i++) {
                if (current.get(i) != figures.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final ConcurrentMap<String, Written> written = new ConcurrentHashMap<>();

    /**
     * 200 with the JSON of {@code view}, which must be made from {@code figures} alone (and from what
     * the slot names): kept bytes when they were written from these very figures, else written now.
     *
     * @param slot      what the answer is, e.g. "indicators/can-tho/2025"
     * @param figures   the objects the figures cache gave for this request
     * @param view      makes the view record from them, called only when the bytes must be written
     * @param providers the JAX-RS providers of the request, whose JSON writer writes the view
     */
    public Response ok(String slot, List<?> figures, Supplier<?> view, Providers providers) {
        return Response.ok(json(slot, figures, view, providers)).build();
    }

    /** The JSON bytes of {@link #ok}; shared between requests, never to be changed. */
    byte[] json(String slot, List<?> figures, Supplier<?> view, Providers providers) {
        Written kept = written.get(slot);
        if (kept == null || !kept.from(figures)) {
            kept = new Written(List.copyOf(figures), write(view.get(), providers));
            written.put(slot, kept);
        }
        return kept.json();
    }

    /** How many answers are kept (for diagnostics and tests). */
    public int size() {
        return written.size();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] write(Object view, Providers providers) {
        Class type = view.getClass();
        MessageBodyWriter writer = providers.getMessageBodyWriter(type, type, NO_ANNOTATIONS,
                MediaType.APPLICATION_JSON_TYPE);
        if (writer == null) {
            throw new IllegalStateException("No JSON writer for " + type.getName());
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream(8192);
        try {
            writer.writeTo(view, type, type, NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE,
                    new MultivaluedHashMap<>(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toByteArray();
    }
}

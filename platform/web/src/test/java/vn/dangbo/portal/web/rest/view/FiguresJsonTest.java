package vn.dangbo.portal.web.rest.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON of an answer is written once per figures objects, and again as soon as they are others. */
class FiguresJsonTest {

    /** Figures as the figures cache gives them: equal values can still be different (recomputed) objects. */
    record Figures(int members) {
    }

    record View(int members) {
    }

    private final FiguresJson json = new FiguresJson();
    private final CountingProviders providers = new CountingProviders();

    @Test
    void theSameFiguresObjectsAreWrittenOnce() {
        Figures figures = new Figures(1870);
        byte[] first = json.json("indicators/can-tho/2025", List.of(figures), () -> new View(figures.members()), providers);
        byte[] second = json.json("indicators/can-tho/2025", List.of(figures), () -> new View(-1), providers);

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo("View[members=1870]");
        assertThat(second).isSameAs(first);
        assertThat(providers.written).containsExactly("View[members=1870]");
    }

    @Test
    void recomputedFiguresAreWrittenAgainEvenWhenEqual() {
        json.json("common/can-tho/2025", List.of(new Figures(1870)), () -> new View(1870), providers);
        // A write moved the data version: the cache computed the figures again (here: the same values).
        byte[] again = json.json("common/can-tho/2025", List.of(new Figures(1870)), () -> new View(1871), providers);

        assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo("View[members=1871]");
        assertThat(providers.written).hasSize(2);
    }

    @Test
    void aListOfFiguresMustBeTheSameObjectsInTheSameOrder() {
        Figures canTho = new Figures(1);
        Figures haiPhong = new Figures(2);
        json.json("consolidated/2025", List.of(canTho, haiPhong), () -> new View(12), providers);
        json.json("consolidated/2025", List.of(canTho, haiPhong), () -> new View(-1), providers);
        assertThat(providers.written).hasSize(1);

        assertThat(new String(json.json("consolidated/2025", List.of(canTho), () -> new View(1), providers),
                StandardCharsets.UTF_8)).as("a program disabled").isEqualTo("View[members=1]");
        json.json("consolidated/2025", List.of(haiPhong, canTho), () -> new View(21), providers);
        json.json("consolidated/2025", List.of(canTho, new Figures(2)), () -> new View(12), providers);
        assertThat(providers.written).hasSize(4);
    }

    @Test
    void slotsAreKeptApart() {
        Figures figures = new Figures(7);
        json.json("indicators/can-tho/2024", List.of(figures), () -> new View(2024), providers);
        byte[] other = json.json("indicators/can-tho/2025", List.of(figures), () -> new View(2025), providers);
        assertThat(new String(other, StandardCharsets.UTF_8)).isEqualTo("View[members=2025]");
        assertThat(json.size()).isEqualTo(2);
    }

    /** JAX-RS providers whose JSON writer writes {@code toString()} and records what it wrote. */
    private static final class CountingProviders implements Providers {

        final List<String> written = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
                MediaType mediaType) {
            assertThat(mediaType).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
            return (MessageBodyWriter<T>) new MessageBodyWriter<Object>() {
                @Override
                public boolean isWriteable(Class<?> t, Type g, Annotation[] a, MediaType m) {
                    return true;
                }

                @Override
                public void writeTo(Object value, Class<?> t, Type g, Annotation[] a, MediaType m,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
                    written.add(value.toString());
                    out.write(value.toString().getBytes(StandardCharsets.UTF_8));
                }
            };
        }

        @Override
        public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
                MediaType mediaType) {
            return null;
        }

        @Override
        public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
            return null;
        }

        @Override
        public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
            return null;
        }
    }
}

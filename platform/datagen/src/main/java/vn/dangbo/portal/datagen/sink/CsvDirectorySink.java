package vn.dangbo.portal.datagen.sink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import vn.dangbo.portal.datagen.record.GeneratedRecord;

/**
 * Writes one CSV file per record kind ({@code Person.csv}, {@code Admission.csv}...) into a directory:
 * UTF-8, a header row of the record's component names, RFC 4180 quoting, ISO dates, empty for null,
 * lists joined with {@code |}. Rows keep emission order, so loading the files in the order of
 * {@link #kindsInOrder()} satisfies every reference.
 */
public final class CsvDirectorySink implements DataSink {

    private final Path directory;
    private final Map<Class<?>, Writer> writers = new LinkedHashMap<>();

    public CsvDirectorySink(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create output directory " + directory, e);
        }
    }

    @Override
    public void accept(GeneratedRecord record) {
        writers.computeIfAbsent(record.getClass(), this::open).write(record);
    }

    /** Kinds in the order they first appeared: a safe loading order. */
    public java.util.List<String> kindsInOrder() {
        return writers.keySet().stream().map(Class::getSimpleName).toList();
    }

    @Override
    public void close() {
        UncheckedIOException failure = null;
        for (Writer writer : writers.values()) {
            try {
                writer.out.close();
            } catch (IOException e) {
                failure = new UncheckedIOException("Cannot close " + writer.file, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private Writer open(Class<?> type) {
        Path file = directory.resolve(type.getSimpleName() + ".csv");
        try {
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            RecordComponent[] components = type.getRecordComponents();
            Writer writer = new Writer(file, out, components);
            StringBuilder header = new StringBuilder();
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    header.append(',');
                }
                header.append(components[i].getName());
            }
            out.write(header.append('\n').toString());
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file, e);
        }
    }

    private record Writer(Path file, BufferedWriter out, RecordComponent[] components) {

        void write(GeneratedRecord record) {
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                appendField(line, value(record, components[i]));
            }
            line.append('\n');
            try {
                out.write(line.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write to " + file, e);
            }
        }

        private static Object value(GeneratedRecord record, RecordComponent component) {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.recordType(), e);
            }
        }

        private static void appendField(StringBuilder line, Object value) {
            if (value == null) {
                return;
            }
            String text = value instanceof Collection<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.joining("|"))
                    : String.valueOf(value);
            boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0;
            if (quote) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
    }
}

package vn.dangbo.portal.datagen;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import vn.dangbo.portal.datagen.sink.CountingSink;
import vn.dangbo.portal.datagen.sink.CsvDirectorySink;
import vn.dangbo.portal.datagen.sink.DataSink;
import vn.dangbo.portal.datagen.sink.DigestSink;
import vn.dangbo.portal.datagen.sink.FiguresSink;

/**
 * Command line: {@code java -cp ... vn.dangbo.portal.datagen.Main --scale 0.01 --seed 42 --out dir}.
 * Without {@code --out} it only counts (a speed measurement). Prints rows per kind, the stream's
 * SHA-256 and rows per second.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        double scale = 0.01;
        long seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length && !arg.equals("--help")) {
                fail("missing value after " + arg);
            }
            switch (arg) {
                case "--scale" -> scale = parse(arg, args[++i]);
                case "--seed" -> seed = (long) parse(arg, args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--help" -> {
                    System.out.println("usage: Main [--scale 0.01] [--seed 42] [--out directory]");
                    return;
                }
                default -> fail("unknown argument " + arg);
            }
        }
        run(seed, scale, out, System.out);
    }

    static void run(long seed, double scale, Path out, PrintStream report) {
        CountingSink counts = new CountingSink();
        DigestSink digest = new DigestSink();
        FiguresSink figures = new FiguresSink();
        DataSink sink = counts.andThen(digest).andThen(figures);
        CsvDirectorySink csv = out == null ? null : new CsvDirectorySink(out);
        if (csv != null) {
            sink = sink.andThen(csv);
        }
        long started = System.nanoTime();
        try (DataSink all = sink) {
            new DataGenerator(seed, scale).generate(all);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (Map.Entry<String, Long> entry : counts.counts().entrySet()) {
            report.printf(Locale.ROOT, "%-26s %,12d%n", entry.getKey(), entry.getValue());
        }
        report.printf(Locale.ROOT, "%-26s %,12d%n", "total", counts.total());
        figures.print(report);
        report.printf(Locale.ROOT, "seed %d, scale %s, sha-256 %s%n", seed, scale, digest.hex());
        report.printf(Locale.ROOT, "%.1f s, %,.0f rows per second%s%n", seconds, counts.total() / seconds,
                out == null ? " (counting only)" : " (CSV in " + out + ")");
    }

    private static double parse(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            fail(name + " expects a number, got '" + value + "'");
            return 0;
        }
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}

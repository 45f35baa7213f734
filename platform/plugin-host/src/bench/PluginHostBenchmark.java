package vn.dangbo.portal.host.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.portal.host.program.BoundedCalls;
import vn.dangbo.portal.host.program.CallOutcome;

/**
 * Benchmark of the plugin host (not a test; docs/benchmarks.md, "Plugin host", has the figures and
 * the command). Part 1, in process: the cost of a bounded call (executor hand-off, Future.get with
 * a timeout, bulkhead) against a direct call. Part 2, against a running portal: upload-to-serving
 * (upload with every pre-install check, enable, first indicator served) and disable-to-gone.
 *
 * <pre>
 * java -cp platform/plugin-host/target/classes platform/plugin-host/src/bench/PluginHostBenchmark.java \
 *      [http://localhost:8080/ [platform/test-bundles [rounds]]]
 * </pre>
 */
public final class PluginHostBenchmark {

    private static final String MODULE = "vn.dangbo.portal.fixture.good";

    private PluginHostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boundedCallCost();
        if (args.length > 0) {
            Path bundles = Path.of(args.length > 1 ? args[1] : "platform/test-bundles");
            int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
            lifecycle(URI.create(args[0]), Files.readAllBytes(bundles.resolve(
                    "good-v1/target/fixture-good-v1-1.0.0-SNAPSHOT.jar")), rounds);
        }
    }

    private static void boundedCallCost() {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            BoundedCalls calls = new BoundedCalls(executor, Duration.ofSeconds(2), 4);
            int warmUp = 20_000;
            int measured = 50_000;
            for (int i = 0; i < warmUp; i++) {
                calls.call("bench", "noop", () -> 1);
                direct(i);
            }
            List<Long> bounded = new ArrayList<>(measured);
            List<Long> plain = new ArrayList<>(measured);
            for (int i = 0; i < measured; i++) {
                long t0 = System.nanoTime();
                CallOutcome<Integer> outcome = calls.call("bench", "noop", () -> 1);
                long t1 = System.nanoTime();
                direct(i);
                long t2 = System.nanoTime();
                if (!outcome.succeeded()) {
                    throw new IllegalStateException(outcome.failure());
                }
                bounded.add(t1 - t0);
                plain.add(t2 - t1);
            }
            System.out.printf(Locale.ROOT, "bounded call (µs): median %.1f  p99 %.1f  | direct call (µs): median %.2f%n",
                    percentile(bounded, 50) / 1e3, percentile(bounded, 99) / 1e3, percentile(plain, 50) / 1e3);
        } finally {
            executor.shutdownNow();
        }
    }

    private static volatile int sink;

    private static void direct(int i) {
        sink = i;
    }

    private static void lifecycle(URI base, byte[] jar, int rounds) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = signIn(http, base);
        List<Long> uploadToServing = new ArrayList<>();
        List<Long> uploadOnly = new ArrayList<>();
        List<Long> disableToGone = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            send(http, csrf, HttpRequest.newBuilder(base.resolve("api/v1/modules/" + MODULE)).DELETE());
            long t0 = System.nanoTime();
            expect(send(http, csrf, HttpRequest.newBuilder(base.resolve("api/v1/modules"))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(jar))), 201);
            long t1 = System.nanoTime();
            expect(send(http, csrf, HttpRequest.newBuilder(base.resolve("api/v1/modules/" + MODULE + "/enable"))
                    .POST(HttpRequest.BodyPublishers.noBody())), 200);
            URI indicators = base.resolve("api/v1/provinces/test-good/indicators?year=2025");
            while (send(http, csrf, HttpRequest.newBuilder(indicators).GET()).statusCode() != 200) {
                Thread.onSpinWait();
            }
            long t2 = System.nanoTime();
            expect(send(http, csrf, HttpRequest.newBuilder(base.resolve("api/v1/modules/" + MODULE + "/disable"))
                    .POST(HttpRequest.BodyPublishers.noBody())), 200);
            while (send(http, csrf, HttpRequest.newBuilder(base.resolve("api/v1/provinces/test-good")).GET())
                    .statusCode() != 404) {
                Thread.onSpinWait();
            }
            long t3 = System.nanoTime();
            if (round >= 3) {
                // the first rounds warm up the JIT and the connection pool
                uploadOnly.add(t1 - t0);
                uploadToServing.add(t2 - t0);
                disableToGone.add(t3 - t2);
            }
        }
        send(http, csrf, HttpRequest.newBuilder(base.resolve("api/v1/modules/" + MODULE)).DELETE());
        report("upload (all checks incl. dry-run resolution)", uploadOnly);
        report("upload-to-serving (upload + enable + first indicators 200)", uploadToServing);
        report("disable-to-gone (disable + provinces 404)", disableToGone);
    }

    /**
     * Signs in as the administrator (PORTAL_BENCH_AUTH=user:password; the demo admin by default) with a
     * session cookie, as the administration page does, and returns the session's CSRF token. Over HTTP
     * Basic every request would check the password's bcrypt hash (about 100 ms here) and the figures
     * would measure that instead of the plugin host.
     */
    private static String signIn(HttpClient http, URI base) throws Exception {
        String[] credentials = System.getenv().getOrDefault("PORTAL_BENCH_AUTH", "admin:demo-admin").split(":", 2);
        String body = "{\"username\":\"" + credentials[0] + "\",\"password\":\"" + credentials[1] + "\"}";
        expect(http.send(HttpRequest.newBuilder(base.resolve("api/v1/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()), 200);
        String session = http.send(HttpRequest.newBuilder(base.resolve("api/v1/session")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(session);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in " + session);
        }
        return token.group(1);
    }

    private static HttpResponse<String> send(HttpClient http, String csrf, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("X-CSRF-Token", csrf).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private static void report(String what, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%s (ms, %d rounds): median %.1f  p90 %.1f  max %.1f%n", what, nanos.size(),
                percentile(nanos, 50) / 1e6, percentile(nanos, 90) / 1e6, Collections.max(nanos) / 1e6);
    }

    private static double percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}

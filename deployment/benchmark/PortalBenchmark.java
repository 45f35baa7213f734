import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP part of the benchmark suite (deployment/bin/benchmark runs it; not a test). Talks to a
 * running portal over loopback and prints Markdown table rows on standard output. Needs only the JDK
 * (java.net.http): run as a single source file, {@code java deployment/benchmark/PortalBenchmark.java}.
 *
 * <pre>
 * indicators &lt;base-url&gt; &lt;user&gt; &lt;password&gt;          per province and consolidated: first after start,
 *                                                   uncached (each year's first request), warm
 * load &lt;base-url&gt; &lt;user&gt; &lt;password&gt; &lt;path&gt; &lt;clients&gt; &lt;seconds&gt;   closed-loop load, one row
 * import &lt;base-url&gt; &lt;user&gt; &lt;password&gt; &lt;province&gt;   export the province's people file, give every
 *                                                   person a new id, import it: rows/s
 * </pre>
 *
 * Signed in with a session cookie (POST /api/v1/session) as a page is: HTTP Basic would check the
 * password hash (bcrypt) on every request and measure that instead of the portal.
 */
public final class PortalBenchmark {

    private static final int FIRST_YEAR = 2022;
    private static final int YEAR = 2025;
    private static final int WARM_REQUESTS = 300;

    private final URI base;
    private final HttpClient client;
    /** Answers in which a plugin failed (threw, or gave no answer within the host's call bound). */
    private int pluginFailures;
    private String lastFailure;

    private PortalBenchmark(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: indicators|load|import <base-url> <user> <password> ...");
            System.exit(2);
        }
        PortalBenchmark bench = new PortalBenchmark(URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/"));
        switch (args[0]) {
            case "indicators" -> {
                bench.signIn(args[2], args[3]);
                bench.indicators();
            }
            case "load" -> {
                bench.signIn(args[2], args[3]);
                bench.load(args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            }
            case "import" -> bench.importFile(args[2], args[3], args[4]);
            default -> throw new IllegalArgumentException("unknown part " + args[0]);
        }
    }

    private void signIn(String user, String password) throws IOException, InterruptedException {
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("api/v1/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + response.statusCode() + " "
                    + response.body());
        }
    }

    // ---- indicators: cold, uncached, warm ------------------------------------------------------

    private void indicators() throws Exception {
        List<String> programs = new ArrayList<>();
        Matcher m = Pattern.compile("\"code\":\"([a-z-]+)\",\"identity\"").matcher(get("api/v1/provinces"));
        while (m.find()) {
            programs.add(m.group(1));
        }
        if (programs.isEmpty()) {
            throw new IllegalStateException("no enabled province program");
        }
        System.out.println("| request | first after start | uncached, median of " + (YEAR - FIRST_YEAR)
                + " years (max) | warm p50 | warm p95 | warm p99 | answers with a plugin failure |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String code : programs) {
            row("province " + code + " indicators", "api/v1/provinces/" + code + "/indicators?year=");
        }
        row("consolidated (" + programs.size() + " provinces)", "api/v1/consolidated?year=");
    }

    private void row(String label, String pathBeforeYear) throws Exception {
        pluginFailures = 0;
        lastFailure = null;
        double first = timed(pathBeforeYear + YEAR);
        double[] uncached = new double[YEAR - FIRST_YEAR];
        for (int year = FIRST_YEAR; year < YEAR; year++) {
            uncached[year - FIRST_YEAR] = timed(pathBeforeYear + year);
        }
        Arrays.sort(uncached);
        long[] warm = new long[WARM_REQUESTS];
        for (int i = 0; i < 50; i++) {
            timed(pathBeforeYear + YEAR);
        }
        for (int i = 0; i < WARM_REQUESTS; i++) {
            long t0 = System.nanoTime();
            get(pathBeforeYear + YEAR);
            warm[i] = System.nanoTime() - t0;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "| %s | %s | %s (%s) | %s | %s | %s | %s |%n", label, ms(first),
                ms(uncached[uncached.length / 2]), ms(uncached[uncached.length - 1]), ms(pct(warm, 50) / 1e6),
                ms(pct(warm, 95) / 1e6), ms(pct(warm, 99) / 1e6),
                pluginFailures == 0 ? "0" : pluginFailures + " of " + (1 + YEAR - FIRST_YEAR + 50 + WARM_REQUESTS)
                        + " (" + lastFailure + ")");
    }

    private double timed(String path) throws Exception {
        long t0 = System.nanoTime();
        get(path);
        return (System.nanoTime() - t0) / 1e6;
    }

    // ---- load: N clients in a closed loop for a fixed time -------------------------------------------

    private void load(String path, int clients, int seconds) throws Exception {
        URI uri = base.resolve(path);
        get(path); // fills the cache: this part measures warm serving
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[][] samples = new long[clients][];
        int[] counts = new int[clients];
        int[] errors = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int me = c;
            samples[me] = new long[1 << 16];
            Thread worker = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
                try {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (!measuring.get()) {
                            continue;
                        }
                        if (response.statusCode() != 200) {
                            errors[me]++;
                        }
                        if (counts[me] == samples[me].length) {
                            samples[me] = Arrays.copyOf(samples[me], samples[me].length * 2);
                        }
                        samples[me][counts[me]++] = took;
                    }
                } catch (Exception e) {
                    errors[me]++;
                } finally {
                    done.countDown();
                }
            }, "load-client-" + me);
            worker.setDaemon(true);
            worker.start();
        }
        Thread.sleep(Math.min(5, Math.max(2, seconds / 4)) * 1000L); // warm-up, not counted
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(samples[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "| `%s` | %d | %d s | %,d | %,.0f | %s | %s | %s | %d |%n", path, clients,
                seconds, total, total / elapsed, ms(pct(all, 50) / 1e6), ms(pct(all, 95) / 1e6),
                ms(pct(all, 99) / 1e6), Arrays.stream(errors).sum());
    }

    // ---- import: a province file with new people ------------------------------------------------------

    private void importFile(String user, String password, String province) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> exported = client.send(HttpRequest.newBuilder(
                base.resolve("api/v1/people-files?format=csv&province=" + province)).header("Authorization", auth)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (exported.statusCode() != 200) {
            throw new IllegalStateException("export failed: " + exported.statusCode() + " " + exported.body());
        }
        String tag = "B" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        PeopleFile file = newPeople(exported.body(), tag);
        int rows = file.rows();
        long t0 = System.nanoTime();
        HttpResponse<String> imported = client.send(HttpRequest.newBuilder(
                base.resolve("api/v1/people-files?format=csv&file=bench-" + tag + ".csv"))
                .header("Authorization", auth).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(file.text(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (imported.statusCode() != 200) {
            String body = imported.body();
            throw new IllegalStateException("import failed: " + imported.statusCode() + " "
                    + body.substring(0, Math.min(2000, body.length())));
        }
        long people = file.people();
        System.out.printf(Locale.ROOT, "| import of %s's people file as new people (CSV, %,d people) | %,d | %.1f s "
                + "| %,.0f |%n", province, people, rows, seconds, rows / seconds);
    }

    /**
     * The exported file with every person made new: a new external id, and the identity numbers that
     * must stay unique (national id, party card) left empty.
     */
    private record PeopleFile(String text, int rows, long people) {
    }

    private static PeopleFile newPeople(String csv, String tag) {
        List<List<String>> rows = Csv.parse(csv);
        List<String> header = rows.get(0);
        int id = header.indexOf("external_id");
        int nationalId = header.indexOf("national_id");
        int card = header.indexOf("party_card_number");
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(header));
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> copy = new ArrayList<>(row);
            copy.set(id, tag + "-" + copy.get(id));
            if (nationalId >= 0) {
                copy.set(nationalId, "");
            }
            if (card >= 0) {
                copy.set(card, "");
            }
            out.append(Csv.line(copy));
        }
        long people = rows.stream().skip(1).map(r -> r.get(id)).distinct().count();
        return new PeopleFile(out.toString(), rows.size() - 1, people);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        Matcher failure = Pattern.compile("\"(?:resultsFailure|failure)\":\"([^\"]*)\"").matcher(response.body());
        if (failure.find()) {
            pluginFailures++;
            lastFailure = failure.group(1);
        }
        return response.body();
    }

    private static long pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    /** RFC 4180 CSV, as the portal writes it (UTF-8, optional byte-order mark). */
    private static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = text.startsWith("\uFEFF") ? 1 : 0;
            for (; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(ch);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }

        static String line(List<String> fields) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String f = fields.get(i);
                if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                    out.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(f);
                }
            }
            return out.append("\r\n").toString();
        }
    }
}

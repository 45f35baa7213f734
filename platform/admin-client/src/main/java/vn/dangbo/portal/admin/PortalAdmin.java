package vn.dangbo.portal.admin;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code portal-admin}: the portal's module administration (/api/v1/modules) from a shell or a CI
 * job. Every command is one or two REST calls; the exit code says how it went ({@link ExitCode}),
 * stdout carries the result, stderr what went wrong with the portal's own explanation.
 */
@Command(name = "portal-admin", mixinStandardHelpOptions = true, version = "portal-admin (plugin API 1.x)",
        description = "Manages the plugin modules of a running portal over its REST API.",
        footerHeading = "%nEnvironment:%n",
        footer = {"  PORTAL_URL       the portal's root URL (default http://localhost:8080/)",
                "  PORTAL_USER      the account to sign in with (HTTP Basic)",
                "  PORTAL_PASSWORD  its password (preferred to --password, which other users can see in ps)"},
        exitCodeListHeading = "%nExit codes:%n", sortOptions = false)
public final class PortalAdmin {

    static final String DEFAULT_URL = "http://localhost:8080/";
    private static final String MODULES = "api/v1/modules";

    @Option(names = "--url", paramLabel = "URL", description = "The portal's root URL (env PORTAL_URL).")
    private String url;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "The account (env PORTAL_USER).")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Its password (better: env PORTAL_PASSWORD).")
    private String password;

    @Option(names = "--json", description = "Print the portal's JSON answer instead of a summary.")
    private boolean json;

    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;

    PortalAdmin(Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.getenv(), out, err, args));
    }

    /** Runs one command line and returns its exit code (the tests' entry point too). */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new PortalAdmin(env, out, err));
        line.setOut(out).setErr(err);
        line.getCommandSpec().usageMessage().exitCodeList(exitCodeList());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("portal-admin: unexpected failure: " + e);
            return ExitCode.PORTAL_ERROR.code();
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static Map<String, String> exitCodeList() {
        Map<String, String> list = new java.util.LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            list.put(String.valueOf(code.code()), code.meaning());
        }
        return list;
    }

    @Command(name = "list", description = "Lists the installed modules.")
    int list() {
        return call("list", c -> c.get(MODULES), reply -> {
            List<JsonObject> modules = ((JsonArray) reply.json().orElseThrow()).getValuesAs(JsonObject.class);
            if (modules.isEmpty()) {
                out.println("No module is installed.");
            }
            modules.forEach(m -> out.println(Answers.module(m)));
            return ExitCode.OK;
        });
    }

    @Command(name = "show", description = "Shows one module.")
    int show(@Parameters(paramLabel = "MODULE", description = "The module's Bundle-SymbolicName.") String module) {
        return call("show", c -> c.get(modulePath(module, "")), this::printModule);
    }

    @Command(name = "check", description = "Dry run: runs the portal's pre-install checks on a jar, installs nothing. "
            + "Exit code 1 when the jar would be refused.")
    int check(@Parameters(paramLabel = "JAR") Path jar) {
        byte[] bytes = read(jar);
        if (bytes == null) {
            return ExitCode.LOCAL_FILE.code();
        }
        return call("check", c -> c.postJar(MODULES + "/check", bytes), reply -> {
            JsonObject report = reply.json().orElseThrow().asJsonObject();
            Answers.report(report).forEach(out::println);
            return dryRunOutcome(reply);
        });
    }

    @Command(name = "upload", description = "Installs a new module from a signed plugin jar (disabled until enabled).")
    int upload(@Parameters(paramLabel = "JAR") Path jar,
            @Option(names = "--enable", description = "Enable it at once when the upload succeeded.") boolean enable) {
        byte[] bytes = read(jar);
        if (bytes == null) {
            return ExitCode.LOCAL_FILE.code();
        }
        String[] installed = new String[1];
        int code = call("upload", c -> c.postJar(MODULES, bytes), reply -> {
            installed[0] = reply.json().orElseThrow().asJsonObject().getString("symbolicName");
            return printModule(reply);
        });
        return code == 0 && enable ? enable(installed[0]) : code;
    }

    @Command(name = "update", description = "Replaces an installed module by a newer jar; the old one is kept for rollback.")
    int update(@Parameters(index = "0", paramLabel = "MODULE") String module,
            @Parameters(index = "1", paramLabel = "JAR") Path jar) {
        byte[] bytes = read(jar);
        if (bytes == null) {
            return ExitCode.LOCAL_FILE.code();
        }
        return call("update", c -> c.putJar(modulePath(module, ""), bytes), this::printModule);
    }

    @Command(name = "enable", description = "Starts a module: its program is served at once.")
    int enable(@Parameters(paramLabel = "MODULE") String module) {
        return call("enable", c -> c.post(modulePath(module, "/enable")), this::printModule);
    }

    @Command(name = "disable", description = "Stops a module: its program is gone from the pages at once.")
    int disable(@Parameters(paramLabel = "MODULE") String module) {
        return call("disable", c -> c.post(modulePath(module, "/disable")), this::printModule);
    }

    @Command(name = "rollback", description = "Returns a module to the version it had before its last update.")
    int rollback(@Parameters(paramLabel = "MODULE") String module) {
        return call("rollback", c -> c.post(modulePath(module, "/rollback")), this::printModule);
    }

    @Command(name = "delete", description = "Uninstalls a module and forgets its jars.")
    int delete(@Parameters(paramLabel = "MODULE") String module) {
        return call("delete", c -> c.delete(modulePath(module, "")), reply -> {
            out.println("Deleted " + module);
            return ExitCode.OK;
        });
    }

    private ExitCode printModule(Reply reply) {
        out.println(Answers.module(reply.json().orElseThrow().asJsonObject()));
        return ExitCode.OK;
    }

    /** One REST call: the exit code of its answer, and either its result or its problem printed. */
    private int call(String action, Request request, Function<Reply, ExitCode> onSuccess) {
        PortalConnection connection;
        try {
            connection = connection();
        } catch (IllegalArgumentException e) {
            err.println("portal-admin: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Reply reply;
        try {
            reply = request.send(connection);
        } catch (IOException e) {
            err.println("portal-admin: " + action + " failed: cannot reach the portal at " + connection.base() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            return ExitCode.UNREACHABLE.code();
        }
        if (!reply.succeeded()) {
            Answers.failure(action, reply).forEach(lineOut -> err.println("portal-admin: " + lineOut));
            return ExitCode.forStatus(reply.status()).code();
        }
        try {
            if (json) {
                // The answer as the portal gave it; a dry run still decides the exit code.
                out.println(reply.body());
                return ("check".equals(action) ? dryRunOutcome(reply) : ExitCode.OK).code();
            }
            return onSuccess.apply(reply).code();
        } catch (RuntimeException e) {
            err.println("portal-admin: " + action + ": the portal answered HTTP " + reply.status()
                    + " with a body this client does not understand");
            return ExitCode.PORTAL_ERROR.code();
        }
    }

    private static ExitCode dryRunOutcome(Reply reply) {
        return reply.json().orElseThrow().asJsonObject().getJsonArray("problems").isEmpty()
                ? ExitCode.OK : ExitCode.REFUSED;
    }

    private PortalConnection connection() {
        String base = firstOf(url, env.get("PORTAL_URL"), DEFAULT_URL);
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url '" + base + "' is not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--url '" + base + "' must start with http:// or https://");
        }
        String account = firstOf(user, env.get("PORTAL_USER"), null);
        String secret = firstOf(password, env.get("PORTAL_PASSWORD"), null);
        if (account != null && secret == null) {
            throw new IllegalArgumentException("no password for '" + account
                    + "': set the environment variable PORTAL_PASSWORD (or give --password)");
        }
        return new PortalConnection(uri, account, secret);
    }

    private byte[] read(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            err.println("portal-admin: cannot read the jar " + jar.toAbsolutePath() + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return null;
        }
    }

    private static String modulePath(String module, String suffix) {
        return MODULES + "/" + URLEncoder.encode(module, StandardCharsets.UTF_8).replace("+", "%20") + suffix;
    }

    private static String firstOf(String option, String environment, String fallback) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        return environment != null && !environment.isBlank() ? environment : fallback;
    }

    @FunctionalInterface
    private interface Request {
        Reply send(PortalConnection connection) throws IOException;
    }
}

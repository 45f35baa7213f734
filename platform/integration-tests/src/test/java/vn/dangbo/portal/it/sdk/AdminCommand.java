package vn.dangbo.portal.it.sdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line admin client exactly as a provincial team runs it (docs/plugin-guide.md):
 * {@code java -jar platform/admin-client/target/portal-admin.jar ...}, a separate process, signed in
 * through PORTAL_URL / PORTAL_USER / PORTAL_PASSWORD.
 */
final class AdminCommand {

    /** What one run gave: its exit code, stdout and stderr. */
    record Result(int exitCode, String out, String err) {
    }

    private final URI portal;
    private final String user;
    private final String password;

    AdminCommand(URI portal, String user, String password) {
        this.portal = portal;
        this.user = user;
        this.password = password;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("portal.admin.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The admin client is missing at " + jar + ": build platform/admin-client first");
        }
        return jar;
    }

    Result run(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PORTAL_URL", portal.toString());
        builder.environment().put("PORTAL_USER", user);
        builder.environment().put("PORTAL_PASSWORD", password);
        try {
            Path out = Files.createTempFile("portal-admin", ".out");
            Path err = Files.createTempFile("portal-admin", ".err");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("portal-admin " + String.join(" ", args) + " did not end in 3 minutes");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

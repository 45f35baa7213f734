package vn.dangbo.portal.it.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** The signed test bundles the build made (platform/test-bundles), and broken copies of them. */
public final class TestBundles {

    private TestBundles() {
    }

    public static byte[] bytes(String module) {
        Path jar = Path.of(System.getProperty("portal.test-bundles.dir"), module, "target",
                "fixture-" + module + "-" + System.getProperty("portal.version") + ".jar");
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("Test bundle missing: " + jar, e);
        }
    }

    /** good-v1 with one class changed after it was signed. */
    public static byte[] tampered() {
        return rewrite("good-v1", true);
    }

    /** good-v1 without its signature files. */
    public static byte[] unsigned() {
        return rewrite("good-v1", false);
    }

    private static byte[] rewrite(String module, boolean tamper) {
        Path jar = Path.of(System.getProperty("portal.test-bundles.dir"), module, "target",
                "fixture-" + module + "-" + System.getProperty("portal.version") + ".jar");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(jar.toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String upper = entry.getName().toUpperCase(Locale.ROOT);
                boolean signatureFile = upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".EC"));
                if (signatureFile && !tamper) {
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (tamper && entry.getName().endsWith(".class")) {
                    content[content.length - 1] ^= 0x01;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

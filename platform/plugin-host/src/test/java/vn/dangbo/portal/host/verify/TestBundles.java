package vn.dangbo.portal.host.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** The signed test bundles the build made (platform/test-bundles), and jars derived from them. */
final class TestBundles {

    private TestBundles() {
    }

    static Path jar(String module) {
        Path jar = Path.of(System.getProperty("portal.test-bundles.dir"), module, "target",
                "fixture-" + module + "-" + System.getProperty("portal.version") + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Test bundle missing: " + jar + " (build platform/test-bundles first)");
        }
        return jar;
    }

    static byte[] bytes(String module) throws IOException {
        return Files.readAllBytes(jar(module));
    }

    static TrustedSigners trustedSigners() {
        Path keys = Path.of(System.getProperty("portal.keys.dir"));
        return TrustedSigners.load(keys.resolve("plugin-truststore.p12"), "portal-dev".toCharArray(),
                keys.resolve("plugin-signers.properties"));
    }

    /** A copy of a signed jar with one class changed after signing. */
    static byte[] tampered(String module) throws IOException {
        return rewrite(jar(module), (name, content) -> {
            if (name.endsWith(".class")) {
                byte[] changed = content.clone();
                changed[changed.length - 1] ^= 0x01;
                return changed;
            }
            return content;
        }, null);
    }

    /** A copy of a signed jar without its signature files. */
    static byte[] unsigned(String module) throws IOException {
        return rewrite(jar(module), (name, content) -> isSignatureFile(name) ? null : content, null);
    }

    /** A copy of a signed jar with an unsigned class added. */
    static byte[] withExtraClass(String module) throws IOException {
        return rewrite(jar(module), (name, content) -> content, "vn/dangbo/portal/fixture/Intruder.class");
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".EC")
                || upper.endsWith(".RSA") || upper.endsWith(".DSA"));
    }

    interface EntryRewrite {
        /** The new content of an entry, or null to drop it. */
        byte[] apply(String name, byte[] content);
    }

    private static byte[] rewrite(Path jar, EntryRewrite rewrite, String extraEntry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(jar.toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                byte[] replaced = rewrite.apply(entry.getName(), content);
                if (replaced != null) {
                    copy.putNextEntry(new ZipEntry(entry.getName()));
                    copy.write(replaced);
                    copy.closeEntry();
                }
            }
            if (extraEntry != null) {
                copy.putNextEntry(new ZipEntry(extraEntry));
                copy.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Path write(Path dir, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "bundle-", ".jar");
        Files.write(file, bytes);
        return file;
    }

}

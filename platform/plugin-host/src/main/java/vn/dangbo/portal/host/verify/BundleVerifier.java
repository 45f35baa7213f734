package vn.dangbo.portal.host.verify;

import vn.dangbo.portal.core.upload.ArchiveLimits;
import vn.dangbo.portal.core.upload.ZipArchiveCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every check a jar passes before anything is installed, in order: manifest (bundle, version,
 * province, API range, no embedded API), signature (intact, trusted, bound to the jar's province),
 * then a dry-run resolution when all else passed. The checks run on exactly the bytes that are
 * then stored and installed.
 */
public final class BundleVerifier {

    private static final Logger LOG = Logger.getLogger(BundleVerifier.class.getName());

    private final ManifestCheck manifest;
    private final SignatureCheck signature;
    private final ResolutionCheck resolution;
    private final boolean allowUnsigned;
    private final Path workDir;

    /**
     * @param resolution    the dry-run resolution, or null to skip it (plain unit tests)
     * @param allowUnsigned DEVELOPMENT ONLY: accept jars without any signature, with a warning
     */
    public BundleVerifier(ManifestCheck manifest, SignatureCheck signature, ResolutionCheck resolution,
            boolean allowUnsigned) {
        this(manifest, signature, resolution, allowUnsigned, null);
    }

    /**
     * @param workDir where the jar's copy lies while it is checked (deleted afterwards, refused or
     *                not); the JVM's temporary directory when null
     */
    public BundleVerifier(ManifestCheck manifest, SignatureCheck signature, ResolutionCheck resolution,
            boolean allowUnsigned, Path workDir) {
        this.workDir = workDir;
        this.manifest = manifest;
        this.signature = signature;
        this.resolution = resolution;
        this.allowUnsigned = allowUnsigned;
    }

    public VerificationReport verify(byte[] jar) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Path file = null;
        try {
            if (workDir != null) {
                Files.createDirectories(workDir);
            }
            file = workDir == null ? Files.createTempFile("portal-plugin-", ".jar")
                    : Files.createTempFile(workDir, "portal-plugin-", ".jar");
            Files.write(file, jar);
            // The archive itself first (zip at all, intact, no escaping names, no bomb): nothing else
            // opens a jar that fails here.
            if (!new ZipArchiveCheck(ArchiveLimits.PLUGIN_JAR, "The jar").inspect(jar, file, problems)) {
                return new VerificationReport(new BundleFacts(null, null, null, null), sha256(jar), null, problems,
                        warnings);
            }
            BundleFacts facts = manifest.inspect(file, problems);
            String signer = null;
            SignatureCheck.Outcome outcome = signature.check(file);
            if (outcome.trusted()) {
                signer = outcome.signer().alias();
                if (facts.province() != null && !outcome.signer().maySignFor(facts.province())) {
                    problems.add("It is signed with the key of '" + signer + "', which may sign only for "
                            + outcome.signer().provinces() + ", not for the province " + facts.province());
                }
            } else if (!outcome.signed() && allowUnsigned) {
                String warning = "UNSIGNED plugin accepted because portal.plugins.allow-unsigned=true ("
                        + outcome.problem() + "). Never run production like this.";
                warnings.add(warning);
                LOG.warning(warning);
            } else {
                problems.add("Signature: " + outcome.problem());
            }
            if (problems.isEmpty() && resolution != null) {
                resolution.check(jar, problems);
            }
            return new VerificationReport(facts, sha256(jar), signer, problems, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the jar to a temporary file", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.fine("Temporary file left behind: " + file);
                }
            }
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

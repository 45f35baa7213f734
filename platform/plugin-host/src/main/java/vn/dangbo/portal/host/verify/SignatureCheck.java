package vn.dangbo.portal.host.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import vn.dangbo.portal.host.verify.TrustedSigners.TrustedSigner;

/**
 * Whether a jar is signed, intact and signed by a trusted certificate. The JDK verifies digests only
 * while an entry is read, so every entry is read to its end; then every entry but the signature
 * files themselves must carry a code signer, and one signer must be common to all and trusted.
 * An unsigned class added to a signed jar, a changed class, or an unknown signer are all refused.
 */
public final class SignatureCheck {

    private final TrustedSigners trusted;

    public SignatureCheck(TrustedSigners trusted) {
        this.trusted = trusted;
    }

    /** Checks the jar; the outcome names the trusted signer or says in plain words what is wrong. */
    public Outcome check(Path jar) {
        Set<Certificate> common = null;
        List<String> unsigned = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[8192];
            for (JarEntry entry : Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // reading to the end makes the JDK check the entry's digest
                    }
                }
                if (entry.isDirectory() || isSignatureRelated(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned.add(entry.getName());
                    continue;
                }
                Set<Certificate> leaves = new HashSet<>();
                for (CodeSigner signer : signers) {
                    leaves.add(signer.getSignerCertPath().getCertificates().get(0));
                }
                if (common == null) {
                    common = leaves;
                } else {
                    common.retainAll(leaves);
                }
            }
        } catch (SecurityException e) {
            return Outcome.refused("the jar was changed after it was signed (" + e.getMessage() + ")");
        } catch (IOException e) {
            return Outcome.refused("it is not a readable jar file (" + e.getMessage() + ")");
        }
        if (common == null && unsigned.isEmpty()) {
            return Outcome.refused("the jar contains no file to sign");
        }
        if (!unsigned.isEmpty()) {
            return Outcome.unsigned(common == null
                    ? "the jar is not signed"
                    : "entries not covered by the signature: " + String.join(", ", unsigned.subList(0,
                            Math.min(5, unsigned.size()))));
        }
        if (common.isEmpty()) {
            return Outcome.refused("no single signer signed every entry of the jar");
        }
        for (Certificate certificate : common) {
            Optional<TrustedSigner> signer = trusted.find(certificate);
            if (signer.isPresent()) {
                return Outcome.signedBy(signer.get());
            }
        }
        return Outcome.refused("it is signed by a certificate the platform's plugin trust store does not hold ("
                + describe(common.iterator().next()) + ")");
    }

    private static boolean isSignatureRelated(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
                || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }

    private static String describe(Certificate certificate) {
        if (certificate instanceof java.security.cert.X509Certificate x509) {
            return x509.getSubjectX500Principal().getName();
        }
        return certificate.getType();
    }

    /**
     * @param signer  the trusted signer, when the jar is signed by one
     * @param signed  false when the jar (or part of it) carries no signature at all
     * @param problem what is wrong, null when the signature is good
     */
    public record Outcome(TrustedSigner signer, boolean signed, String problem) {
        static Outcome signedBy(TrustedSigner signer) {
            return new Outcome(signer, true, null);
        }

        static Outcome unsigned(String problem) {
            return new Outcome(null, false, problem);
        }

        static Outcome refused(String problem) {
            return new Outcome(null, true, problem);
        }

        public boolean trusted() {
            return signer != null;
        }
    }
}

package vn.dangbo.portal.host.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certificates allowed to sign plugins, each bound to the province(s) it may sign for. The
 * certificates come from a PKCS12 trust store; the binding from a properties file (alias = province
 * codes, comma separated). A certificate without a binding signs for no province.
 */
public final class TrustedSigners {

    private final Map<String, Certificate> certificates;
    private final Map<String, Set<String>> provinces;

    TrustedSigners(Map<String, Certificate> certificates, Map<String, Set<String>> provinces) {
        this.certificates = Collections.unmodifiableMap(new LinkedHashMap<>(certificates));
        this.provinces = Map.copyOf(provinces);
    }

    /** No trusted signer at all: every signed jar is refused. */
    public static TrustedSigners none() {
        return new TrustedSigners(Map.of(), Map.of());
    }

    /** Loads the trust store and the alias-to-provinces file; either may be missing (then: nobody). */
    public static TrustedSigners load(Path trustStore, char[] password, Path signerProvinces) {
        Map<String, Certificate> certificates = new LinkedHashMap<>();
        if (Files.isRegularFile(trustStore)) {
            try (InputStream in = Files.newInputStream(trustStore)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
                for (String alias : Collections.list(store.aliases())) {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate != null) {
                        certificates.put(alias, certificate);
                    }
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the plugin trust store " + trustStore + ": "
                        + e.getMessage(), e);
            }
        }
        Map<String, Set<String>> provinces = new LinkedHashMap<>();
        if (Files.isRegularFile(signerProvinces)) {
            Properties bindings = new Properties();
            try (Reader reader = Files.newBufferedReader(signerProvinces, StandardCharsets.UTF_8)) {
                bindings.load(reader);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the signer bindings " + signerProvinces, e);
            }
            for (String alias : bindings.stringPropertyNames()) {
                provinces.put(alias, Arrays.stream(bindings.getProperty(alias).split(","))
                        .map(String::trim).filter(code -> !code.isEmpty()).collect(Collectors.toUnmodifiableSet()));
            }
        }
        return new TrustedSigners(certificates, provinces);
    }

    /** The trusted signer whose certificate is the given one, if any. */
    public Optional<TrustedSigner> find(Certificate certificate) {
        return certificates.entrySet().stream()
                .filter(entry -> entry.getValue().equals(certificate))
                .findFirst()
                .map(entry -> new TrustedSigner(entry.getKey(), provinces.getOrDefault(entry.getKey(), Set.of())));
    }

    /** How many certificates are trusted. */
    public int size() {
        return certificates.size();
    }

    /**
     * @param alias     the certificate's alias in the trust store
     * @param provinces the province codes it may sign for
     */
    public record TrustedSigner(String alias, Set<String> provinces) {
        public TrustedSigner {
            provinces = Set.copyOf(provinces);
        }

        public boolean maySignFor(String province) {
            return provinces.contains(province);
        }
    }
}

package vn.dangbo.portal.host.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks together, without the framework (no dry-run resolution). */
class BundleVerifierTest {

    private final ManifestCheck manifest = new ManifestCheck(ManifestCheckTest.API);
    private final SignatureCheck signature = new SignatureCheck(TestBundles.trustedSigners());
    private final BundleVerifier strict = new BundleVerifier(manifest, signature, null, false);
    private final BundleVerifier development = new BundleVerifier(manifest, signature, null, true);

    @Test
    void aGoodSignedPluginIsAcceptedWithItsSignerAndDigest() throws Exception {
        byte[] jar = TestBundles.bytes("good-v1");
        VerificationReport report = strict.verify(jar);
        assertThat(report.problems()).isEmpty();
        assertThat(report.signer()).isEqualTo("can-tho");
        assertThat(report.sha256()).isEqualTo(BundleVerifier.sha256(jar)).hasSize(64);
    }

    @Test
    void aJarSignedWithAnotherProvincesKeyIsRefused() throws Exception {
        VerificationReport report = strict.verify(TestBundles.bytes("wrong-province"));
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).singleElement().asString()
                .contains("signed with the key of 'hai-phong'").contains("not for the province can-tho");
    }

    @Test
    void unsignedJarsAreRefusedUnlessTheDevelopmentSwitchIsOnAndThenWarned() throws Exception {
        byte[] unsigned = TestBundles.unsigned("good-v1");
        assertThat(strict.verify(unsigned).problems()).singleElement().asString()
                .isEqualTo("Signature: the jar is not signed");
        VerificationReport allowed = development.verify(unsigned);
        assertThat(allowed.accepted()).isTrue();
        assertThat(allowed.signer()).isNull();
        assertThat(allowed.warnings()).singleElement().asString().contains("UNSIGNED");
    }

    @Test
    void theDevelopmentSwitchNeverLetsATamperedJarThrough() throws Exception {
        VerificationReport report = development.verify(TestBundles.tampered("good-v1"));
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).singleElement().asString().contains("changed after it was signed");
    }
}

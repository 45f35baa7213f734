package vn.dangbo.portal.host.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureCheckTest {

    private final SignatureCheck check = new SignatureCheck(TestBundles.trustedSigners());

    @TempDir
    Path dir;

    @Test
    void aJarSignedWithATrustedProvinceKeyNamesItsSignerAndProvinces() {
        SignatureCheck.Outcome outcome = check.check(TestBundles.jar("good-v1"));
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.signer().alias()).isEqualTo("can-tho");
        assertThat(outcome.signer().maySignFor("can-tho")).isTrue();
        assertThat(outcome.signer().maySignFor("hai-phong")).isFalse();
    }

    @Test
    void aSignerMissingFromTheTrustStoreIsRefused() {
        SignatureCheck.Outcome outcome = check.check(TestBundles.jar("untrusted"));
        assertThat(outcome.trusted()).isFalse();
        assertThat(outcome.problem()).contains("trust store does not hold").contains("CN=untrusted");
    }

    @Test
    void aClassChangedAfterSigningIsRefused() throws Exception {
        SignatureCheck.Outcome outcome = check.check(TestBundles.write(dir, TestBundles.tampered("good-v1")));
        assertThat(outcome.trusted()).isFalse();
        assertThat(outcome.signed()).isTrue();
        assertThat(outcome.problem()).contains("changed after it was signed");
    }

    @Test
    void aJarWithoutSignatureIsUnsigned() throws Exception {
        SignatureCheck.Outcome outcome = check.check(TestBundles.write(dir, TestBundles.unsigned("good-v1")));
        assertThat(outcome.trusted()).isFalse();
        assertThat(outcome.signed()).isFalse();
        assertThat(outcome.problem()).isEqualTo("the jar is not signed");
    }

    @Test
    void anUnsignedClassAddedToASignedJarIsRefused() throws Exception {
        SignatureCheck.Outcome outcome = check.check(TestBundles.write(dir, TestBundles.withExtraClass("good-v1")));
        assertThat(outcome.trusted()).isFalse();
        assertThat(outcome.problem()).contains("not covered by the signature")
                .contains("vn/dangbo/portal/fixture/Intruder.class");
    }

    @Test
    void somethingThatIsNoJarIsRefused() throws Exception {
        SignatureCheck.Outcome outcome = check.check(TestBundles.write(dir, "not a jar".getBytes()));
        assertThat(outcome.trusted()).isFalse();
        assertThat(outcome.problem()).contains("not a readable jar");
    }

    @Test
    void anEmptyTrustStoreTrustsNobody() {
        SignatureCheck.Outcome outcome = new SignatureCheck(TrustedSigners.none()).check(TestBundles.jar("good-v1"));
        assertThat(outcome.trusted()).isFalse();
    }
}

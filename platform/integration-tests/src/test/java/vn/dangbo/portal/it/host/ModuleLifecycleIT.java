package vn.dangbo.portal.it.host;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.portal.it.host.PortalClient.MODULE;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.it.PortalDeployment;
import vn.dangbo.portal.it.host.PortalClient.Reply;

/**
 * The module lifecycle over the admin API, with real signed bundles built by the build:
 * upload, enable, serve, disable, update and rollback while WildFly runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleLifecycleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient portal;

    @BeforeEach
    void noModules() throws Exception {
        portal = new PortalClient(base.toURI());
        portal.removeAllModules();
    }

    @Test
    void uploadedThenEnabledIsServedAndDisabledIsGoneAtOnce() {
        Reply uploaded = portal.upload(TestBundles.bytes("good-v1"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.object().getString("version")).isEqualTo("1.0.0");
        assertThat(uploaded.object().getBoolean("enabled")).isFalse();
        assertThat(uploaded.object().getString("signer")).isEqualTo("can-tho");
        assertThat(portal.get("api/v1/provinces/test-good").status()).as("not served before it is enabled")
                .isEqualTo(404);

        Reply enabled = portal.post("api/v1/modules/" + MODULE + "/enable");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(enabled.object().getString("state")).isEqualTo("ACTIVE");
        assertThat(enabled.object().getString("programCode")).isEqualTo("test-good");
        assertThat(portal.get("api/v1/provinces").array().getValuesAs(JsonObject.class))
                .extracting(program -> program.getString("code")).contains("test-good");
        JsonObject program = portal.get("api/v1/provinces/test-good").object();
        assertThat(program.getJsonObject("identity").getString("provinceCode")).isEqualTo("can-tho");
        assertThat(portal.goodGeneration()).isEqualTo(1);

        Reply disabled = portal.post("api/v1/modules/" + MODULE + "/disable");
        assertThat(disabled.object().getBoolean("enabled")).isFalse();
        Reply gone = portal.get("api/v1/provinces/test-good/indicators?year=2025");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(portal.get("api/v1/provinces").array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("code")).doesNotContain("test-good");
    }

    @Test
    void anUpdateIsServedWithoutRestartAndARollbackReturnsToThePreviousVersion() {
        portal.upload(TestBundles.bytes("good-v1"));
        portal.post("api/v1/modules/" + MODULE + "/enable");
        assertThat(portal.goodGeneration()).isEqualTo(1);

        Reply updated = portal.update(MODULE, TestBundles.bytes("good-v2"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.object().getString("version")).isEqualTo("2.0.0");
        assertThat(updated.object().getString("previousVersion")).isEqualTo("1.0.0");
        assertThat(updated.object().getBoolean("enabled")).isTrue();
        assertThat(portal.goodGeneration()).isEqualTo(2);

        Reply rolledBack = portal.post("api/v1/modules/" + MODULE + "/rollback");
        assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(200);
        assertThat(rolledBack.object().getString("version")).isEqualTo("1.0.0");
        assertThat(portal.goodGeneration()).isEqualTo(1);

        assertThat(portal.get("api/v1/modules/" + MODULE + "/audit").array().getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("action") + " " + entry.getString("version") + " "
                        + entry.getString("outcome"))
                .containsSubsequence("ROLLBACK 1.0.0 OK", "UPDATE 2.0.0 OK", "ENABLE 1.0.0 OK", "INSTALL 1.0.0 OK");
    }

    @Test
    void aMultipartFormUploadWorksLikeARawOne() {
        Reply uploaded = portal.uploadForm(TestBundles.bytes("good-v1"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.object().getString("symbolicName")).isEqualTo(MODULE);
    }

    @Test
    void unsignedTamperedIncompatibleUnresolvableUntrustedAndEmbeddingJarsAreRefusedAndNothingChanges() {
        assertRefused(TestBundles.unsigned(), "the jar is not signed");
        assertRefused(TestBundles.tampered(), "changed after it was signed");
        assertRefused(TestBundles.bytes("wrong-api"), "version range [2.0,3), but this platform provides 1.0.0");
        assertRefused(TestBundles.bytes("unresolvable"), "needs the package com.example.missing");
        assertRefused(TestBundles.bytes("untrusted"), "trust store does not hold");
        assertRefused(TestBundles.bytes("embedded-api"), "embeds its own copy of the plugin API");
        assertRefused(TestBundles.bytes("wrong-province"), "signed with the key of 'hai-phong'");
        assertThat(portal.get("api/v1/modules").array()).isEmpty();
        assertThat(portal.get("api/v1/modules/audit?limit=7").array().getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("outcome")).containsOnly("REFUSED");
    }

    @Test
    void anotherProvincesKeyCannotReplaceAModule() {
        portal.upload(TestBundles.bytes("good-v1"));
        portal.post("api/v1/modules/" + MODULE + "/enable");
        Reply refused = portal.update(MODULE, TestBundles.bytes("wrong-province"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.object().getString("detail")).contains("hai-phong");
        JsonObject module = portal.get("api/v1/modules/" + MODULE).object();
        assertThat(module.getString("version")).isEqualTo("1.0.0");
        assertThat(module.getString("state")).isEqualTo("ACTIVE");
        assertThat(portal.goodGeneration()).isEqualTo(1);
    }

    @Test
    void theDryRunReportsProblemsWithoutInstalling() {
        Reply bad = portal.check(TestBundles.bytes("unresolvable"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.object().getJsonArray("problems").getString(0))
                .isEqualTo("It needs the package com.example.missing (version 1.0.0 or later, below 2.0.0), which "
                        + "neither the platform nor any installed bundle provides");
        Reply good = portal.check(TestBundles.bytes("good-v1"));
        assertThat(good.object().getJsonArray("problems")).isEmpty();
        assertThat(good.object().getString("signer")).isEqualTo("can-tho");
        assertThat(portal.get("api/v1/modules").array()).isEmpty();
    }

    @Test
    void actionsOnAnUnknownModuleAreProblems() {
        Reply missing = portal.post("api/v1/modules/no.such.module/enable");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.object().getString("detail")).isEqualTo("No module no.such.module is installed");
        portal.upload(TestBundles.bytes("good-v1"));
        Reply noPrevious = portal.post("api/v1/modules/" + MODULE + "/rollback");
        assertThat(noPrevious.status()).isEqualTo(409);
        assertThat(noPrevious.object().getString("detail")).contains("no previous version");
        Reply twice = portal.upload(TestBundles.bytes("good-v1"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.object().getString("detail")).contains("already installed");
    }

    private void assertRefused(byte[] jar, String reason) {
        Reply reply = portal.upload(jar);
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).startsWith("The jar was refused");
        assertThat(reply.object().getJsonArray("problems").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).anySatisfy(problem -> assertThat(problem).contains(reason));
    }
}

package vn.dangbo.portal.testkit.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.portal.testkit.osgi.sample.FailingProgram;
import vn.dangbo.portal.testkit.osgi.sample.SampleProgram;

/** The resolution check on small bundles made in the test, against the API this build exports (1.1). */
class PluginResolutionTest {

    @TempDir
    Path folder;

    @Test
    void aBundleImportingTheApiItWasBuiltAgainstResolvesAndItsProgramComesUp() throws IOException {
        Path jar = TestJar.bundle("test.good").program(SampleProgram.class).writeTo(folder);

        ResolutionReport report = PluginResolution.of(jar).check();

        assertThat(report.problems()).isEmpty();
        assertThat(report.resolved()).isTrue();
        assertThat(report.symbolicName()).isEqualTo("test.good");
        assertThat(report.programCodes()).containsExactly("sample");
        assertThat(report.requireOk()).isSameAs(report);
    }

    @Test
    void aBundleBuiltAgainstAnOlderMinorOfTheApiStillResolves() throws IOException {
        // Built against API 1.0 (bnd writes [1.0,2)); this platform provides 1.1: minor upgrades keep plugins working.
        Path jar = TestJar.bundle("test.older").program(SampleProgram.class)
                .header("Import-Package", TestJar.API_IMPORTS.replace("[1.1,2)", "[1.0,2)")).writeTo(folder);
        assertThat(PluginResolution.of(jar).check().ok()).isTrue();
    }

    @Test
    void aBundleNeedingTheNextMajorApiDoesNotResolveAndSaysWhichPackage() throws IOException {
        Path jar = TestJar.bundle("test.wrong-api").program(SampleProgram.class)
                .header("Import-Package", "vn.dangbo.portal.api.program;version=\"[2.0,3)\"").writeTo(folder);

        ResolutionReport report = PluginResolution.of(jar).check();

        assertThat(report.resolved()).isFalse();
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).singleElement().asString()
                .startsWith("It does not resolve against the platform's exports")
                .contains("vn.dangbo.portal.api.program").contains("2.0.0");
        assertThatThrownBy(report::requireOk).isInstanceOf(AssertionError.class)
                .hasMessageContaining("test.wrong-api does not come up").hasMessageContaining("vn.dangbo.portal.api.program");
    }

    @Test
    void aBundleNeedingAPackageNobodyProvidesDoesNotResolve() throws IOException {
        Path jar = TestJar.bundle("test.missing").program(SampleProgram.class)
                .header("Import-Package", TestJar.API_IMPORTS + ",com.example.missing;version=\"[1.0,2)\"").writeTo(folder);
        assertThat(PluginResolution.of(jar).check().problems()).singleElement().asString().contains("com.example.missing");
    }

    @Test
    void aComponentThatCannotBeCreatedIsReported() throws IOException {
        Path jar = TestJar.bundle("test.failing").program(FailingProgram.class).withClass(SampleProgram.class)
                .writeTo(folder);

        ResolutionReport report = PluginResolution.of(jar).check();

        assertThat(report.resolved()).isTrue();
        assertThat(report.programCodes()).isEmpty();
        assertThat(report.problems()).containsExactly(
                "Its ProvinceProgram component did not activate (its constructor or @Activate method failed)");
    }

    @Test
    void aBundleWithoutAComponentIsReportedAfterTheTimeout() throws IOException {
        Path jar = TestJar.bundle("test.no-component").withClass(SampleProgram.class).writeTo(folder);
        ResolutionReport report = PluginResolution.of(jar).timeout(Duration.ofMillis(300)).check();
        assertThat(report.problems()).singleElement().asString().contains("registered no ProvinceProgram service");
    }

    @Test
    void aProgramCountingAnotherProvinceThanItsManifestIsReported() throws IOException {
        Path jar = TestJar.bundle("test.other-province").program(SampleProgram.class)
                .header("Portal-Province", "can-tho").writeTo(folder);
        assertThat(PluginResolution.of(jar).check().problems()).singleElement().asString()
                .contains("counts the province 'an-giang' but the manifest names 'can-tho'");
    }

    @Test
    void aManifestWithoutProvinceIsReported() throws IOException {
        Path jar = TestJar.bundle("test.no-province").program(SampleProgram.class).header("Portal-Province", null)
                .writeTo(folder);
        assertThat(PluginResolution.of(jar).check().problems()).contains(
                "The manifest has no Portal-Province header (set it in bnd.bnd)");
    }

    @Test
    void aFileThatIsNoBundleOrNoFileIsReported() throws IOException {
        Path notAJar = Files.writeString(folder.resolve("not.jar"), "hello");
        assertThat(PluginResolution.of(notAJar).check().problems()).singleElement().asString()
                .startsWith("It cannot be installed");
        assertThat(PluginResolution.of(folder.resolve("missing.jar")).check().problems()).singleElement().asString()
                .startsWith("There is no jar at");
    }
}

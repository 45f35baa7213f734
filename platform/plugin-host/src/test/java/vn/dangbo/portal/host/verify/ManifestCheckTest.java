package vn.dangbo.portal.host.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.portal.host.framework.ApiPackageExports;

class ManifestCheckTest {

    /** What platform/api exports, read from its bnd-built manifest as the platform itself does. */
    static final ApiPackageExports API = ApiPackageExports.fromApiJar();

    private final ManifestCheck check = new ManifestCheck(API);
    private final List<String> problems = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void aGoodPluginPassesAndStatesItsNameVersionAndProvince() {
        BundleFacts facts = check.inspect(TestBundles.jar("good-v1"), problems);
        assertThat(problems).isEmpty();
        assertThat(facts).isEqualTo(new BundleFacts("vn.dangbo.portal.fixture.good", "1.0.0", "can-tho",
                "Test bundle: good-v1"));
    }

    @Test
    void anApiRangeThePlatformDoesNotProvideIsNamedPackageByPackage() {
        check.inspect(TestBundles.jar("wrong-api"), problems);
        // good-v1's source imports four API packages: indicator, model, page and program.
        assertThat(problems).hasSize(4).allSatisfy(problem -> assertThat(problem)
                .contains("version range [2.0,3)").contains("this platform provides 1."));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("vn.dangbo.portal.api.program"));
    }

    @Test
    void anEmbeddedCopyOfTheApiIsRefused() {
        check.inspect(TestBundles.jar("embedded-api"), problems);
        assertThat(problems.get(0)).startsWith("It embeds its own copy of the plugin API");
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .startsWith("It exports the platform's API packages itself").contains("vn.dangbo.portal.api.program"));
    }

    @Test
    void aPlainJarIsNoBundleAndHasNoProvince() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        BundleFacts facts = check.inspect(TestBundles.write(dir, out.toByteArray()), problems);
        assertThat(facts.symbolicName()).isNull();
        assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("It is not an OSGi bundle"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("no Portal-Province header"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("no Bundle-Version"));
    }

    @Test
    void somethingThatIsNoJarIsSaidSo() throws Exception {
        check.inspect(TestBundles.write(dir, "hello".getBytes()), problems);
        assertThat(problems).singleElement().asString().startsWith("It is not a jar file");
    }

    @Test
    void theApiExportsAreReadWithTheirVersions() {
        assertThat(API.packages()).containsKey("vn.dangbo.portal.api.query").hasSize(6);
        assertThat(API.isApiPackage("vn.dangbo.portal.api.model")).isTrue();
        assertThat(API.isApiPackage("vn.dangbo.portal.apix")).isFalse();
    }
}

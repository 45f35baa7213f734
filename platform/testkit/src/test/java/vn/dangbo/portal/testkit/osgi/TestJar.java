package vn.dangbo.portal.testkit.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A small plugin jar made in the test, as bnd would make it: a manifest, the classes of the test
 * package {@code sample} and a Declarative Services descriptor for one of them.
 */
final class TestJar {

    static final String API_IMPORTS = "vn.dangbo.portal.api.indicator;version=\"[1.0,2)\","
            + "vn.dangbo.portal.api.model;version=\"[1.0,2)\",vn.dangbo.portal.api.program;version=\"[1.1,2)\"";

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Class<?>> classes = new ArrayList<>();
    private String component;

    private TestJar(String symbolicName) {
        headers.put("Manifest-Version", "1.0");
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", symbolicName);
        headers.put("Bundle-Version", "1.0.0");
        headers.put("Portal-Province", "an-giang");
        headers.put("Import-Package", API_IMPORTS);
    }

    static TestJar bundle(String symbolicName) {
        return new TestJar(symbolicName);
    }

    TestJar header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    TestJar withClass(Class<?> type) {
        classes.add(type);
        return this;
    }

    /** Registers {@code type} as a ProvinceProgram component (the descriptor bnd writes for @Component). */
    TestJar program(Class<?> type) {
        withClass(type);
        component = type.getName();
        headers.put("Service-Component", "OSGI-INF/" + type.getName() + ".xml");
        return this;
    }

    Path writeTo(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        headers.forEach((name, value) -> manifest.getMainAttributes().put(new Attributes.Name(name), value));
        Path jar = folder.resolve(headers.get("Bundle-SymbolicName") + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (component != null) {
                out.putNextEntry(new JarEntry("OSGI-INF/" + component + ".xml"));
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + component + "\">\n"
                        + "  <implementation class=\"" + component + "\"/>\n"
                        + "  <service><provide interface=\"vn.dangbo.portal.api.program.ProvinceProgram\"/></service>\n"
                        + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}

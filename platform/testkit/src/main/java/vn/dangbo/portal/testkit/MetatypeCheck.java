package vn.dangbo.portal.testkit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.dangbo.portal.api.program.SettingDefinition;

/**
 * Checks that a plugin's metatype (the OSGI-INF/metatype XML bnd generates from its
 * {@code @ObjectClassDefinition}, which administrators edit through Configuration Admin) offers the
 * same keys, defaults and options as the {@link SettingDefinition}s the plugin shows on its page.
 */
public final class MetatypeCheck {

    private MetatypeCheck() {
    }

    /** The disagreements, empty when the two agree. */
    public static List<String> problems(InputStream metatypeXml, List<SettingDefinition> settings) {
        Map<String, Element> attributes = attributes(metatypeXml);
        List<String> problems = new ArrayList<>();
        for (SettingDefinition setting : settings) {
            Element ad = attributes.remove(setting.key());
            if (ad == null) {
                problems.add("setting '" + setting.key() + "' has no metatype attribute");
                continue;
            }
            if (!setting.defaultValue().equals(ad.getAttribute("default"))) {
                problems.add("setting '" + setting.key() + "': default '" + setting.defaultValue()
                        + "' but metatype default '" + ad.getAttribute("default") + "'");
            }
            List<String> options = new ArrayList<>();
            NodeList nodes = ad.getElementsByTagName("Option");
            for (int i = 0; i < nodes.getLength(); i++) {
                options.add(((Element) nodes.item(i)).getAttribute("value"));
            }
            List<String> expected = setting.options().stream().map(SettingDefinition.Option::value).toList();
            if (!options.equals(expected)) {
                problems.add("setting '" + setting.key() + "': options " + expected + " but metatype options " + options);
            }
        }
        attributes.keySet().forEach(k -> problems.add("metatype attribute '" + k + "' is not a setting"));
        return problems;
    }

    /** Throws an {@link AssertionError} listing the disagreements. */
    public static void requireAgreement(InputStream metatypeXml, List<SettingDefinition> settings) {
        if (metatypeXml == null) {
            throw new AssertionError("metatype XML not found (is bnd-maven-plugin run before the tests?)");
        }
        List<String> problems = problems(metatypeXml, settings);
        if (!problems.isEmpty()) {
            throw new AssertionError("metatype and settings disagree: " + String.join("; ", problems));
        }
    }

    private static Map<String, Element> attributes(InputStream xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(xml);
            NodeList nodes = document.getElementsByTagName("AD");
            Map<String, Element> attributes = new LinkedHashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element ad = (Element) nodes.item(i);
                attributes.put(ad.getAttribute("id"), ad);
            }
            return attributes;
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot read metatype XML: " + e.getMessage(), e);
        }
    }
}

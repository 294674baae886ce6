package org.relief.testkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code relief-parent} works for a vendor who inherits or imports it: the versions of relief's own
 * artifacts must not be {@code ${project.version}} (in a vendor's project that is the vendor's
 * version, and nothing resolves), and the plugins Maven 3.8.7 would take too old are pinned.
 */
class ParentPomForVendorsTest {
    @Test
    void reliefVersionsAreWrittenOut_andPluginsPinned() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("../pom.xml").toFile());
        Element managed = (Element) pom.getElementsByTagName("dependencyManagement").item(0);
        NodeList deps = managed.getElementsByTagName("dependency");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String group = d.getElementsByTagName("groupId").item(0).getTextContent();
            String version = d.getElementsByTagName("version").item(0).getTextContent();
            if (group.equals("org.relief") && version.contains("project.version")) {
                wrong.add(d.getElementsByTagName("artifactId").item(0).getTextContent() + " " + version);
            }
        }
        assertEquals(List.of(), wrong, "relief's versions in dependencyManagement must not depend on the inheriting project");
        String text = java.nio.file.Files.readString(Path.of("../pom.xml"));
        for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin", "maven-resources-plugin",
                "maven-jar-plugin", "maven-install-plugin", "maven-dependency-plugin")) {
            assertTrue(text.contains("<artifactId>" + plugin + "</artifactId>"), plugin + " pinned in the parent");
        }
    }
}

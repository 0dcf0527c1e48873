package kg.trustbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The BOM manages every library module, at the version of the build, and nothing else. */
class BomTest {

    private static Document pom(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static String child(Element e, String name) {
        NodeList list = e.getElementsByTagName(name);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent().strip();
    }

    @Test
    @DisplayName("the BOM has the parent's version and manages trustbox-core, -jdbc, -pdf, -xlsx and the Spring Boot starter, without a parent of its own")
    void managesTheLibrary() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Element parent = pom(root.resolve("pom.xml")).getDocumentElement();
        Element bom = pom(root.resolve("trustbox-bom/pom.xml")).getDocumentElement();
        assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
        String version = ((Element) parent.getElementsByTagName("version").item(0)).getTextContent().strip();
        assertThat(((Element) bom.getElementsByTagName("version").item(0)).getTextContent().strip()).isEqualTo(version);
        List<String> managed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(child(d, "groupId")).isEqualTo("kg.trustbox");
            managed.add(child(d, "artifactId"));
        }
        assertThat(managed).containsOnly("trustbox-core", "trustbox-jdbc", "trustbox-pdf", "trustbox-xlsx", "trustbox-testing",
                "trustbox-spring-boot-starter").contains("trustbox-core", "trustbox-jdbc", "trustbox-pdf", "trustbox-xlsx",
                "trustbox-testing", "trustbox-spring-boot-starter");
    }
}

package org.gcmkit.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The BOM that consumers import: it manages every published module of the reactor, and nothing else, at the
 * version of the build and without a scope (a scope in a BOM would silently change the consumer's scopes).
 *
 * <p>A module of the root {@code pom.xml} is published when its packaging is not {@code pom} and it does not set
 * {@code maven.deploy.skip} to {@code true} (as {@code examples} and {@code benchmarks} will).
 */
class BomTest {

  private static final Path ROOT = Path.of(System.getProperty("gcmkit.rootDirectory")).normalize();
  private static final String GROUP = "org.gcmkit";
  private static final String BOM = "gcm-bom";

  /** A managed dependency of the BOM. */
  private record Managed(String groupId, String artifactId, String version, Optional<String> scope,
      Optional<String> type) {}

  @Test
  void managesExactlyThePublishedModules() throws Exception {
    Set<String> managed = managed().stream().map(m -> m.groupId() + ":" + m.artifactId())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> published = publishedModules().stream().map(a -> GROUP + ":" + a)
        .collect(Collectors.toCollection(TreeSet::new));

    assertFalse(published.isEmpty(), "the reactor publishes at least one module");
    assertEquals(published, managed, "artifacts managed by gcm-bom/pom.xml vs published modules of pom.xml");
  }

  @Test
  void hasNoScopeInItsManagedDependencies() throws Exception {
    List<String> withScope = managed().stream().filter(m -> m.scope().isPresent())
        .map(m -> m.artifactId() + " has <scope>" + m.scope().get() + "</scope>").collect(Collectors.toList());

    assertEquals(List.of(), withScope);
  }

  @Test
  void managesPlainJarsAtTheVersionOfTheBom() throws Exception {
    for (Managed m : managed()) {
      assertEquals("${project.version}", m.version(), m.artifactId() + " version");
      assertEquals(Optional.empty(), m.type(), m.artifactId() + " type");
    }
  }

  @Test
  void hasTheCoordinatesOfTheBuild() throws Exception {
    Element bom = read(ROOT.resolve(BOM).resolve("pom.xml"));
    Element root = read(ROOT.resolve("pom.xml"));

    assertEquals(GROUP, text(root, "groupId").orElseThrow());
    assertEquals(GROUP, text(bom, "groupId").orElseThrow());
    assertEquals(BOM, text(bom, "artifactId").orElseThrow());
    assertEquals(System.getProperty("gcmkit.version"), text(bom, "version").orElseThrow());
    assertEquals(text(root, "version"), text(bom, "version"), "the BOM's version is the parent's");
    assertTrue(modules(root).contains(BOM), "the BOM is a module of the reactor");
  }

  private static List<Managed> managed() throws IOException {
    Element bom = read(ROOT.resolve(BOM).resolve("pom.xml"));
    Element dependencies = child(child(bom, "dependencyManagement").orElseThrow(), "dependencies").orElseThrow();
    List<Managed> managed = new ArrayList<>();
    for (Element d : children(dependencies, "dependency")) {
      managed.add(new Managed(text(d, "groupId").orElseThrow(), text(d, "artifactId").orElseThrow(),
          text(d, "version").orElseThrow(), text(d, "scope"), text(d, "type")));
    }
    return managed;
  }

  private static Set<String> publishedModules() throws IOException {
    Set<String> published = new TreeSet<>();
    for (String module : modules(read(ROOT.resolve("pom.xml")))) {
      Element pom = read(ROOT.resolve(module).resolve("pom.xml"));
      boolean pomPackaging = text(pom, "packaging").orElse("jar").equals("pom");
      boolean deploySkipped = child(pom, "properties").flatMap(p -> text(p, "maven.deploy.skip"))
          .map(Boolean::parseBoolean).orElse(false);
      if (!pomPackaging && !deploySkipped) {
        published.add(text(pom, "artifactId").orElseThrow());
      }
    }
    return published;
  }

  private static List<String> modules(Element pom) {
    return child(pom, "modules").map(m -> children(m, "module")).orElse(List.of()).stream()
        .map(e -> e.getTextContent().strip()).collect(Collectors.toList());
  }

  private static Element read(Path pom) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + pom, e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        children.add(e);
      }
    }
    return children;
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> children = children(parent, name);
    return children.isEmpty() ? Optional.empty() : Optional.of(children.get(0));
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip());
  }
}

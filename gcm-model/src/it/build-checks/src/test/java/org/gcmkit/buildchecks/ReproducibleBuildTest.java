package org.gcmkit.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two clean builds of the same sources give byte-identical jars.
 *
 * <p>Before this test runs, gcm-model's build copied its {@code pom.xml} and {@code src/main} to
 * {@code target/reproducibility/sources}, and the invoker cloned that into two fresh directories,
 * {@code target/reproducibility/build-1} and {@code build-2}, and ran {@code clean package} in each, one after the
 * other, in separate Maven processes. The jars of the two builds are compared here.
 */
class ReproducibleBuildTest {

  private static final Path REPRODUCIBILITY = Path.of(System.getProperty("gcmkit.reproducibilityDirectory"));
  private static final String ARTIFACT = System.getProperty("gcmkit.reproducibilityArtifact");
  private static final String VERSION = System.getProperty("gcmkit.version");

  private static Path jar(String build, String classifier) {
    return module(build).resolve("target").resolve(ARTIFACT + "-" + VERSION + classifier + ".jar");
  }

  private static Path module(String build) {
    return REPRODUCIBILITY.resolve(build).resolve(ARTIFACT);
  }

  @Test
  void comparesTwoDifferentBuildDirectories() throws IOException {
    Path first = module("build-1").toRealPath();
    Path second = module("build-2").toRealPath();

    assertNotEquals(first, second);
    assertTrue(Files.isRegularFile(first.resolve("target/classes/module-info.class")), "build-1 compiled the module");
    assertTrue(Files.isRegularFile(second.resolve("target/classes/module-info.class")), "build-2 compiled the module");
  }

  @ParameterizedTest(name = "{0} jar")
  @ValueSource(strings = {"", "-sources", "-javadoc"})
  void jarIsByteIdenticalInTwoCleanBuilds(String classifier) throws IOException {
    Path first = jar("build-1", classifier);
    Path second = jar("build-2", classifier);
    assertTrue(Files.isRegularFile(first), first + " was built");
    assertTrue(Files.isRegularFile(second), second + " was built");

    assertEquals(sha256(first), sha256(second),
        () -> first.getFileName() + " differs between the two builds: " + differences(first, second));
  }

  @ParameterizedTest(name = "{0} jar")
  @ValueSource(strings = {"", "-sources", "-javadoc"})
  void everyEntryHasTheSameFixedTimestamp(String classifier) throws IOException {
    Set<FileTime> times = new TreeSet<>();
    try (ZipFile zip = new ZipFile(jar("build-1", classifier).toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        times.add(e.nextElement().getLastModifiedTime());
      }
    }

    assertEquals(1, times.size(), "distinct entry times (project.build.outputTimestamp not applied?): " + times);
  }

  private static String sha256(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  /** The first entries whose presence, content or time differ, to say why two jars differ. */
  private static List<String> differences(Path first, Path second) {
    try {
      Map<String, String> a = entries(first);
      Map<String, String> b = entries(second);
      List<String> differences = new ArrayList<>();
      Set<String> names = new TreeSet<>(a.keySet());
      names.addAll(b.keySet());
      for (String name : names) {
        if (!String.valueOf(a.get(name)).equals(String.valueOf(b.get(name)))) {
          differences.add(name + " [" + a.get(name) + " | " + b.get(name) + "]");
        }
      }
      if (differences.isEmpty()) {
        differences.add("same entries, contents and times: the order of entries or the archive metadata differ");
      }
      int shown = 10;
      if (differences.size() > shown) {
        int more = differences.size() - shown;
        differences = new ArrayList<>(differences.subList(0, shown));
        differences.add("... and " + more + " more");
      }
      return differences;
    } catch (IOException e) {
      return List.of("cannot read the jars: " + e);
    }
  }

  private static Map<String, String> entries(Path jar) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        try (InputStream in = zip.getInputStream(entry)) {
          String digest = sha256(in.readAllBytes()).substring(0, 12);
          entries.put(entry.getName(), "time " + entry.getLastModifiedTime() + ", sha-256 " + digest);
        }
      }
    }
    return entries;
  }
}

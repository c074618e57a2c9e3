package org.gcmkit.consumer.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks what a consumer gets at run time when it declares gcm-model: the runtime dependencies as Maven resolved them
 * for this project (written by {@code dependency:list} before the tests run).
 */
class RuntimeDependenciesTest {

  /**
   * The resolved runtime dependencies, keyed by {@code groupId:artifactId}, valued {@code type:version:scope}.
   * {@code dependency:list} writes one line per artifact, {@code groupId:artifactId:type:version:scope}, followed
   * by {@code " -- module NAME"} when the artifact is a module.
   */
  private static Map<String, String> runtimeDependencies() throws IOException {
    Path file = Path.of(System.getProperty("runtime.dependencies.file"));
    Map<String, String> dependencies = new TreeMap<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines) {
      String coordinates = line.strip().split("\\s+", 2)[0];
      String[] parts = coordinates.split(":");
      if (parts.length == 5) {
        dependencies.put(parts[0] + ":" + parts[1], parts[2] + ":" + parts[3] + ":" + parts[4]);
      }
    }
    assertFalse(dependencies.isEmpty(), "no dependency found in " + file + ":\n" + String.join("\n", lines));
    return dependencies;
  }

  @Test
  void gcmModelBringsOnlyJakartaValidationApiAtRunTime() throws IOException {
    assertEquals(
        List.of("jakarta.validation:jakarta.validation-api", "org.gcmkit:gcm-model"),
        List.copyOf(runtimeDependencies().keySet()));
  }

  @Test
  void bomManagesTheVersionAndCompileScopeOfGcmModel() throws IOException {
    String expected = "jar:" + System.getProperty("gcmkit.version") + ":compile";

    assertEquals(expected, runtimeDependencies().get("org.gcmkit:gcm-model"));
  }
}

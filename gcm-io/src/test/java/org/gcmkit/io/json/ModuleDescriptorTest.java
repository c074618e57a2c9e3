package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The descriptor of gcm-io, read from the compiled {@code module-info.class}: the JSON API is exported, nothing
 * internal is, and the internals are opened to Jackson alone.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void moduleIsNamedOrgGcmkitIo() throws IOException {
    assertThat(descriptor().name()).isEqualTo("org.gcmkit.io");
  }

  @Test
  void jsonApiIsTheOnlyExportedJsonPackage() throws IOException {
    Set<String> jsonExports = descriptor().exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .filter(p -> p.startsWith("org.gcmkit.io.json"))
        .collect(Collectors.toSet());

    assertThat(jsonExports).containsExactly("org.gcmkit.io.json");
  }

  @Test
  void exportsAreUnqualified() throws IOException {
    assertThat(descriptor().exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
  }

  @Test
  void noInternalPackageIsExported() throws IOException {
    assertThat(descriptor().exports()).noneSatisfy(e -> assertThat(e.source()).contains(".internal"));
  }

  @Test
  void jsonInternalsAreOpenedToJacksonOnly() throws IOException {
    assertThat(descriptor().opens()).filteredOn(o -> o.source().equals("org.gcmkit.io.json.internal"))
        .singleElement()
        .satisfies(o -> assertThat(o.targets()).containsExactly("tools.jackson.databind"));
  }

  @Test
  void modelAndJacksonAreVisibleToConsumers() throws IOException {
    Set<String> transitive = descriptor().requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());

    assertThat(transitive).contains("org.gcmkit.model", "tools.jackson.databind");
  }
}

package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples are a module that needs only gcmkit's public API. */
class ModuleTest {

  private static ModuleDescriptor descriptor() {
    return ModuleFinder.of(Path.of("target", "classes")).findAll().iterator().next().descriptor();
  }

  @Test
  void isTheModuleOrgGcmkitExamples() {
    assertThat(descriptor().name()).isEqualTo("org.gcmkit.examples");
  }

  @Test
  void exportsTheExamplesOnly() {
    assertThat(descriptor().exports()).map(Exports::source).containsExactly("org.gcmkit.examples");
  }

  @Test
  void requiresGcmkitModulesOnly() {
    assertThat(descriptor().requires()).map(ModuleDescriptor.Requires::name)
        .allMatch(n -> n.startsWith("org.gcmkit.") || n.equals("java.base") || n.equals("org.jspecify"));
  }
}

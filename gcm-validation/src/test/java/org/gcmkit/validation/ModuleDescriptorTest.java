package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports its API package only, and reads the model and Hibernate Validator. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() {
    ModuleReference ref = ModuleFinder.of(Path.of("target", "classes")).find("org.gcmkit.validation").orElseThrow();
    return ref.descriptor();
  }

  @Test
  void exportsOnlyTheApiPackage() {
    assertThat(descriptor().exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.gcmkit.validation");
    assertThat(descriptor().exports()).allMatch(e -> !e.isQualified());
  }

  @Test
  void opensNothing() {
    assertThat(descriptor().opens()).isEmpty();
    assertThat(descriptor().isOpen()).isFalse();
  }

  @Test
  void keepsItsImplementationInAnUnexportedPackage() {
    assertThat(descriptor().packages()).contains("org.gcmkit.validation.internal");
    assertThat(descriptor().exports()).noneMatch(e -> e.source().contains("internal"));
  }

  @Test
  void requiresTheModelAndHibernateValidatorTransitively() {
    Set<String> transitive = descriptor().requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());

    assertThat(transitive).containsExactlyInAnyOrder("org.gcmkit.model", "org.hibernate.validator");
    assertThat(descriptor().requires()).filteredOn(r -> r.name().equals("org.jspecify"))
        .singleElement().satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}

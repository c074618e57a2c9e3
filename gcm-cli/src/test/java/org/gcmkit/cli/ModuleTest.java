package org.gcmkit.cli;

import static java.lang.module.ModuleDescriptor.Requires.Modifier.STATIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A black-box test of the compiled module descriptor of gcm-cli: it exports only the launcher class's package and
 * opens its commands to picocli alone.
 */
class ModuleTest {

  private static final String MODULE = "org.gcmkit.cli";

  private static final Set<String> EXPORTED = Set.of("org.gcmkit.cli");

  private static final Map<String, Set<String>> OPENED = Map.of("org.gcmkit.cli.internal", Set.of("info.picocli"));

  private static final Map<String, Set<Requires.Modifier>> REQUIRED = Map.of(
      "org.gcmkit.io", Set.of(),
      "org.gcmkit.validation", Set.of(),
      "info.picocli", Set.of(),
      "java.logging", Set.of(),
      "org.jspecify", Set.of(STATIC));

  private static ModuleDescriptor descriptor() {
    ModuleFinder finder = ModuleFinder.of(Path.of("target", "classes"));
    Set<ModuleReference> found = finder.findAll();
    assertThat(found).as("module descriptors in target/classes").hasSize(1);
    return found.iterator().next().descriptor();
  }

  @Test
  void hasTheModuleName() {
    assertThat(descriptor().name()).isEqualTo(MODULE);
  }

  @Test
  void isNotAnOpenOrAutomaticModule() {
    ModuleDescriptor descriptor = descriptor();

    assertThat(descriptor.isOpen()).as("open module").isFalse();
    assertThat(descriptor.isAutomatic()).as("automatic module").isFalse();
  }

  @Test
  void exportsExactlyTheApiPackagesToEveryone() {
    Set<Exports> exports = descriptor().exports();

    assertThat(exports).allSatisfy(e -> assertThat(e.isQualified()).as("qualified export of %s", e.source()).isFalse());
    assertThat(exports.stream().map(Exports::source)).containsExactlyInAnyOrderElementsOf(EXPORTED);
  }

  @Test
  void opensTheCommandsToPicocliOnly() {
    Map<String, Set<String>> opens = descriptor().opens().stream()
        .collect(Collectors.toMap(Opens::source, Opens::targets));

    assertThat(opens).containsExactlyInAnyOrderEntriesOf(OPENED);
  }

  @Test
  void keepsEveryUnexportedPackageInternal() {
    Set<String> hidden = new TreeSet<>(descriptor().packages());
    hidden.removeAll(EXPORTED);

    assertThat(hidden).allMatch(p -> p.equals(MODULE + ".internal") || p.startsWith(MODULE + ".internal."));
  }

  @Test
  void requiresExactlyTheDeclaredModules() {
    Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
    for (Requires r : descriptor().requires()) {
      if (!r.name().equals("java.base")) {
        requires.put(r.name(), r.modifiers());
      }
    }

    assertThat(requires).containsExactlyInAnyOrderEntriesOf(REQUIRED);
  }

  @Test
  void runReturnsTheExitCodeWithoutExiting() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

    int exit = Gcm.run(out, err, "--version");

    assertThat(exit).isZero();
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("gcm ");
  }
}

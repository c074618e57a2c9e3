package org.gcmkit.calendar;

import static java.lang.module.ModuleDescriptor.Requires.Modifier.STATIC;
import static java.lang.module.ModuleDescriptor.Requires.Modifier.TRANSITIVE;
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
 * A black-box test of the compiled module descriptor: it reads {@code module-info.class} from {@code target/classes}
 * with a {@link ModuleFinder}, as a consumer's module system would, and pins what the module promises.
 *
 * <p>Every module has a copy of this test: copy the file, then change the four constants.
 */
class ModuleTest {

  private static final String MODULE = "org.gcmkit.calendar";

  private static final Set<String> EXPORTED = Set.of("org.gcmkit.calendar", "org.gcmkit.calendar.recur");

  /** The packages opened for reflection: the feed definitions, for JSON binding and validation. */
  private static final Set<String> OPENED = Set.of("org.gcmkit.calendar");

  /**
   * Every {@code requires} except the mandated {@code java.base}, with its modifiers: the run-time dependencies are
   * {@code requires transitive} (they appear in the API), annotations needed only to compile are {@code static}.
   */
  private static final Map<String, Set<Requires.Modifier>> REQUIRED = Map.of(
      "org.gcmkit.model", Set.of(TRANSITIVE),
      "org.immutables.value.annotations", Set.of(STATIC),
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
    Set<String> exported = exports.stream().map(Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrderElementsOf(EXPORTED);
  }

  @Test
  void exportsNoInternalPackage() {
    assertThat(descriptor().exports()).map(Exports::source).noneMatch(p -> p.contains("internal"));
  }

  @Test
  void opensExactlyTheDeclaredPackagesToEveryone() {
    Set<Opens> opens = descriptor().opens();

    assertThat(opens).allSatisfy(o -> assertThat(o.isQualified()).as("qualified opens of %s", o.source()).isFalse());
    assertThat(opens).map(Opens::source).containsExactlyInAnyOrderElementsOf(OPENED);
  }

  @Test
  void keepsEveryUnexportedPackageInternal() {
    ModuleDescriptor descriptor = descriptor();
    Set<String> hidden = new TreeSet<>(descriptor.packages());
    hidden.removeAll(EXPORTED);

    assertThat(hidden).as("packages neither exported nor under %s.internal", MODULE).allMatch(ModuleTest::isInternal);
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

  private static boolean isInternal(String pkg) {
    return pkg.equals(MODULE + ".internal") || pkg.startsWith(MODULE + ".internal.");
  }
}

package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.io.json.internal.FormatCatalog;
import org.gcmkit.model.DataSet;
import org.junit.jupiter.api.Test;

/** The format covers the whole model: every record type, every attribute, every enum. */
class ModelCoverageTest {

  /** The simple names of the classes in the model's package. */
  private static Set<String> modelClasses() throws IOException, URISyntaxException {
    Path location = Path.of(DataSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return list(location.resolve("org/gcmkit/model"));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return list(jar.getPath("org/gcmkit/model"));
    }
  }

  private static Set<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void everyImmutableTypeOfTheModelIsBound() throws Exception {
    Set<String> immutables = modelClasses().stream()
        .filter(n -> n.startsWith("Immutable"))
        .map(n -> n.substring("Immutable".length()))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> bound = new TreeSet<>();
    FormatCatalog.allProperties().keySet().forEach(c -> bound.add(c.getSimpleName()));

    assertThat(bound).containsAll(immutables);
  }

  @Test
  void everyAttributeOfEveryRecordIsAProperty() {
    List<Class<?>> records = new ArrayList<>();
    records.add(DataSet.class);
    FormatCatalog.records().forEach(b -> records.add(b.type()));
    for (Class<?> type : records) {
      Set<String> properties = new HashSet<>(FormatCatalog.properties(type));
      properties.remove("format");
      assertThat(new TreeSet<>(properties)).as(type.getSimpleName()).isEqualTo(ModelTypes.attributes(type));
    }
  }

  @Test
  void everyEnumOfTheModelHasJsonNames() throws Exception {
    Set<String> enums = new TreeSet<>();
    for (String name : modelClasses()) {
      Class<?> c = Class.forName("org.gcmkit.model." + name);
      if (c.isEnum()) {
        enums.add(name);
      }
    }
    Set<String> registered = FormatCatalog.ENUMS.stream().map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(registered).isEqualTo(enums);
  }

  @Test
  void propertyNamesAreUniqueWithinEachType() {
    FormatCatalog.allProperties().forEach((type, names) ->
        assertThat(names).as(type.getSimpleName()).doesNotHaveDuplicates());
  }
}

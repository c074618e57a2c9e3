package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README shows what the code does: its snippets are the examples' code, its commands are CI's. */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** The text of a section, from its {@code ## } heading to the next. */
  private static String section(String heading) throws IOException {
    String text = readme();
    int start = text.indexOf("\n## " + heading + "\n");
    assertThat(start).as("section %s", heading).isNotNegative();
    int end = text.indexOf("\n## ", start + 4);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  private static List<String> blocks(String text, String language) {
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        blocks.add(m.group(2));
      }
    }
    return blocks;
  }

  /** Lines without their indentation and trailing blanks, so that a snippet matches however deeply it was nested. */
  private static String normalise(String code) {
    return code.lines().map(String::strip).collect(Collectors.joining("\n"));
  }

  @Test
  void everyJavaSnippetOfTheExamplesSectionIsInTheExamplesSources() throws IOException {
    String sources;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java"))
          .map(f -> {
            try {
              return normalise(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .collect(Collectors.joining("\n\n"));
    }
    List<String> snippets = blocks(section("Examples"), "java");

    assertThat(snippets).hasSize(5);
    assertThat(snippets).allSatisfy(s -> assertThat(sources).contains(normalise(s).strip()));
  }

  @Test
  void quickStartIsTheFeedAndTheTests() throws IOException {
    assertThat(blocks(section("Quick start"), "sh")).containsExactly("./gcm feed -o gcm.ics\n./mvnw -B verify\n");
  }

  @Test
  void testCommandIsTheCommandThatCiRuns() throws IOException {
    List<String> ci = Files.readAllLines(ROOT.resolve(".ci").resolve("run"), StandardCharsets.UTF_8);

    assertThat(blocks(section("Building and testing"), "sh"))
        .containsExactly(ci.get(ci.size() - 1) + "\n");
  }

  @Test
  void partnerDataOutputIsTheOneShown() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PartnerData.run(ROOT.resolve("examples/data/partner-events.json"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8).replace("../examples/", "examples/");

    List<String> shown = blocks(section("Examples"), "text");

    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).lines()).isNotEmpty().allSatisfy(line -> assertThat(output).contains(line + "\n"));
  }
}

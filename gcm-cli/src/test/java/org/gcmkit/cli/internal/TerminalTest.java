package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalTest {

  @Test
  void aDescriptorLinkedToAPseudoTerminalIsATerminal(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));

    assertThat(Terminal.isTerminalDevice(link)).contains(true);
  }

  @Test
  void aDescriptorLinkedToAFileIsNoTerminal(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("2"), dir.resolve("report.txt"));

    assertThat(Terminal.isTerminalDevice(link)).contains(false);
  }

  @Test
  void withoutADescriptorLinkTheAnswerIsUnknown(@TempDir Path dir) {
    assertThat(Terminal.isTerminalDevice(dir.resolve("missing"))).isEmpty();
  }
}

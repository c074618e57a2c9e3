package org.gcmkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.gcmkit.cli.Gcm;
import org.junit.jupiter.api.Test;

/** The {@code ./gcm} launcher at the repository root: executable, building without installing, running this module. */
class LauncherTest {

  private static final Path LAUNCHER = Path.of("..", "gcm");

  private static String script() throws IOException {
    return Files.readString(LAUNCHER, StandardCharsets.UTF_8);
  }

  @Test
  void isAnExecutableBashScript() throws IOException {
    assertThat(Files.isExecutable(LAUNCHER)).isTrue();
    assertThat(script()).startsWith("#!/usr/bin/env bash\n");
  }

  @Test
  void buildsWithTheWrapperWithoutInstalling() throws IOException {
    String code = script().lines().filter(l -> !l.strip().startsWith("#")).collect(Collectors.joining("\n"));

    assertThat(code).contains("./mvnw -B -q -pl gcm-cli -am package").doesNotContain("install");
  }

  @Test
  void runsTheMainClassOfThisModuleOnTheModulePath() throws IOException {
    String main = Gcm.class.getModule().getName() + "/" + Gcm.class.getName();

    assertThat(script()).contains("-m " + main + " \"$@\"").contains("-p \"$jar:$lib\"")
        .contains("${JAVA_OPTS:-}");
  }
}

package org.gcmkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of gcm, from the build (a filtered resource), and of the Java runtime. */
final class VersionProvider implements IVersionProvider {

  /**
   * The version of gcmkit this gcm was built from.
   *
   * @return for example {@code "0.1.0-SNAPSHOT"}
   */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the gcm-cli jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
        "gcm " + version(),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name", "unknown VM") + ")"
    };
  }
}

package org.gcmkit.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Output to standard output, or to a file replaced only when the whole output is written: the data goes to a
 * temporary file in the target's directory, which is then moved over the target (atomically where the file system
 * can). A failure leaves the target as it was and no temporary file behind.
 */
final class AtomicOutput {

  /** Writes the output to a stream. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicOutput() {}

  /**
   * Writes to a file, or to standard output when the file is absent or {@code -}.
   *
   * @param target the file, or {@code null}
   * @param terminal the streams
   * @param body what to write
   * @throws UserException if the file cannot be written
   */
  static void write(@Nullable Path target, Terminal terminal, Body body) {
    if (target == null || target.toString().equals("-")) {
      terminal.outText().flush();
      try {
        body.writeTo(terminal.out());
        terminal.out().flush();
      } catch (IOException e) {
        throw new UserException("cannot write to standard output: " + Cli.reason(e), e);
      }
      return;
    }
    Path file = target.toAbsolutePath();
    if (Files.isDirectory(file)) {
      throw new UserException("cannot write " + target + ": it is a directory");
    }
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserException("cannot write " + target + ": no such directory " + (dir == null ? "" : dir));
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new UserException("cannot write " + target + ": permission denied");
    }
    Path temp;
    try {
      temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new UserException("cannot write " + target + ": " + Cli.reason(e), e);
    }
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        body.writeTo(out);
      }
      permissions(temp, file);
      move(temp, file);
      moved = true;
    } catch (IOException e) {
      throw new UserException("cannot write " + target + ": " + Cli.reason(e), e);
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  /** The permissions of the file it replaces, or {@code rw-r--r--} for a new file (temporary files are private). */
  private static void permissions(Path temp, Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    view.setPermissions(Files.exists(file) ? Files.getPosixFilePermissions(file) : NEW_FILE);
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The temporary file stays; the error that got us here is the one to report.
      temp.toFile().deleteOnExit();
    }
  }
}

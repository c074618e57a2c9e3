package org.gcmkit.cli.internal;

/** The exit codes of {@code gcm}, as {@code docs/cli.md} documents them. */
final class ExitCodes {

  /** Done; for {@code validate}: no file has an error. */
  static final int OK = 0;

  /** {@code validate} found at least one error. */
  static final int ERRORS = 1;

  /** Bad usage, or a file that cannot be read or written. */
  static final int USAGE_OR_IO = 2;

  /** A bug in gcm. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}

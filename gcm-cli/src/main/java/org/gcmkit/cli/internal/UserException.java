package org.gcmkit.cli.internal;

/**
 * A problem of the user's making that ends a command with a message and no stack trace: a file that cannot be read
 * or written, input that cannot be used. Exit code 2.
 */
final class UserException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }

  UserException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.haven.cli;

/** A mistake in what the user asked for (a path, a value): reported in one line, exit code 2. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}

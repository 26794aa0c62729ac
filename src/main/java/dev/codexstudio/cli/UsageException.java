package dev.codexstudio.cli;

/** Bad usage or unreadable input: reported in one line, exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}

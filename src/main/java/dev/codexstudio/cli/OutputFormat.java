package dev.codexstudio.cli;

/** {@code --format}: how a command prints data. */
enum OutputFormat {
    text,
    json,
    sarif
}

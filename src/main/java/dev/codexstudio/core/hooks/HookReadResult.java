package dev.codexstudio.core.hooks;

import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one hook source.
 *
 * @param path    the file
 * @param source  the hooks read, or {@code null} when Codex skips the file (or there is nothing to read)
 * @param failure why Codex skips the whole file, or {@code null}
 */
public record HookReadResult(Path path, HookSource source, Failure failure) {

    public HookReadResult {
        Objects.requireNonNull(path, "path");
    }

    /** Why a source is skipped (hooks.json) or why Codex refuses the config (inline TOML). */
    public enum FailureKind {
        /** The file could not be read as UTF-8 text ({@code failed to read hooks config}). */
        READ,
        /** hooks.json does not deserialize ({@code failed to parse hooks config}). */
        PARSE,
        /** The TOML {@code [hooks]} table has a wrong type: Codex refuses to load the whole config. */
        CONFIG,
        /** The studio will not parse the file (too large for a stack file). */
        STUDIO_LIMIT
    }

    /**
     * @param kind       what went wrong
     * @param message    Codex's exact message (a startup warning for hooks.json; {@code path:line:col: msg} for
     *                   TOML config errors)
     * @param detail     the underlying parser message (serde's, without position)
     * @param position   where it went wrong
     */
    public record Failure(FailureKind kind, String message, String detail, SourcePosition position) {
        public Failure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(position, "position");
        }
    }

    public static HookReadResult ok(Path path, HookSource source) {
        return new HookReadResult(path, source, null);
    }

    public static HookReadResult failed(Path path, Failure failure) {
        return new HookReadResult(path, null, failure);
    }

    /** Nothing to read (no file, or no {@code [hooks]} table). */
    public static HookReadResult absent(Path path) {
        return new HookReadResult(path, null, null);
    }

    public Optional<HookSource> optionalSource() {
        return Optional.ofNullable(source);
    }

    public Optional<Failure> optionalFailure() {
        return Optional.ofNullable(failure);
    }

    /** Codex's warnings for this read (at most one: the failure message of a skipped hooks.json). */
    public List<String> codexWarnings() {
        if (failure != null && (failure.kind() == FailureKind.READ || failure.kind() == FailureKind.PARSE)) {
            return List.of(failure.message());
        }
        return List.of();
    }
}

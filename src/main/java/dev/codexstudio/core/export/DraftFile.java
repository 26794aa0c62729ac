package dev.codexstudio.core.export;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a stack to be written: a path relative to the root of its scope, its bytes, and whether it is
 * an executable script.
 *
 * @param path       relative path with {@code /} separators (checked by {@link #pathProblem})
 * @param content    the bytes to write
 * @param scope      where the file belongs
 * @param executable whether the written file gets its executable bits
 * @param purpose    a short plain-words description shown in previews and reports
 */
public record DraftFile(String path, byte[] content, FileScope scope, boolean executable, String purpose) {

    public DraftFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(scope, "scope");
        purpose = purpose == null ? "" : purpose;
        Optional<String> problem = pathProblem(path);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("unsafe file name '" + path + "': " + problem.get());
        }
        content = content.clone();
    }

    /** A text file (UTF-8). */
    public static DraftFile text(String path, String text, FileScope scope, boolean executable, String purpose) {
        return new DraftFile(path, text.getBytes(StandardCharsets.UTF_8), scope, executable, purpose);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * Why a relative name is unsafe to write under a target folder, or empty when it is safe: it must be
     * relative, use {@code /}, and have no empty, {@code .} or {@code ..} segment, no backslash, no NUL and no
     * drive letter.
     */
    public static Optional<String> pathProblem(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.of("the name is empty");
        }
        if (path.indexOf('\0') >= 0) {
            return Optional.of("the name contains a NUL byte");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("use '/' as the separator, not '\\'");
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return Optional.of("absolute names are not allowed");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("the name has an empty segment");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("'" + segment + "' segments are not allowed");
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DraftFile other && path.equals(other.path) && java.util.Arrays.equals(content, other.content)
            && scope == other.scope && executable == other.executable && purpose.equals(other.purpose);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, java.util.Arrays.hashCode(content), scope, executable, purpose);
    }

    @Override
    public String toString() {
        return "DraftFile[" + scope + ":" + path + (executable ? " (x)" : "") + ", " + content.length + " bytes]";
    }
}

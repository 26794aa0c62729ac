package dev.codexstudio.robust.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a directory tree from fuzz input, for the AGENTS.md discovery target.
 *
 * <p>Format: records separated by the byte {@code 0x1E}. The first record is the whole content of
 * {@code <base>/AGENTS.md} (so any AGENTS.md is a valid seed as it is). Every further record is a header line,
 * then the file's content: the header is a path relative to the base ({@code a/b/AGENTS.override.md},
 * {@code .codex/config.toml}); a header {@code L:a/b} makes {@code a/b} a symbolic link back to the base (a loop).
 * Paths are confined to the base: each segment keeps only {@code [A-Za-z0-9._-]}, {@code .} and {@code ..}
 * become {@code _}, at most 12 segments of 40 characters; a header without a {@code .} in its last segment
 * names a directory and gets an {@code AGENTS.md}.
 */
final class GeneratedTree {

    private static final int MAX_RECORDS = 24;
    private static final int MAX_SEGMENTS = 12;
    private static final int MAX_SEGMENT_LENGTH = 40;

    private GeneratedTree() {
    }

    /** Replaces {@code base} by the tree of {@code input}; returns the directories to view it from (base first). */
    static List<Path> build(Path base, byte[] input) {
        StackSandbox.deleteTree(base);
        Set<Path> dirs = new LinkedHashSet<>();
        try {
            Files.createDirectories(base);
            dirs.add(base);
            List<byte[]> records = split(input);
            write(base.resolve("AGENTS.md"), records.get(0));
            for (int i = 1; i < records.size() && i < MAX_RECORDS; i++) {
                byte[] r = records.get(i);
                int nl = indexOf(r, (byte) '\n');
                String header = new String(r, 0, nl < 0 ? r.length : nl, java.nio.charset.StandardCharsets.ISO_8859_1);
                byte[] content = nl < 0 ? new byte[0] : Arrays.copyOfRange(r, nl + 1, r.length);
                boolean link = header.startsWith("L:");
                Path rel = confined(link ? header.substring(2) : header);
                if (rel == null) {
                    continue;
                }
                Path target = base.resolve(rel);
                String last = rel.getFileName().toString();
                try {
                    if (link) {
                        Files.createDirectories(target.getParent());
                        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                            Files.createSymbolicLink(target, base);
                        }
                        continue;
                    }
                    if (!last.contains(".")) {
                        target = target.resolve("AGENTS.md");
                    }
                    write(target, content);
                    for (Path d = target.getParent(); d != null && d.startsWith(base); d = d.getParent()) {
                        dirs.add(d);
                    }
                } catch (IOException e) {
                    // a path through a file or a link: the record is dropped, as a real tree could not hold it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> out = new ArrayList<>(dirs);
        return out.subList(0, Math.min(out.size(), 10));
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("a directory");
        }
        Files.write(file, content);
    }

    /** The header as a relative path inside the base, or {@code null} when nothing is left of it. */
    static Path confined(String header) {
        List<String> segments = new ArrayList<>();
        for (String s : header.split("/")) {
            if (s.isEmpty()) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                        || c == '.' || c == '_' || c == '-';
                b.append(ok ? c : '_');
            }
            String seg = b.length() > MAX_SEGMENT_LENGTH ? b.substring(0, MAX_SEGMENT_LENGTH) : b.toString();
            if (seg.equals(".") || seg.equals("..")) {
                seg = "_";
            }
            segments.add(seg);
            if (segments.size() == MAX_SEGMENTS) {
                break;
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        return Path.of(segments.get(0), segments.subList(1, segments.size()).toArray(String[]::new));
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == 0x1E) {
                out.add(Arrays.copyOfRange(input, from, i));
                from = i + 1;
            }
        }
        return out;
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}

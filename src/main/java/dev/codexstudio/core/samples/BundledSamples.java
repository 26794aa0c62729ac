package dev.codexstudio.core.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample stacks shipped inside the studio (the project's {@code samples/} folder, packaged as resources
 * under {@code /dev/codexstudio/samples/}), so an installed studio can offer them on first run. A sample is
 * extracted once into a folder of the user's and then opened from there: its {@code repo/} as the repository,
 * its {@code codex-home/} as the Codex home and, when present, its {@code managed/} as the system directory.
 */
public final class BundledSamples {

    /** Where the samples live on the class path. */
    public static final String RESOURCE_ROOT = "/dev/codexstudio/samples";

    /** A row of the README's table: | [`name/`](link) | project | teaches |, where cells may hold escaped pipes. */
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\|\\s*\\[`([a-z0-9-]+)/?`]\\([^)]*\\)\\s*\\|((?:\\\\\\||[^|])*)\\|((?:\\\\\\||[^|])*)\\|");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** One sample: its folder name, what the project is, and what it teaches (from samples/README.md). */
    public record Sample(String name, String project, String teaches) {
    }

    /** An extracted sample on disk. {@code reused} is true when it was already there (and left untouched). */
    public record Extracted(String name, Path dir, Path repo, Path codexHome, Optional<Path> managed, boolean reused) {
    }

    private final Path root;

    private BundledSamples(Path root) {
        this.root = root;
    }

    /** The samples on this class path, or empty when the build did not package any. */
    public static Optional<BundledSamples> fromClassPath() {
        URL readme = BundledSamples.class.getResource(RESOURCE_ROOT + "/README.md");
        if (readme == null) {
            return Optional.empty();
        }
        try {
            URI uri = readme.toURI();
            Path file;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                file = fs.provider().getPath(uri);
            } else {
                file = Path.of(uri);
            }
            return Optional.of(new BundledSamples(file.getParent()));
        } catch (URISyntaxException | IOException e) {
            return Optional.empty();
        }
    }

    /** Samples in a folder laid out like the project's {@code samples/} (for tests and the command line). */
    public static BundledSamples fromDirectory(Path dir) {
        return new BundledSamples(dir);
    }

    /** The samples, in the order samples/README.md lists them; folders it does not list come after, by name. */
    public List<Sample> list() {
        List<Sample> samples = new ArrayList<>();
        Path readme = root.resolve("README.md");
        if (Files.isRegularFile(readme)) {
            try {
                for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                    Matcher m = TABLE_ROW.matcher(line);
                    if (m.find() && Files.isDirectory(root.resolve(m.group(1)).resolve("repo"))) {
                        samples.add(new Sample(m.group(1), plain(m.group(2)), plain(m.group(3))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> Files.isDirectory(d.resolve("repo")))
                    .map(d -> d.getFileName().toString().replace("/", ""))
                    .sorted()
                    .filter(n -> samples.stream().noneMatch(s -> s.name().equals(n)))
                    .forEach(n -> samples.add(new Sample(n, n, "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(samples);
    }

    /** A table cell as plain text: escaped pipes unescaped, code marks dropped. */
    private static String plain(String cell) {
        return cell.replace("\\|", "|").replace("`", "").strip();
    }

    public Optional<Sample> find(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Extracts a sample into {@code baseDir/<name>} and returns where its parts are. A sample already extracted
     * there is reused as it is (the user may have edited it: nothing is overwritten). Extraction goes to a
     * temporary sibling first and is moved into place at the end, so a half-written sample never looks complete.
     * Scripts (files starting with {@code #!}) get the executable bit, which resources do not keep.
     *
     * @throws IllegalArgumentException when there is no such sample
     */
    public Extracted extract(String name, Path baseDir) throws IOException {
        if (!NAME.matcher(name).matches() || find(name).isEmpty()) {
            throw new IllegalArgumentException("No sample named \"" + name + "\". Samples: "
                    + list().stream().map(Sample::name).toList());
        }
        Path target = baseDir.toAbsolutePath().normalize().resolve(name);
        if (Files.isDirectory(target.resolve("repo"))) {
            return extracted(name, target, true);
        }
        if (Files.exists(target)) {
            throw new IOException(target + " exists but is not an extracted sample; move it away to extract \"" + name + "\" there.");
        }
        Files.createDirectories(baseDir);
        Path temp = Files.createTempDirectory(baseDir.toAbsolutePath(), "." + name + "-");
        try {
            Path source = root.resolve(name);
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path from : (Iterable<Path>) walk::iterator) {
                    Path to = temp.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                        if (isScript(to)) {
                            makeExecutable(to);
                        }
                    }
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
        return extracted(name, target, false);
    }

    private static Extracted extracted(String name, Path dir, boolean reused) {
        Path managed = dir.resolve("managed");
        return new Extracted(name, dir, dir.resolve("repo"), dir.resolve("codex-home"),
                Files.isDirectory(managed) ? Optional.of(managed) : Optional.empty(), reused);
    }

    private static boolean isScript(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == '#' && head[1] == '!';
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            // Windows: no executable bit; Codex runs hooks through the shell there.
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary folder starts with a dot and is never reused
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}

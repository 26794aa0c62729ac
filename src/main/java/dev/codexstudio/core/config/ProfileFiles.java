package dev.codexstudio.core.config;

import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Profile files as Codex 0.169 reads them: {@code codex --profile NAME} (or {@code -p NAME}) layers
 * {@code $CODEX_HOME/NAME.config.toml}, a full config layer, over the user {@code config.toml}. Names are
 * {@code [A-Za-z0-9_-]+}. New profiles are written atomically and never over an existing file.
 */
public final class ProfileFiles {

    /** Keys of the base config that a new profile copied from it leaves out (they belong to the user config). */
    static final List<List<String>> NOT_COPIED = List.of(List.of("projects"), List.of("profile"), List.of("profiles"),
            List.of("hooks", "state"));

    private ProfileFiles() {
    }

    /** Every {@code *.config.toml} file directly in the Codex home, by name. */
    public static List<Path> list(Path codexHome) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(codexHome)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(codexHome, "*.config.toml")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && name(p).map(n -> CodexEnvironment.PROFILE_NAME.matcher(n).matches())
                        .orElse(false)) {
                    out.add(p.toAbsolutePath().normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    /** Whether a path is a profile file: {@code <name>.config.toml} directly in the Codex home. */
    public static boolean isProfileFile(Path file, Path codexHome) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.getParent() != null && abs.getParent().equals(codexHome.toAbsolutePath().normalize())
                && name(abs).isPresent();
    }

    /** The profile name of {@code <name>.config.toml}. */
    public static Optional<String> name(Path file) {
        String n = file.getFileName().toString();
        if (!n.endsWith(".config.toml") || n.length() == ".config.toml".length()) {
            return Optional.empty();
        }
        return Optional.of(n.substring(0, n.length() - ".config.toml".length()));
    }

    /** Why {@code name} cannot be a new profile in {@code codexHome}, or empty when it can. */
    public static Optional<String> nameProblem(String name, Path codexHome) {
        if (name == null || name.isEmpty()) {
            return Optional.of("Enter a name, e.g. work.");
        }
        if (!CodexEnvironment.PROFILE_NAME.matcher(name).matches()) {
            return Optional.of("Codex accepts only letters, digits, - and _ (invalid --profile value `" + name + "`).");
        }
        if (Files.exists(codexHome.resolve(name + ".config.toml"))) {
            return Optional.of(name + ".config.toml already exists.");
        }
        return Optional.empty();
    }

    /**
     * The text of a new profile: a comment saying how it is selected, then, when {@code base} is given, the base
     * config's settings (without trust entries, hook trust state and legacy profile selectors, which belong to the
     * user config).
     */
    public static String initialText(String name, SourceText base) {
        StringBuilder sb = new StringBuilder();
        sb.append("# codex --profile ").append(name).append('\n');
        sb.append("# Layered over config.toml: every key set here overrides the user config; project\n");
        sb.append("# .codex/config.toml layers still override this file.\n");
        if (base != null) {
            TomlDocument doc = TomlDocument.parse(base);
            if (!doc.hasSyntaxErrors()) {
                for (List<String> key : NOT_COPIED) {
                    try {
                        doc.remove(key);
                    } catch (RuntimeException e) {
                        // keep the key rather than fail to create the profile
                    }
                }
            }
            String body = doc.render();
            if (!body.isBlank()) {
                sb.append("# Copied from config.toml.\n\n").append(body);
                if (!body.endsWith("\n")) {
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * Creates {@code $CODEX_HOME/<name>.config.toml} atomically, from the base config's text or empty.
     *
     * @throws IllegalArgumentException for a bad name
     * @throws FileAlreadyExistsException when the file exists (it is never overwritten)
     */
    public static Path create(Path codexHome, String name, SourceText base) throws IOException {
        Optional<String> problem = nameProblem(name, codexHome);
        Path target = codexHome.toAbsolutePath().normalize().resolve(name + ".config.toml");
        if (problem.isPresent()) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, problem.get());
            }
            throw new IllegalArgumentException(problem.get());
        }
        Files.createDirectories(target.getParent());
        AtomicFiles.create(target, initialText(name, base).getBytes(StandardCharsets.UTF_8));
        return target;
    }
}

package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.FileReads;
import dev.codexstudio.core.io.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Changes to skill folders on disk: a new skill from a template, renaming a skill together with its folder, and
 * adding, renaming and removing the files in a skill's folder ({@code scripts/}, {@code references/},
 * {@code assets/}, …). Every operation refuses path traversal and never overwrites an existing file or folder.
 */
public final class SkillFolders {

    /** The Agent Skills name rule: lowercase letters and digits, joined by single hyphens. */
    private static final Pattern SPEC_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The folders the Agent Skills specification names. */
    public static final java.util.List<String> CONVENTIONAL_FOLDERS = java.util.List.of("scripts", "references", "assets");

    private SkillFolders() {
    }

    /**
     * Why {@code name} cannot be a new skill's name (and folder name), or empty when it can: it must follow the
     * Agent Skills rule (so it is portable and matches its folder), at most 64 characters, and be a single path
     * segment.
     */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("Enter a name.");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || name.contains("..")) {
            return Optional.of("A skill name is one folder name: no `/`, `\\` or `..`.");
        }
        if (name.codePointCount(0, name.length()) > CodexFrontMatter.MAX_NAME_LENGTH) {
            return Optional.of("At most " + CodexFrontMatter.MAX_NAME_LENGTH + " characters (Codex refuses longer names); this has "
                    + name.codePointCount(0, name.length()) + ".");
        }
        if (!SPEC_NAME.matcher(name).matches()) {
            String slug = SkillRules.slug(name);
            return Optional.of("Use lowercase letters, digits and single hyphens (Agent Skills rule)"
                    + (slug.isEmpty() ? "." : ", for example `" + slug + "`."));
        }
        return Optional.empty();
    }

    /** The text of a new skill's {@code SKILL.md}. */
    public static String template(String name) {
        String title = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
        return "---\n"
                + "name: " + name + "\n"
                + "description: Describe what " + name + " does and when Codex should use it, in one or two sentences.\n"
                + "---\n"
                + "\n"
                + "# " + title + "\n"
                + "\n"
                + "## When to use\n"
                + "\n"
                + "Describe the tasks this skill is for.\n"
                + "\n"
                + "## Steps\n"
                + "\n"
                + "1. The first thing Codex should do.\n"
                + "2. The next step.\n";
    }

    /**
     * Creates {@code <root>/<name>/SKILL.md} from the template.
     *
     * @return the new {@code SKILL.md}
     * @throws IllegalArgumentException when the name is not valid
     * @throws FileAlreadyExistsException when the folder exists (nothing is touched)
     */
    public static Path create(Path root, String name) throws IOException {
        nameProblem(name).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Path dir = root.resolve(name).normalize();
        if (!dir.getParent().equals(root.normalize())) {
            throw new IllegalArgumentException("The skill folder must be directly under " + root + ".");
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "a skill folder with this name already exists");
        }
        Files.createDirectories(root);
        Files.createDirectory(dir);
        Path file = dir.resolve("SKILL.md");
        AtomicFiles.create(file, template(name).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /**
     * Renames a skill: its folder to {@code newName} (same parent) and the {@code name:} of its front matter
     * (every other byte of the file kept). The folder is moved first; when the file cannot be written the move
     * is undone.
     *
     * @return the {@code SKILL.md} at its new place
     * @throws IllegalArgumentException when the new name is not valid or equals the old one
     * @throws FileAlreadyExistsException when a folder of that name exists
     */
    public static Path rename(Path skillFile, String newName) throws IOException {
        nameProblem(newName).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Path dir = skillFile.toAbsolutePath().normalize().getParent();
        Path target = dir.resolveSibling(newName);
        if (target.equals(dir)) {
            throw new IllegalArgumentException("The skill is already called " + newName + ".");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a folder with this name already exists");
        }
        SourceText text = FileReads.readText(skillFile);
        SkillDocument doc = SkillDocument.parse(text);
        byte[] renamed = doc.withField("name", newName).toSourceText().bytes();
        move(dir, target);
        Path newFile = target.resolve(skillFile.getFileName());
        try {
            AtomicFiles.write(newFile, renamed, null);
        } catch (IOException | RuntimeException e) {
            move(target, dir);
            throw e;
        }
        return newFile;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * A relative path inside a skill folder, checked: not absolute, no {@code ..}, not empty, not the
     * {@code SKILL.md} itself.
     */
    public static Path relative(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("Enter a path such as scripts/check.sh.");
        }
        String p = path.strip().replace('\\', '/');
        Path rel = Path.of(p);
        if (rel.isAbsolute() || p.startsWith("/")) {
            throw new IllegalArgumentException("Use a path inside the skill folder, not an absolute path.");
        }
        for (Path seg : rel) {
            String s = seg.toString();
            if (s.equals("..") || s.equals(".")) {
                throw new IllegalArgumentException("`..` and `.` are not allowed: the file must stay inside the skill folder.");
            }
        }
        rel = rel.normalize();
        if (rel.toString().isEmpty() || rel.toString().equals("SKILL.md")) {
            throw new IllegalArgumentException("Choose another file name than SKILL.md.");
        }
        return rel;
    }

    /**
     * Creates an empty file in the skill folder; a file under {@code scripts/} gets the executable bits (for
     * whoever may read it).
     *
     * @return the new file
     */
    public static Path addFile(Path skillDir, String path) throws IOException {
        Path rel = relative(path);
        Path file = skillDir.resolve(rel).normalize();
        requireInside(skillDir, file);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString(), null, "the file already exists");
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.create(file, initialContent(rel).getBytes(StandardCharsets.UTF_8));
        if (isScript(rel)) {
            makeExecutable(file);
        }
        return file;
    }

    /** Whether a relative path is under {@code scripts/}. */
    public static boolean isScript(Path rel) {
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals("scripts");
    }

    private static String initialContent(Path rel) {
        String name = rel.getFileName().toString().toLowerCase(Locale.ROOT);
        if (isScript(rel)) {
            if (name.endsWith(".py")) {
                return "#!/usr/bin/env python3\n";
            }
            if (name.endsWith(".sh") || !name.contains(".")) {
                return "#!/usr/bin/env bash\nset -euo pipefail\n";
            }
            if (name.endsWith(".js") || name.endsWith(".mjs")) {
                return "#!/usr/bin/env node\n";
            }
        }
        return "";
    }

    /** Adds the executable bit wherever the read bit is set (owner, group, others). */
    public static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            if (perms.contains(PosixFilePermission.OWNER_READ)) {
                perms.add(PosixFilePermission.OWNER_EXECUTE);
            }
            if (perms.contains(PosixFilePermission.GROUP_READ)) {
                perms.add(PosixFilePermission.GROUP_EXECUTE);
            }
            if (perms.contains(PosixFilePermission.OTHERS_READ)) {
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
            }
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            file.toFile().setExecutable(true);
        }
    }

    /**
     * Renames (moves) a file inside the skill folder; a file moved under {@code scripts/} becomes executable.
     *
     * @return the file at its new place
     */
    public static Path renameFile(Path skillDir, String from, String to) throws IOException {
        Path src = skillDir.resolve(relative(from)).normalize();
        Path rel = relative(to);
        Path dst = skillDir.resolve(rel).normalize();
        requireInside(skillDir, src);
        requireInside(skillDir, dst);
        if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(src.toString());
        }
        if (Files.exists(dst, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(dst.toString(), null, "the file already exists");
        }
        Files.createDirectories(dst.getParent());
        move(src, dst);
        if (isScript(rel) && Files.isRegularFile(dst)) {
            makeExecutable(dst);
        }
        return dst;
    }

    /** Removes a file of the skill folder (and its folder when that becomes empty, up to the skill folder). */
    public static void removeFile(Path skillDir, String path) throws IOException {
        Path file = skillDir.resolve(relative(path)).normalize();
        requireInside(skillDir, file);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(path + " is a folder; remove its files one by one.");
        }
        Files.delete(file);
        Path parent = file.getParent();
        Path top = skillDir.toAbsolutePath().normalize();
        while (parent != null && !parent.equals(top) && parent.startsWith(top)) {
            try (var entries = Files.list(parent)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(parent);
            parent = parent.getParent();
        }
    }

    private static void requireInside(Path skillDir, Path file) {
        Path top = skillDir.toAbsolutePath().normalize();
        if (!file.toAbsolutePath().normalize().startsWith(top) || file.toAbsolutePath().normalize().equals(top)) {
            throw new IllegalArgumentException("The file must be inside the skill folder " + top + ".");
        }
    }
}

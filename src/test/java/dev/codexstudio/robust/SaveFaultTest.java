package dev.codexstudio.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.io.FileSnapshot;
import dev.codexstudio.ui.editors.DocumentViewModel;
import dev.codexstudio.ui.editors.SaveConflict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving under faults: the process killed in the middle of a save, a full disk, a read-only folder, a folder
 * that is a file, and a file changed behind the studio's back.
 */
class SaveFaultTest {

    /** Rounds of start-save-kill; {@code -Dstudio.robust.killRounds=200} for a longer run. */
    private static final int KILL_ROUNDS = Integer.getInteger("studio.robust.killRounds", 12);

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aSaveKilledAtARandomPointLeavesTheOldOrTheNewBytesAndNoVisibleLitter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.toml");
        byte[] older = content("old", 3 * 1024 * 1024);
        byte[] newer = content("new", 3 * 1024 * 1024 + 17);
        Path olderFile = Files.write(dir.resolve("old.bin"), older);
        Path newerFile = Files.write(dir.resolve("new.bin"), newer);
        Files.write(file, older);
        Random random = new Random(20261203L);
        int sawOld = 0;
        int sawNew = 0;
        for (int round = 0; round < KILL_ROUNDS; round++) {
            Process child = java("loop", file.toString(), olderFile.toString(), newerFile.toString()).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("the child's first save").isEqualTo("ready");
                Thread.sleep(random.nextInt(400));
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            byte[] onDisk = Files.readAllBytes(file);
            boolean isOld = Arrays.equals(onDisk, older);
            boolean isNew = Arrays.equals(onDisk, newer);
            assertThat(isOld || isNew).as("round %d: %d bytes on disk are neither the old nor the new content", round,
                    onDisk.length).isTrue();
            sawOld += isOld ? 1 : 0;
            sawNew += isNew ? 1 : 0;
        }
        assertThat(sawOld + sawNew).isEqualTo(KILL_ROUNDS);

        // What a kill can leave: only hidden temporary files of that file, which no reader takes for a stack file.
        List<Path> litter = others(dir, file, olderFile, newerFile);
        System.out.println("SaveFaultTest: " + KILL_ROUNDS + " rounds: old content " + sawOld + ", new content " + sawNew
                + ", temporary files left " + litter.size());
        assertThat(litter).allMatch(p -> AtomicFiles.isTemporaryFor(p.getFileName().toString(), "config.toml"),
                "only temporary files of config.toml");
        // The next save of the file removes those that are stale (older than a write could take).
        for (Path p : litter) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(AtomicFiles.STALE_TEMPORARY_AGE).minusSeconds(60)));
        }
        Path fresh = dir.resolve(".config.toml.tmp-abc123");
        Files.write(fresh, new byte[] {1});
        AtomicFiles.write(file, newer, FileSnapshot.take(file));
        assertThat(others(dir, file, olderFile, newerFile)).as("a fresh temporary file may be a write in progress")
                .containsExactly(fresh);
        assertThat(Files.readAllBytes(file)).isEqualTo(newer);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFullDiskGivesAClearErrorKeepsTheEditAndTheOldFile(@TempDir Path dir) throws Exception {
        // A file-size limit (ulimit -f) makes the write fail part-way with an I/O error, as a full disk does.
        Path file = dir.resolve("AGENTS.md");
        Files.writeString(file, "# Old guidance\n");
        Process child = new ProcessBuilder("bash", "-c", "ulimit -f 64 && exec \"$0\" \"$@\"",
                javaCommand().get(0), "-cp", System.getProperty("java.class.path"), SaveChild.class.getName(),
                "edit", file.toString(), String.valueOf(1024 * 1024)).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("saved=false", "dirty=true", "kept=true")
                .contains("error=Could not save " + file + ": File too large. Your edits are kept in the studio.");
        assertThat(Files.readString(file)).isEqualTo("# Old guidance\n");
        assertThat(others(dir, file)).as("the partial temporary file is removed").isEmpty();
    }

    @Test
    void aReadOnlyFolderGivesAClearErrorAndKeepsTheEditInMemory(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(".codex"));
        Path file = Files.writeString(folder.resolve("config.toml"), "model = \"gpt-5\"\n");
        DocumentViewModel doc = DocumentViewModel.open(file);
        doc.replaceAll("model = \"o3\"\n", "Edit");
        ReadOnly readOnly = ReadOnly.make(folder);
        try {
            assertThat(doc.save(f -> SaveConflict.Choice.CANCEL)).isFalse();
            assertThat(doc.lastErrorProperty().get()).startsWith("Could not save " + file + ": ")
                    .endsWith("Your edits are kept in the studio.");
            assertThat(doc.isDirty()).isTrue();
            assertThat(doc.text()).isEqualTo("model = \"o3\"\n");
            assertThat(Files.readString(file)).isEqualTo("model = \"gpt-5\"\n");
        } finally {
            readOnly.undo();
        }
        assertThat(others(folder, file)).isEmpty();
        // once the folder is writable again, the kept edit saves
        assertThat(doc.save(f -> SaveConflict.Choice.CANCEL)).isTrue();
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.lastErrorProperty().get()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("model = \"o3\"\n");
    }

    @Test
    void aFolderThatIsAFileGivesAnErrorNamingThePath(@TempDir Path dir) throws Exception {
        Path notADir = Files.writeString(dir.resolve(".codex"), "I am a file");
        Path target = notADir.resolve("config.toml");
        assertThatThrownBy(() -> AtomicFiles.write(target, "a = 1\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(IOException.class).hasMessageContaining(notADir.toString());
        assertThat(Files.readString(notADir)).isEqualTo("I am a file");
        DocumentViewModel doc = DocumentViewModel.of(target, "");
        doc.replaceAll("a = 1\n", "Edit");
        assertThat(doc.save(f -> SaveConflict.Choice.OVERWRITE)).isFalse();
        assertThat(doc.lastErrorProperty().get()).contains(target.toString()).contains("Your edits are kept");
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void aTargetThatIsADirectoryIsNotReplaced(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("hooks.json"));
        Files.writeString(target.resolve("inside"), "x");
        assertThatThrownBy(() -> AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(target.resolve("inside"))).isEqualTo("x");
        assertThat(others(dir, target)).isEmpty();
    }

    @Test
    void aFileChangedBehindTheStudiosBackIsNeverSilentlyOverwritten(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("AGENTS.md"), "one\n");
        FileTime mtime = Files.getLastModifiedTime(file);
        DocumentViewModel doc = DocumentViewModel.open(file);
        doc.replaceAll("studio edit\n", "Edit");
        // Another program writes the same number of bytes and puts the modification time back: only the
        // content tells.
        Files.writeString(file, "two\n");
        Files.setLastModifiedTime(file, mtime);
        List<Path> asked = new ArrayList<>();
        assertThat(doc.save(f -> {
            asked.add(f);
            return SaveConflict.Choice.CANCEL;
        })).isFalse();
        assertThat(asked).containsExactly(file);
        assertThat(Files.readString(file)).isEqualTo("two\n");
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.text()).isEqualTo("studio edit\n");

        // deleted behind its back: asked again, nothing is recreated on cancel
        Files.delete(file);
        assertThat(doc.save(f -> SaveConflict.Choice.CANCEL)).isFalse();
        assertThat(file).doesNotExist();

        // the user chooses to overwrite: only then the studio's text is written
        Files.writeString(file, "three\n");
        assertThat(doc.save(f -> SaveConflict.Choice.OVERWRITE)).isTrue();
        assertThat(Files.readString(file)).isEqualTo("studio edit\n");

        // reload takes the other program's text and drops the edit
        doc.replaceAll("again\n", "Edit");
        Files.writeString(file, "four\n");
        assertThat(doc.save(f -> SaveConflict.Choice.RELOAD)).isFalse();
        assertThat(doc.text()).isEqualTo("four\n");
        assertThat(doc.isDirty()).isFalse();
        assertThat(Files.readString(file)).isEqualTo("four\n");
    }

    /** Deterministic content of {@code size} bytes, different for each label. */
    private static byte[] content(String label, int size) {
        byte[] b = new byte[size];
        Random r = new Random(label.hashCode());
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ('a' + r.nextInt(26));
        }
        System.arraycopy(label.getBytes(StandardCharsets.US_ASCII), 0, b, 0, label.length());
        return b;
    }

    private static List<Path> others(Path dir, Path... known) throws IOException {
        List<Path> keep = List.of(known);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !keep.contains(p)).sorted().toList();
        }
    }

    private static List<String> javaCommand() {
        return List.of(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    private static ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(javaCommand());
        cmd.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"), SaveChild.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    /**
     * Makes a folder read-only for this process. As a normal user that is {@code chmod a-w}. Root ignores file
     * permissions, so as root the folder is made immutable ({@code chattr +i}), which stops root too; where that
     * is not possible (no chattr, a file system without attributes) the test is skipped, saying why.
     */
    private record ReadOnly(Path folder, boolean immutable) {
        static ReadOnly make(Path folder) throws Exception {
            boolean root = "root".equals(System.getProperty("user.name"))
                    || new ProcessBuilder("id", "-u").start().inputReader().readLine().equals("0");
            if (!root) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
                return new ReadOnly(folder, false);
            }
            Process p = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
            boolean ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            assumeTrue(ok, "running as root, where chmod does not stop writes, and chattr +i is not available here");
            return new ReadOnly(folder, true);
        }

        void undo() throws Exception {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor(10, TimeUnit.SECONDS);
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}

package dev.codexstudio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void refusesToOverwriteAFileChangedBehindOurBack(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("config.toml");
        Files.writeString(f, "a = 1\n");
        FileSnapshot seen = FileSnapshot.take(f);
        Files.writeString(f, "a = 2\n");
        assertThatThrownBy(() -> AtomicFiles.write(f, "a = 3\n".getBytes(StandardCharsets.UTF_8), seen))
                .isInstanceOf(ExternalChangeException.class);
        assertThat(Files.readString(f)).isEqualTo("a = 2\n");
    }

    @Test
    void writesAtomicallyKeepingPermissionsAndLeavingNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("hook.sh");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));
        FileSnapshot after = AtomicFiles.write(f, "new".getBytes(StandardCharsets.UTF_8), FileSnapshot.take(f));
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rwxr-x---");
        assertThat(after.matchesDisk()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void createRefusesAnExistingFileAndAbsentSnapshotDetectsACreatedOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("new.toml");
        FileSnapshot absent = FileSnapshot.take(f);
        Files.writeString(f, "x");
        assertThatThrownBy(() -> AtomicFiles.write(f, new byte[0], absent)).isInstanceOf(ExternalChangeException.class);
        assertThatThrownBy(() -> AtomicFiles.create(f, new byte[0])).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }
}

package dev.codexstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPathsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"..", "../escape.md", "a/../../b", "/etc/passwd", "C:/Windows/x", "a\\b", "a\0b", "", "a//b"})
    void hostileNamesAreRefusedWithADiagnostic(String name) {
        Path out = tmp.resolve("out");
        TargetPaths.Placement p = TargetPaths.place(out, name);
        assertThat(p.isSafe()).isFalse();
        assertThat(p.problem().get().rule()).isEqualTo(TargetPaths.UNSAFE_NAME);
        assertThat(p.problem().get().hint()).isNotEmpty();
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aNameInsideAMissingFolderIsSafe() {
        TargetPaths.Placement p = TargetPaths.place(tmp.resolve("new/out"), ".codex/hooks/x.sh");
        assertThat(p.isSafe()).isTrue();
        assertThat(p.file()).isEqualTo(tmp.resolve("new/out/.codex/hooks/x.sh"));
    }

    @Test
    void aSymlinkInTheTargetThatLeadsOutIsRefused() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve(".codex"), outside);
        TargetPaths.Placement p = TargetPaths.place(out, ".codex/hooks.json");
        assertThat(p.problem()).get().extracting(d -> d.rule()).isEqualTo(TargetPaths.OUTSIDE);
        assertThat(p.problem().get().message()).contains("leads outside").contains(outside.toRealPath().toString());
    }

    @Test
    void aSymlinkThatStaysInsideIsFollowedButTheFileItselfMustNotBeALink() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(out.resolve("real"));
        Files.createSymbolicLink(out.resolve("alias"), out.resolve("real"));
        assertThat(TargetPaths.place(out, "alias/AGENTS.md").isSafe()).isTrue();
        Files.writeString(out.resolve("real/AGENTS.md"), "x");
        Files.createSymbolicLink(out.resolve("AGENTS.md"), out.resolve("real/AGENTS.md"));
        TargetPaths.Placement p = TargetPaths.place(out, "AGENTS.md");
        assertThat(p.problem()).get().extracting(d -> d.rule()).isEqualTo(TargetPaths.SYMLINK);
    }

    @Test
    void aSymlinkLoopIsADiagnosticNotAnException() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("a"), out.resolve("b"));
        Files.createSymbolicLink(out.resolve("b"), out.resolve("a"));
        TargetPaths.Placement p = TargetPaths.place(out, "a/AGENTS.md");
        assertThat(p.isSafe()).isFalse();
        assertThat(p.problem().get().rule()).isEqualTo(TargetPaths.SYMLINK_LOOP);
    }

    @Test
    void aFileWhereAFolderShouldBeIsRefused() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(".codex"), "not a folder");
        TargetPaths.Placement p = TargetPaths.place(out, ".codex/hooks.json");
        assertThat(p.problem()).get().extracting(d -> d.rule()).isEqualTo(TargetPaths.NOT_A_FOLDER);
        assertThat(p.problem().get().message()).contains(".codex is a file where a folder is needed");
    }

    @Test
    void aFolderWhereTheFileShouldGoIsRefused() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(out.resolve("AGENTS.md"));
        TargetPaths.Placement p = TargetPaths.place(out, "AGENTS.md");
        assertThat(p.problem()).get().extracting(d -> d.rule()).isEqualTo(TargetPaths.FOLDER_IN_THE_WAY);
    }
}

package dev.codexstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StackDraftTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "C:/x", "a/../b", "../x", "./a", "a//b", "a/", "a\\b", "a\0b", "a/.."})
    void unsafeNamesAreRefused(String name) {
        assertThat(DraftFile.pathProblem(name)).isPresent();
        assertThatThrownBy(() -> DraftFile.text(name, "x", FileScope.REPOSITORY, false, ""))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENTS.md", ".codex/hooks.json", ".agents/skills/a/SKILL.md", "a..b/c.d", "..a"})
    void safeNamesAreAccepted(String name) {
        assertThat(DraftFile.pathProblem(name)).isEmpty();
    }

    @Test
    void filesAreSortedByScopeThenPathAndUniquePerScope() {
        DraftFile b = DraftFile.text("b", "1", FileScope.REPOSITORY, false, "");
        DraftFile a = DraftFile.text("a", "2", FileScope.REPOSITORY, false, "");
        DraftFile profile = DraftFile.text("a", "3", FileScope.USER_HOME, false, "");
        StackDraft draft = new StackDraft("p", java.util.List.of(profile, b, a));
        assertThat(draft.files()).containsExactly(a, b, profile);
        assertThat(draft.inScope(FileScope.USER_HOME)).containsExactly(profile);
        assertThatThrownBy(() -> new StackDraft("p", java.util.List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
        StackDraft replaced = draft.with(DraftFile.text("a", "new", FileScope.REPOSITORY, true, ""));
        assertThat(replaced.file(FileScope.REPOSITORY, "a").orElseThrow().text()).isEqualTo("new");
        assertThat(replaced.without(FileScope.REPOSITORY, "a").files()).containsExactly(b, profile);
    }

    @Test
    void contentIsCopiedIn() {
        byte[] bytes = {1, 2};
        DraftFile file = new DraftFile("x", bytes, FileScope.MANAGED, false, null);
        bytes[0] = 9;
        assertThat(file.content()[0]).isEqualTo((byte) 1);
        assertThat(file.purpose()).isEmpty();
    }
}

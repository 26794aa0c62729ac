package dev.codexstudio.core.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.skills.Skill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan again reuses parses by content: a changed file is read as it is now, never from a kept parse. */
class ParseCachesTest {

    @TempDir
    Path tmp;

    @Test
    void aScanAgainSeesEveryChangeAndIdenticalFilesKeepTheirOwnPlaces() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path home = Files.createDirectories(tmp.resolve("codex-home"));
        CodexEnvironment env = new CodexEnvironment(home, tmp, tmp.resolve("etc"), null);
        String skill = "---\nname: %s\ndescription: %s\n---\nDo it.\n";
        Path a = write(repo.resolve(".agents/skills/a/SKILL.md"), skill.formatted("a", "first"));
        Path b = write(repo.resolve(".agents/skills/b/SKILL.md"), skill.formatted("a", "first"));
        Files.writeString(home.resolve("config.toml"), "model = \"one\"\n");

        Stack first = StackScanner.scan(repo, env);
        assertEquals(List.of("first", "first"), descriptions(first));
        assertEquals(List.of(a, b), first.rootView().skills().skills().stream().map(Skill::skillFile).sorted().toList(),
                "the same bytes in two files are two skills, each at its own path");

        Files.writeString(a, skill.formatted("a", "second"));
        Files.writeString(home.resolve("config.toml"), "model = \"two\"\n");
        Stack again = StackScanner.scan(repo, env);
        assertEquals(List.of("first", "second"), descriptions(again));
        assertEquals("two", again.rootView().config().effective().getString("model").orElseThrow());

        ParseCaches.forget();
        assertEquals(descriptions(again), descriptions(StackScanner.scan(repo, env)));
    }

    private static List<String> descriptions(Stack stack) {
        return stack.rootView().skills().skills().stream().map(Skill::description).sorted().toList();
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}

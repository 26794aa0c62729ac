package dev.codexstudio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonorepoGeneratorTest {

    @Test
    void sameSeedGivesTheSameTreeAndAnotherSeedAnother(@TempDir Path tmp) throws Exception {
        MonorepoGenerator.Monorepo a = MonorepoGenerator.generate(tmp.resolve("a"), 42);
        MonorepoGenerator.Monorepo b = MonorepoGenerator.generate(tmp.resolve("b"), 42);
        MonorepoGenerator.Monorepo c = MonorepoGenerator.generate(tmp.resolve("c"), 43);
        assertThat(treeHash(a.base())).isEqualTo(treeHash(b.base())).isNotEqualTo(treeHash(c.base()));
    }

    @Test
    void countsMatchTheSpecification(@TempDir Path tmp) throws Exception {
        MonorepoGenerator.Monorepo m = MonorepoGenerator.generate(tmp.resolve("m"), 7);
        List<Path> all;
        try (Stream<Path> s = Files.walk(m.repo())) {
            all = s.filter(p -> !p.startsWith(m.repo().resolve(".git"))).toList();
        }
        assertThat(all.stream().filter(Files::isDirectory).filter(p -> !p.equals(m.repo())).count())
                .isEqualTo(MonorepoGenerator.DIRECTORIES);
        assertThat(named(all, "AGENTS.md")).hasSize(300);
        assertThat(named(all, "AGENTS.override.md")).hasSize(30);
        assertThat(named(all, "SKILL.md")).hasSize(500);
        assertThat(named(all, "hooks.json")).hasSize(10);
        assertThat(named(all, "AGENTS.md").stream().filter(p -> size(p) == 32 * 1024)).hasSize(10);
        assertThat(Files.size(m.bigAgentsFile())).isEqualTo(32 * 1024);
        try (Stream<Path> s = Files.list(m.codexHome())) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".config.toml"))).hasSize(20);
        }
        assertThat(Files.readAllLines(m.userConfig())).hasSize(300);
        String doc = Files.readString(m.bigAgentsFile());
        assertThat(doc.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(doc.length());

        CodexEnvironment env = new CodexEnvironment(m.codexHome(), m.userHome(), m.systemDir(), null);
        Stack stack = StackScanner.scan(m.repo(), env, List.of(m.deepDir()));
        java.util.Set<String> groups = new java.util.HashSet<>();
        for (CwdView v : stack.views()) {
            v.hooks().entries().forEach(e -> groups.add(e.key().substring(0, e.key().lastIndexOf(':'))));
        }
        assertThat(groups).hasSize(MonorepoGenerator.HOOK_GROUPS);
        assertThat(groups.stream().filter(g -> g.contains("hooks.json"))).hasSize(MonorepoGenerator.HOOK_GROUPS / 2);
        assertThat(stack.views().stream().flatMap(v -> v.skills().skills().stream()).map(s -> s.skillFile()).distinct())
                .hasSize(MonorepoGenerator.SKILLS - 6);
        assertThat(stack.view(m.deepDir())).isPresent();
        assertThat(stack.view(m.deepDir()).get().instructions().parts()).hasSizeGreaterThan(3);
    }

    private static List<Path> named(List<Path> all, String name) {
        return all.stream().filter(p -> p.getFileName().toString().equals(name)).toList();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String treeHash(Path base) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : s.sorted().toList()) {
                md.update(base.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) {
                    // the user config names the repository by its absolute path: hash it relative to the base
                    md.update(Files.readString(p).replace(base.toString(), "<base>").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}

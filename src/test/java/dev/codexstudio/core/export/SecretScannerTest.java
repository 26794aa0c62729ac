package dev.codexstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.support.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretScannerTest {

    private final SecretScanner scanner = SecretScanner.forUserHome("/srv/people/kim");
    private static final Path F = Path.of("f");

    private List<Diagnostic> scan(String text) {
        return scanner.scan(F, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "key = \"sk-Ab3dE5gH7jK9mN1pQ3sT5vX7zB9c\"",
        "OPENAI_API_KEY=sk-proj-Ab3dE5gH7jK9mN1pQ3sT5vX7zB9c_Qw",
        "  \"token\": \"ghp_Ab3dE5gH7jK9mN1pQ3sT5vX7zB9cD1eF3gH\"",
        "GH=github_pat_11ABCDEFG0123456789_abcdefghijKLMNOP",
        "aws_access_key_id = AKIAIOSFODNN7REALKEY",
        "slack: xoxb-1234567890-abcdefghijkl",
        "command = 'curl -H \"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc123def456\" https://x'",
        "api_key = \"a8f3k29d0s7q\"",
        "\"client_secret\": \"9fj38dk2lq0z\"",
        "export DB_PASSWORD=s3cr3tPassw0rd",
        "experimental_bearer_token = \"zq81mx03kd92ja\"",
        "-----BEGIN OPENSSH PRIVATE KEY-----",
    })
    void flagsSecrets(String line) {
        List<Diagnostic> found = scan("first line\n" + line + "\n");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).rule()).isEqualTo(SecretScanner.SECRET);
        assertThat(found.get(0).position().line()).isEqualTo(2);
        assertThat(found.get(0).position().column()).isGreaterThan(0);
        assertThat(found.get(0).hint()).contains("env_key");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "env_key = \"OPENAI_API_KEY\"",
        "bearer_token_env_var = \"GITHUB_TOKEN\"",
        "env_vars = [\"GITHUB_TOKEN\", \"NPM_TOKEN\"]",
        "api_key = \"${OPENAI_API_KEY}\"",
        "\"token\": \"$GITHUB_TOKEN\"",
        "password = \"<your-password>\"",
        "OPENAI_API_KEY=sk-...",
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx",
        "api_key = \"your-api-key-here\"",
        "model_auto_compact_token_limit = 200000",
        "max_tokens = 4096",
        "Set `Authorization: Bearer $TOKEN` in the request.",
        "Rotate the secret in the vault; never commit a token.",
        "secret_scanning = true",
        "token_budget = \"12000tokens\"",
        "Use `sk-learn`? No: scikit-learn. Keys look like sk-proj-…",
        "command = 'bash \"$(git rev-parse --show-toplevel)/.codex/hooks/guard.sh\"'",
        "writable_roots = [\"$HOME/.cache\"]",
        "Paths look like /home/<user>/project or /Users/you/project or C:\\Users\\username\\x.",
        "see ~/.codex/config.toml and /home/user/work",
    })
    void doesNotFlagPlaceholdersAndReferences(String line) {
        assertThat(scan(line + "\n")).isEmpty();
    }

    @Test
    void flagsAbsoluteHomePathsWithTheirColumn() {
        List<Diagnostic> found = scan("x\ncommand = \"/Users/alice.m/bin/run.sh\"\nwritable_roots = [\"/home/dana/.cache\"]\n"
                + "path = 'C:\\Users\\kim\\tools'\nroot = \"/srv/people/kim/src\"\n");
        assertThat(found).extracting(Diagnostic::rule).containsOnly(SecretScanner.HOME_PATH);
        assertThat(found).extracting(d -> d.position().line() + ":" + d.position().column())
                .containsExactly("2:12", "3:20", "4:9", "5:9");
        assertThat(found.get(0).hint()).contains("$HOME");
    }

    @Test
    void theBundledSamplesHaveNoFindings() throws Exception {
        List<Diagnostic> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestPaths.samples())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.addAll(scanner.scan(p, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        assertThat(all).isEmpty();
    }

    /**
     * The corpus of real files: no secret-shaped false alarms (none of its files holds a real key), and every home
     * path finding is a real user's absolute path (Codex trust tables, hook commands, notify programs).
     */
    @Test
    void theCorpusHasNoFalseSecretsAndOnlyRealHomePaths() throws Exception {
        int scanned = 0;
        int flaggedFiles = 0;
        List<String> secrets = new ArrayList<>();
        for (TestPaths.CorpusFile f : TestPaths.manifest()) {
            if (!Files.isRegularFile(f.file())) {
                continue;
            }
            scanned++;
            String text = Files.readString(f.file(), StandardCharsets.UTF_8);
            List<Diagnostic> found = scanner.scan(Path.of(f.path()), text);
            if (!found.isEmpty()) {
                flaggedFiles++;
            }
            String[] lines = text.split("\n", -1);
            for (Diagnostic d : found) {
                String line = lines[d.position().line() - 1];
                if (d.rule().equals(SecretScanner.SECRET)) {
                    secrets.add(f.repo() + "/" + d.position() + ": " + line.strip());
                } else {
                    assertThat(line.substring(d.position().column() - 1)).matches("(?s)(/home/|/Users/|[A-Za-z]:[\\\\/]Users[\\\\/]).*");
                    assertThat(line).doesNotContain("/home/<").doesNotContain("/Users/<");
                }
            }
        }
        assertThat(scanned).isGreaterThan(400);
        assertThat(secrets).isEmpty();
        assertThat(flaggedFiles).as("files with a personal path").isBetween(1, scanned / 10);
    }
}

package dev.codexstudio.robust.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.AgentsRules;
import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.hooks.HookStates;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.hooks.InlineHooksReader;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.skills.OpenAiYaml;
import dev.codexstudio.core.skills.SkillDocument;
import dev.codexstudio.core.stack.RepoWalker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fuzz targets, one per reader of the stack. Each puts the input in place of one file of a complete Codex world
 * on disk and reads the whole stack as the studio does (scan from every directory, every rule, the tree).
 *
 * <p>A failure is: any exception (readers report problems only as diagnostics), a read that takes longer than
 * {@link FuzzRun#TIMEOUT} (a hang), or any change on disk while reading (readers never write).
 *
 * <p>In a normal build ({@code mvn verify}) each target runs only its seed corpus: the small hand-written inputs
 * under {@code src/test/resources/dev/codexstudio/robust/fuzz/ReaderFuzzTestInputs/<target>/}
 * ({@link CorpusSeedsTest} adds the real files of {@code ../shared/corpus}). {@code scripts/fuzz-long.sh}
 * fuzzes one target for a given number of executions ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {

    private static final StackSandbox SANDBOX = StackSandbox.create();

    /** {@code $CODEX_HOME/config.toml}: TOML syntax, the key catalogue, trust, hook state, profiles. */
    @FuzzTest(maxDuration = "")
    void configToml(byte[] input) {
        Target.CONFIG.check(input, !FuzzRun.FUZZING);
    }

    /** A trusted project's {@code .codex/config.toml}. */
    @FuzzTest(maxDuration = "")
    void projectConfigToml(byte[] input) {
        Target.PROJECT_CONFIG.check(input, !FuzzRun.FUZZING);
    }

    /** The managed {@code requirements.toml} of the system folder. */
    @FuzzTest(maxDuration = "")
    void requirementsToml(byte[] input) {
        Target.REQUIREMENTS.check(input, !FuzzRun.FUZZING);
    }

    /** A trusted project's {@code .codex/hooks.json}: serde_json reading, matchers, hashes, trust. */
    @FuzzTest(maxDuration = "")
    void hooksJson(byte[] input) {
        Target.HOOKS_JSON.check(input, !FuzzRun.FUZZING);
    }

    /** A repository skill's {@code SKILL.md}: front matter with Codex's YAML reading, body, rules. */
    @FuzzTest(maxDuration = "")
    void skillFrontMatter(byte[] input) {
        Target.SKILL.check(input, !FuzzRun.FUZZING);
    }

    /** A skill's {@code agents/openai.yaml}. */
    @FuzzTest(maxDuration = "")
    void openAiYaml(byte[] input) {
        Target.OPENAI_YAML.check(input, !FuzzRun.FUZZING);
    }

    /** AGENTS.md discovery on a tree generated from the input (see {@link GeneratedTree}). */
    @FuzzTest(maxDuration = "")
    void agentsDiscovery(byte[] input) {
        Target.AGENTS.check(input, !FuzzRun.FUZZING);
    }

    /** The readers under test, shared by the fuzz methods and {@link CorpusSeedsTest}. */
    enum Target {
        CONFIG, PROJECT_CONFIG, REQUIREMENTS, HOOKS_JSON, SKILL, OPENAI_YAML, AGENTS;

        /**
         * Checks one input. {@code wholeStack} adds the on-disk read of the whole stack (scan, every view, every
         * rule, the tree); without it only the reader and its file's rules run (in memory, or for AGENTS.md the
         * guidance discovery on disk), which is fast enough to fuzz.
         */
        void check(byte[] input, boolean wholeStack) {
            switch (this) {
                case CONFIG -> FuzzRun.readFile(SANDBOX, SANDBOX.configFile(), input, ReaderFuzzTest::configReaders,
                        wholeStack);
                case PROJECT_CONFIG -> FuzzRun.readFile(SANDBOX, SANDBOX.projectConfigFile(), input,
                        ReaderFuzzTest::configReaders, wholeStack);
                case REQUIREMENTS -> FuzzRun.readFile(SANDBOX, SANDBOX.requirementsFile(), input, text -> {
                    TomlDocument doc = untouchedRoundTrip(text);
                    InlineHooksReader.readRequirements(doc, "system");
                }, wholeStack);
                case HOOKS_JSON -> FuzzRun.readFile(SANDBOX, SANDBOX.hooksFile(), input,
                        text -> HooksJsonReader.parse(text, "project", false), wholeStack);
                case SKILL -> FuzzRun.readFile(SANDBOX, SANDBOX.skillFile(), input, text -> {
                    SkillDocument doc = SkillDocument.parse(text);
                    assertSameBytes(doc.source().bytes(), text.bytes(), "an unedited SKILL.md");
                    doc.frontMatter();
                    doc.body();
                }, wholeStack);
                case OPENAI_YAML -> FuzzRun.readFile(SANDBOX, SANDBOX.openAiYamlFile(), input, OpenAiYaml::parse,
                        wholeStack);
                case AGENTS -> {
                    Path base = SANDBOX.repo.resolve("gen");
                    try {
                        List<Path> cwds = GeneratedTree.build(base, input);
                        FuzzRun.run(() -> discoverGuidance(base, cwds));
                        if (wholeStack) {
                            FuzzRun.run(() -> SANDBOX.readAll(cwds));
                        }
                    } finally {
                        StackSandbox.deleteTree(base);
                    }
                }
            }
        }
    }

    /**
     * The guidance part of a scan, on its own (fast enough to fuzz): the repository walk for guidance files,
     * then Codex's config stack, effective instructions and guidance rules from each directory.
     */
    private static List<Diagnostic> discoverGuidance(Path base, List<Path> cwds) {
        Map<String, String> before = StackSandbox.snapshot(SANDBOX.root);
        List<Diagnostic> out = new ArrayList<>();
        RepoWalker.walk(base, AgentsInstructions.candidateNames(SANDBOX.baseline().rootView().config().effective()));
        for (Path cwd : cwds) {
            ConfigStack cs = ConfigStackLoader.load(SANDBOX.env(), cwd);
            EffectiveInstructions ei = AgentsInstructions.compute(cs);
            ei.fragment();
            if (ei.budgetUsed() > ei.budget()) {
                throw new AssertionError("project docs use " + ei.budgetUsed() + " bytes of a " + ei.budget()
                        + "-byte project_doc_max_bytes budget from " + cwd);
            }
            out.addAll(AgentsRules.checkDirectory(ei, AgentsInstructions.candidateNames(cs.effective())));
        }
        StackSandbox.checkFindings(out, null, null);
        SANDBOX.assertUnchanged(before);
        return out;
    }

    private static void configReaders(SourceText text) {
        TomlDocument doc = untouchedRoundTrip(text);
        InlineHooksReader.readConfig(doc, "user", false);
        HookStates.read(doc);
        doc.syntaxErrors();
    }

    /** Parses TOML and checks that the unedited document renders to exactly the bytes it was read from. */
    private static TomlDocument untouchedRoundTrip(SourceText text) {
        TomlDocument doc = TomlDocument.parse(text);
        assertSameBytes(doc.source().bytes(), text.bytes(), "an unedited TOML document");
        return doc;
    }

    private static void assertSameBytes(byte[] actual, byte[] expected, String what) {
        if (!Arrays.equals(actual, expected)) {
            throw new AssertionError(what + " does not render to the bytes it was read from");
        }
    }
}

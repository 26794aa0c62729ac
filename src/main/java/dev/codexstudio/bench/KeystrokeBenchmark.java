package dev.codexstudio.bench;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.validate.LiveValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Keystroke → findings: one typed character somewhere in the text, then {@link LiveValidator#validate} on the
 * whole unsaved text, in the context of the scanned monorepo. Measured in SampleTime mode for the p99.
 */
@State(Scope.Benchmark)
public class KeystrokeBenchmark {

    @Param("")
    public String base;

    private Stack stack;
    private Path agentsFile;
    private Path configFile;
    private StringBuilder agents;
    private StringBuilder config;
    private int keystroke;

    @Setup
    public void setup() throws IOException {
        MonorepoGenerator.Monorepo m = MonorepoGenerator.layout(Path.of(base));
        stack = StackScanner.scan(m.repo(), MonorepoGenerator.environment(m), List.of(m.bigAgentsFile().getParent()));
        agentsFile = m.bigAgentsFile();
        configFile = m.userConfig();
        agents = new StringBuilder(Files.readString(agentsFile, StandardCharsets.UTF_8));
        config = new StringBuilder(Files.readString(configFile, StandardCharsets.UTF_8));
    }

    /** Types into a comment line of the text, or deletes what the previous keystroke typed. */
    private static String type(StringBuilder text, int keystroke) {
        int at = text.lastIndexOf("\n# ") + 3;
        if (keystroke % 2 == 0) {
            text.insert(at, 'a');
        } else {
            text.deleteCharAt(at);
        }
        return text.toString();
    }

    @Benchmark
    public List<Diagnostic> agentsMd() {
        return LiveValidator.validate(stack, SourceText.ofString(agentsFile, type(agents, keystroke++)));
    }

    @Benchmark
    public List<Diagnostic> configToml() {
        return LiveValidator.validate(stack, SourceText.ofString(configFile, type(config, keystroke++)));
    }
}

package dev.codexstudio.cli;

import dev.codexstudio.core.model.CodexEnvironment;
import java.nio.file.Path;
import picocli.CommandLine;

/** Options every command shares: where the Codex home is and which profile is selected. */
final class EnvironmentOptions {

    @CommandLine.Option(names = "--codex-home", paramLabel = "DIR",
            description = "Codex home (default: $CODEX_HOME or ~/.codex).")
    Path codexHome;

    @CommandLine.Option(names = {"-p", "--profile"}, paramLabel = "NAME",
            description = "Profile to layer over the user config, as `codex --profile NAME` ($CODEX_HOME/NAME.config.toml).")
    String profile;

    @CommandLine.Option(names = "--system-dir", paramLabel = "DIR", hidden = true,
            description = "System config folder (default: /etc/codex).")
    Path systemDir;

    CodexEnvironment environment() {
        CodexEnvironment env = CodexEnvironment.detect(System.getenv(), codexHome);
        if (systemDir != null) {
            env = env.withSystemDir(systemDir);
        }
        if (profile != null) {
            if (!CodexEnvironment.PROFILE_NAME.matcher(profile).matches()) {
                throw new UsageException("invalid --profile value `" + profile + "`; pass a plain name such as `work`");
            }
            env = env.withProfile(profile);
        }
        return env;
    }
}

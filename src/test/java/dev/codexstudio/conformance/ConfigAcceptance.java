package dev.codexstudio.conformance;

import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.rules.ConfigRules;

/** Whether the studio predicts that Codex loads this config stack. */
final class ConfigAcceptance {

    private ConfigAcceptance() {
    }

    static boolean accepts(ConfigStack stack) {
        return ConfigRules.refusals(stack).isEmpty();
    }
}

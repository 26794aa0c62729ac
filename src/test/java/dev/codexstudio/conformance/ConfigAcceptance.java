package dev.codexstudio.conformance;

import dev.codexstudio.core.config.ConfigStack;

/** Whether the studio predicts that Codex loads this config stack. */
final class ConfigAcceptance {

    private ConfigAcceptance() {
    }

    static boolean accepts(ConfigStack stack) {
        return stack.loadFailures().isEmpty();
    }
}

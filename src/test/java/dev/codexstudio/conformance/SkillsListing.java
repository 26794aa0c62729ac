package dev.codexstudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codexstudio.core.skills.Skill;
import dev.codexstudio.core.skills.SkillCatalog;
import dev.codexstudio.core.skills.SkillLoadError;

/**
 * One canonical text for a {@code skills/list} answer, from Codex's JSON or from the studio's catalogue,
 * so that the two can be compared line by line: every skill (name, description, short description, path,
 * scope, enabled) in order, then every error (path, message).
 */
final class SkillsListing {

    private SkillsListing() {
    }

    static String ofCodex(JsonNode entry) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode s : entry.path("skills")) {
            line(sb, s.path("name").asText(), s.path("description").asText(),
                    s.hasNonNull("shortDescription") ? s.get("shortDescription").asText() : null, s.path("path").asText(),
                    s.path("scope").asText(), s.path("enabled").asBoolean());
        }
        for (JsonNode e : entry.path("errors")) {
            error(sb, e.path("path").asText(), e.path("message").asText());
        }
        return sb.toString();
    }

    static String ofStudio(SkillCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        for (Skill s : catalog.skills()) {
            line(sb, s.name(), s.description(), s.shortDescription(), s.skillFile().toString(), s.scope().label(), s.enabled());
        }
        for (SkillLoadError e : catalog.errors()) {
            error(sb, e.path().toString(), e.message());
        }
        return sb.toString();
    }

    /**
     * A config that does not load is compared by the fact (an error for the cwd, no skills), not by the wording:
     * Codex words serde's messages, the studio explains them in plain English (config acceptance itself is
     * compared separately).
     */
    private static void error(StringBuilder sb, String path, String message) {
        String prefix = "failed to reload config: ";
        if (message.startsWith(prefix)) {
            message = prefix.strip();
        }
        sb.append("error ").append(path).append(": ").append(message).append('\n');
    }

    private static void line(StringBuilder sb, String name, String description, String shortDescription, String path,
            String scope, boolean enabled) {
        sb.append(scope).append(' ').append(enabled ? "enabled " : "disabled ").append(path).append(" name=").append(name)
                .append(" description=").append(description);
        if (shortDescription != null) {
            sb.append(" short=").append(shortDescription);
        }
        sb.append('\n');
    }
}

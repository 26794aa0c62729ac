package dev.codexstudio.core.finetune;

import dev.codexstudio.core.export.FileScope;

/**
 * A behaviour a fine-tuned model encoded in its weights, and the Codex layer that carries it instead (the
 * article's migration table, with every key checked against the specification).
 */
public enum Behaviour {
    CODE_STYLE("Code style enforcement", "AGENTS.md + Hooks", FileScope.REPOSITORY,
            "One style rule per line; optionally the linter command Codex runs after it edits a file."),
    TERMINOLOGY("Domain terminology", "AGENTS.md + Skills", FileScope.REPOSITORY,
            "One 'term: meaning' per line. They become an AGENTS.md Glossary and the domain-glossary skill's reference."),
    OUTPUT_FORMAT("Output formatting", "Configuration", FileScope.REPOSITORY,
            "Paste the JSON schema the answers must follow; Codex uses it with codex exec --output-schema."),
    WORKFLOW("Specialised workflow", "Skills", FileScope.REPOSITORY,
            "A skill name, what it is for, one step per line and optionally a script it runs."),
    COMPLIANCE("Safety and compliance", "requirements.toml", FileScope.MANAGED,
            "The sandbox modes and approval policies users may choose, and paths Codex must never read."),
    LATENCY("Reduced latency", "Configuration (profile)", FileScope.USER_HOME,
            "A fast model and a low reasoning effort for quick tasks: codex --profile fast.");

    private final String title;
    private final String layer;
    private final FileScope scope;
    private final String whatToType;

    Behaviour(String title, String layer, FileScope scope, String whatToType) {
        this.title = title;
        this.layer = layer;
        this.scope = scope;
        this.whatToType = whatToType;
    }

    public String title() {
        return title;
    }

    /** The Codex layer(s) the artefact goes into, as shown on the item's badge. */
    public String layer() {
        return layer;
    }

    /** Where the artefact is written. */
    public FileScope scope() {
        return scope;
    }

    /** One line telling the user what to type. */
    public String whatToType() {
        return whatToType;
    }
}

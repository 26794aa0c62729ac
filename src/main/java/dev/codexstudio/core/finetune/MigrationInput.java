package dev.codexstudio.core.finetune;

import java.util.List;

/** What the user types for one checklist item. */
public sealed interface MigrationInput {

    Behaviour behaviour();

    /** Style rules, one a line, and an optional linter command run after Codex edits a file. */
    record Style(String rules, String linterCommand) implements MigrationInput {
        public Behaviour behaviour() {
            return Behaviour.CODE_STYLE;
        }
    }

    /** {@code term: meaning} lines. */
    record Glossary(String entries) implements MigrationInput {
        public Behaviour behaviour() {
            return Behaviour.TERMINOLOGY;
        }
    }

    /** A JSON schema, as pasted. */
    record OutputSchema(String schemaJson) implements MigrationInput {
        public Behaviour behaviour() {
            return Behaviour.OUTPUT_FORMAT;
        }
    }

    /** A workflow skill: name, what it is for, steps (one a line) and an optional shell script. */
    record Workflow(String name, String description, String steps, String script) implements MigrationInput {
        public Behaviour behaviour() {
            return Behaviour.WORKFLOW;
        }
    }

    /** Allowed sandbox modes and approval policies, and deny_read paths or globs (one a line). */
    record Compliance(List<String> sandboxModes, List<String> approvalPolicies, String denyRead) implements MigrationInput {
        public Compliance {
            sandboxModes = List.copyOf(sandboxModes);
            approvalPolicies = List.copyOf(approvalPolicies);
        }

        public Behaviour behaviour() {
            return Behaviour.COMPLIANCE;
        }
    }

    /** The fast profile: a model (may be empty: keep the default) and a reasoning effort. */
    record Latency(String model, String reasoningEffort) implements MigrationInput {
        public Behaviour behaviour() {
            return Behaviour.LATENCY;
        }
    }
}

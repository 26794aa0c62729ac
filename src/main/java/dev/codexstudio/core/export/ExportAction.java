package dev.codexstudio.core.export;

import java.util.Locale;

/** What exporting one file does to its target. */
public enum ExportAction {
    /** The file does not exist yet: it is written. */
    CREATE("create", "new file"),
    /** The file exists with the same bytes: nothing to write. */
    IDENTICAL("identical", "already there with the same content"),
    /** The file exists with other bytes: written only when the user chooses to overwrite it. */
    CONFLICT("conflict", "exists with other content; overwritten only when chosen"),
    /** The file is never written: it holds a secret or a personal path, or its target is unsafe. */
    BLOCKED("blocked", "not written");

    private final String label;
    private final String description;

    ExportAction(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** Lower-case name for text and JSON output. */
    public String label() {
        return label;
    }

    /** One phrase saying what the action means. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

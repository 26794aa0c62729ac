package dev.codexstudio.core.finetune;

import dev.codexstudio.core.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * An item's state, recomputed from the files on disk: which artefacts exist, what the validator reports
 * for them, and whether the item is done (every required artefact exists and none has an error).
 */
public record ItemStatus(Behaviour behaviour, List<Path> artefacts, List<Path> missing, List<Diagnostic> findings,
        String summary) {

    public ItemStatus {
        artefacts = List.copyOf(artefacts);
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
    }

    public boolean done() {
        return missing.isEmpty() && !artefacts.isEmpty() && findings.stream().noneMatch(Diagnostic::isError);
    }
}

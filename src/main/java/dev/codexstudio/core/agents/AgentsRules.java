package dev.codexstudio.core.agents;

import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings about guidance documents. A file Codex does not read at all when it applies (dropped by the
 * byte budget, or every project document disabled by {@code project_doc_max_bytes = 0}) is an error; a
 * file Codex cuts, shadows or reads differently from what its author expects is a warning or info.
 */
public final class AgentsRules {

    /** Names other agents use that Codex reads only when listed in {@code project_doc_fallback_filenames}. */
    public static final Set<String> OTHER_AGENT_FILES = Set.of("CLAUDE.md", "GEMINI.md");

    /**
     * The targets of Markdown links {@code [text](target)} as {start, end} offsets: {@code LINK}'s leftmost matches
     * in order, found from each {@code '['} (much faster than {@code find()} on long text).
     */
    static List<int[]> linkTargets(String body) {
        List<int[]> out = new ArrayList<>();
        Matcher links = LINK.matcher(body);
        for (int from = body.indexOf('['); from >= 0 && from < body.length(); from = body.indexOf('[', from)) {
            links.region(from, body.length());
            if (!links.lookingAt()) {
                from++;
                continue;
            }
            out.add(new int[] {links.start(1), links.end(1)});
            from = links.end();
        }
        return out;
    }

    /** The offsets where a code fence line starts (up to three spaces, then ``` or ~~~), in order. */
    static List<Integer> fenceStarts(String body) {
        List<Integer> out = new ArrayList<>();
        for (int at = 0; at >= 0 && at < body.length(); at = nextLineStart(body, at)) {
            if (opensFence(body, at)) {
                out.add(at);
            }
        }
        return out;
    }

    /** Where the line after the one holding {@code at} starts (Java's line terminators), or -1 at the last line. */
    static int nextLineStart(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** A code fence opens at line start {@code at}: up to three spaces, then ``` or ~~~. */
    static boolean opensFence(String s, int at) {
        int i = at;
        while (i < s.length() && i - at < 3 && s.charAt(i) == ' ') {
            i++;
        }
        return s.startsWith("```", i) || s.startsWith("~~~", i);
    }
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    private AgentsRules() {
    }

    /**
     * Findings for the documents of the working directory of {@code ei} (its last directory), plus the
     * global document. Call once per directory of interest; earlier directories are covered by their own
     * call, because a file's cut depends only on the directories above it.
     */
    public static List<Diagnostic> checkDirectory(EffectiveInstructions ei, List<String> candidateNames) {
        List<Diagnostic> out = new ArrayList<>();
        if (ei.directories().isEmpty()) {
            return out;
        }
        DirectoryGuidance here = ei.directories().get(ei.directories().size() - 1);
        for (GuidanceFile shadowed : here.shadowed()) {
            GuidanceFile winner = here.selected().orElseThrow();
            out.add(Diagnostic.info("agents/shadowed", SourcePosition.ofFile(shadowed.file()),
                    "Codex does not read " + shadowed.fileName() + " here: " + winner.fileName()
                            + " in the same directory is used instead.")
                    .withHint(winner.kind() == GuidanceKind.OVERRIDE
                            ? "Merge the content into " + winner.fileName() + ", or delete the override to use "
                                    + shadowed.fileName() + "."
                            : "Keep one guidance file per directory."));
        }
        ei.parts().stream().filter(p -> p.file().directory().equals(here.directory())).findFirst()
                .ifPresent(p -> out.addAll(partFindings(ei, p)));
        if (here.selected().isEmpty()) {
            for (String other : OTHER_AGENT_FILES) {
                Path p = here.directory().resolve(other);
                if (Files.isRegularFile(p) && !candidateNames.contains(other)) {
                    out.add(Diagnostic.info("agents/unconfigured-fallback", SourcePosition.ofFile(p),
                            "Codex ignores " + other + " unless it is listed in project_doc_fallback_filenames.")
                            .withHint("Add project_doc_fallback_filenames = [\"" + other
                                    + "\"] to config.toml, or move the guidance into AGENTS.md."));
                }
            }
        }
        if (ei.skipped() == EffectiveInstructions.Skip.UNTRUSTED) {
            here.selected().ifPresent(f -> out.add(Diagnostic.info("agents/untrusted-project",
                    SourcePosition.ofFile(f.file()),
                    "Codex does not read project AGENTS.md files here: " + ei.skipDetail()
                            + " is marked untrusted in the user's config.toml.")
                    .withHint("Trust the project (trust_level = \"trusted\") to let Codex read its guidance.")));
        }
        if (ei.skipped() == EffectiveInstructions.Skip.BUDGET_ZERO) {
            here.selected().ifPresent(f -> out.add(Diagnostic.error("agents/project-docs-disabled",
                    SourcePosition.ofFile(f.file()),
                    "Codex does not read this file: project_doc_max_bytes = 0 disables all project guidance.")
                    .withHint("Remove project_doc_max_bytes = 0 or set a budget such as 32768.")));
        }
        here.selected().ifPresent(f -> out.addAll(contentFindings(f.file())));
        return out;
    }

    /** Findings for the global (Codex home) documents. */
    public static List<Diagnostic> checkGlobal(Path codexHome) {
        List<Diagnostic> out = new ArrayList<>();
        Path override = codexHome.resolve(GuidanceFile.OVERRIDE_NAME);
        Path agents = codexHome.resolve(GuidanceFile.DEFAULT_NAME);
        boolean overrideUsed = Files.isRegularFile(override) && !blank(override);
        if (overrideUsed && Files.isRegularFile(agents)) {
            out.add(Diagnostic.info("agents/shadowed", SourcePosition.ofFile(agents),
                    "Codex does not read the global AGENTS.md: AGENTS.override.md in the Codex home is used instead."));
        }
        if (Files.isRegularFile(override) && !overrideUsed && Files.isRegularFile(agents)) {
            out.add(Diagnostic.info("agents/blank-global-override", SourcePosition.ofFile(override),
                    "The global AGENTS.override.md is blank, so Codex falls back to AGENTS.md in the Codex home."));
        }
        for (Path p : List.of(override, agents)) {
            if (Files.isRegularFile(p)) {
                out.addAll(contentFindings(p));
            }
        }
        return out;
    }

    private static boolean blank(Path p) {
        try {
            byte[] b = Files.readAllBytes(p);
            return dev.codexstudio.core.io.RustText.isBlank(dev.codexstudio.core.io.RustText.fromUtf8Lossy(b, b.length));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return false;
        }
    }

    private static List<Diagnostic> partFindings(EffectiveInstructions ei, InstructionPart p) {
        List<Diagnostic> out = new ArrayList<>();
        SourcePosition at = SourcePosition.ofFile(p.file().file());
        switch (p.status()) {
            case TRUNCATED -> out.add(Diagnostic.warning("agents/over-budget", at,
                    "Codex cuts this file after " + p.includedBytes() + " of its " + p.fileBytes()
                            + " bytes: project_doc_max_bytes (" + ei.budget() + ") is shared by every AGENTS.md from "
                            + ei.projectRoot() + " down to here, and " + (ei.budget() - p.budgetBefore())
                            + " bytes were used above it.")
                    .withHint("Shorten this file or the ones above it, or raise project_doc_max_bytes."));
            case DROPPED_BUDGET -> out.add(Diagnostic.error("agents/dropped-by-budget", at,
                    "Codex does not read this file: the project_doc_max_bytes budget (" + ei.budget()
                            + " bytes) is used up by the AGENTS.md files above it.")
                    .withHint("Shorten the files above it, or raise project_doc_max_bytes."));
            case BLANK -> {
                if (p.file().kind() == GuidanceKind.OVERRIDE) {
                    boolean hides = ei.directories().stream()
                            .filter(d -> d.directory().equals(p.file().directory()))
                            .anyMatch(d -> !d.shadowed().isEmpty());
                    out.add(Diagnostic.warning("agents/empty-override", at, hides
                            ? "This AGENTS.override.md is blank, so Codex reads no guidance in this directory (the "
                                    + "AGENTS.md next to it is suppressed)."
                            : "This AGENTS.override.md is blank, so it contributes nothing.")
                            .withHint(hides ? "Delete the empty override to let Codex read AGENTS.md." : ""));
                } else {
                    out.add(Diagnostic.info("agents/blank", at, "This file is blank, so Codex adds nothing from it."));
                }
            }
            case UNREADABLE -> out.add(Diagnostic.error("agents/unreadable", at,
                    "Codex cannot read this file, and then reads no project AGENTS.md at all."));
            default -> {
            }
        }
        return out;
    }

    /** Content checks: encoding, binary data, unclosed code fences, links to missing files. */
    static List<Diagnostic> contentFindings(Path file) {
        List<Diagnostic> out = new ArrayList<>();
        SourceText text;
        try {
            long size = Files.size(file);
            if (size > 4L * 1024 * 1024) {
                out.add(Diagnostic.warning("agents/huge-file", SourcePosition.ofFile(file),
                        "This file is " + size + " bytes; Codex reads at most project_doc_max_bytes of it."));
                return out;
            }
            text = SourceText.of(file, Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return out;
        }
        out.addAll(contentFindings(text));
        return out;
    }

    /** Content checks on a document's text (also for text being edited and not yet saved). */
    public static List<Diagnostic> contentFindings(SourceText text) {
        List<Diagnostic> out = new ArrayList<>();
        Path file = text.path();
        if (text.containsNul()) {
            out.add(Diagnostic.warning("agents/binary", SourcePosition.ofFile(file),
                    "This file contains NUL bytes; it does not look like Markdown text."));
            return out;
        }
        if (!text.isValidUtf8()) {
            out.add(Diagnostic.warning("agents/invalid-utf8", text.firstMalformedPosition(),
                    "This file is not valid UTF-8; Codex replaces the invalid bytes with U+FFFD.")
                    .withHint("Save the file as UTF-8."));
        }
        if (text.hasBom()) {
            out.add(Diagnostic.info("agents/bom", SourcePosition.of(file, 1, 1),
                    "This file starts with a byte-order mark, which Codex passes to the model as an invisible U+FEFF.")
                    .withHint("Save the file as UTF-8 without BOM."));
        }
        String body = text.text();
        List<Integer> fences = fenceStarts(body);
        int count = fences.size();
        int lastStart = count == 0 ? -1 : fences.get(count - 1);
        if (count % 2 == 1) {
            out.add(Diagnostic.warning("agents/unclosed-code-fence", text.position(lastStart),
                    "This code fence is never closed, so the rest of the file reads as code.")
                    .withHint("Add a closing ``` line."));
        }
        for (int[] link : linkTargets(body)) {
            String target = body.substring(link[0], link[1]);
            if (target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) {
                continue;
            }
            String pathPart = target.split("#", 2)[0];
            if (pathPart.isEmpty()) {
                continue;
            }
            try {
                Path resolved = pathPart.startsWith("/") ? Path.of(pathPart) : file.getParent().resolve(pathPart);
                if (!Files.exists(resolved)) {
                    out.add(Diagnostic.info("agents/broken-link", text.position(link[0]),
                            "The linked file " + pathPart + " does not exist."));
                }
            } catch (InvalidPathException e) {
                // not a file path
            }
        }
        return out;
    }
}

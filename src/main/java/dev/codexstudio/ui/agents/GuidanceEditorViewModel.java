package dev.codexstudio.ui.agents;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.DirectoryGuidance;
import dev.codexstudio.core.agents.EffectiveInstructions;
import dev.codexstudio.core.agents.GuidanceFile;
import dev.codexstudio.core.agents.GuidanceKind;
import dev.codexstudio.core.agents.GuidanceScope;
import dev.codexstudio.core.agents.InstructionPart;
import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AGENTS.md editor's model: for a working directory the stack knows, what Codex builds from the document's
 * current (unsaved) bytes: this file's share of {@code project_doc_max_bytes}, where the budget cuts, whether
 * the file is read at all there, and the exact instructions text. Pure and synchronous; the view debounces.
 */
public final class GuidanceEditorViewModel {

    private final StudioViewModel studio;
    private final Path file;

    /** One contributing (or budget-dropped) document in the gauge, in Codex's order. */
    public record Segment(Path file, String label, long bytes, boolean thisFile) {
    }

    /** One row of the parts list. */
    public record PartRow(Path file, String label, String scope, long bytes, String outcome, boolean contributes,
            boolean thisFile) {
    }

    /**
     * The outcome for one working directory.
     *
     * @param cwd          the working directory
     * @param instructions what the core computed (with the in-memory bytes)
     * @param segments     bytes each project document takes from the budget, this file marked
     * @param used         project budget bytes used
     * @param budget       {@code project_doc_max_bytes}
     * @param thisFileBytes bytes of this file that Codex reads from cwd
     * @param gauge        the figure under the gauge ("1,234 of 16,384 bytes used; this file 567")
     * @param cut          where the budget cuts, or "" when it does not
     * @param standing     whether and why this file is (not) read from cwd
     * @param exceeded     whether the documents need more bytes than the budget
     * @param parts        every part with its outcome, global first
     * @param preview      the exact text Codex sees
     */
    public record Result(Path cwd, EffectiveInstructions instructions, List<Segment> segments, long used, long budget,
            long thisFileBytes, String gauge, String cut, String standing, boolean exceeded, List<PartRow> parts,
            String preview) {
    }

    public GuidanceEditorViewModel(StudioViewModel studio, Path file) {
        this.studio = studio;
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** The working directories the stack knows (root first). */
    public List<Path> directories() {
        return studio.stack().map(s -> s.views().stream().map(CwdView::cwd).toList()).orElse(List.of());
    }

    /** The file's own directory when the stack knows it, else the root view's directory. */
    public Optional<Path> defaultDirectory() {
        Optional<Stack> s = studio.stack();
        if (s.isEmpty() || s.get().views().isEmpty()) {
            return Optional.empty();
        }
        Path dir = file.getParent();
        return Optional.of(s.get().view(dir).map(CwdView::cwd).orElse(s.get().rootView().cwd()));
    }

    /** As {@link #compute(Path, byte[])} with the text encoded as UTF-8. */
    public Optional<Result> compute(Path cwd, String text) {
        return compute(cwd, text.getBytes(StandardCharsets.UTF_8));
    }

    /** What Codex builds from {@code cwd} when this file holds {@code bytes} (nothing is read from or written to it). */
    public Optional<Result> compute(Path cwd, byte[] bytes) {
        Optional<CwdView> view = studio.stack().flatMap(s -> s.view(cwd));
        if (view.isEmpty()) {
            return Optional.empty();
        }
        EffectiveInstructions ei = AgentsInstructions.compute(view.get().config(), Map.of(file, bytes));
        List<Segment> segments = new ArrayList<>();
        long thisBytes = 0;
        long wanted = 0;
        for (InstructionPart p : ei.parts()) {
            boolean mine = p.file().file().equals(file);
            if (p.contributes()) {
                segments.add(new Segment(p.file().file(), label(ei, p.file()), p.includedBytes(), mine));
                if (mine) {
                    thisBytes = p.includedBytes();
                }
            }
            if (p.contributes() || p.status() == InstructionPart.Status.DROPPED_BUDGET) {
                wanted += Math.max(0, p.fileBytes());
            }
        }
        boolean exceeded = ei.skipped() == EffectiveInstructions.Skip.NONE && wanted > ei.budget();
        long used = ei.budgetUsed();
        String gauge = String.format("%,d of %,d bytes used", used, ei.budget())
                + (exceeded ? String.format(" (%,d needed)", wanted) : "")
                + String.format("; this file %,d", thisBytes);
        return Optional.of(new Result(cwd, ei, segments, used, ei.budget(), thisBytes, gauge, cut(ei, bytes),
                standing(ei, cwd), exceeded, rows(ei), ei.text()));
    }

    private String cut(EffectiveInstructions ei, byte[] bytes) {
        Optional<InstructionPart> other = ei.parts().stream()
                .filter(p -> p.status() == InstructionPart.Status.TRUNCATED && !p.file().file().equals(file))
                .findFirst();
        Optional<InstructionPart> mine = ei.parts().stream().filter(p -> p.file().file().equals(file)).findFirst();
        if (mine.isPresent() && mine.get().status() == InstructionPart.Status.TRUNCATED) {
            InstructionPart p = mine.get();
            long n = p.includedBytes();
            String before = RustText.fromUtf8Lossy(bytes, (int) n);
            int line = 1;
            int col = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return String.format("Cut after byte %,d of this file: line %d, column %d (%,d of %,d bytes cut).",
                    n, line, col, p.bytesCut(), p.fileBytes());
        }
        if (mine.isPresent() && mine.get().status() == InstructionPart.Status.DROPPED_BUDGET) {
            return "This file is not read at all: the budget is used up before it"
                    + other.map(o -> String.format(" (cut after byte %,d of %s).", o.includedBytes(),
                            label(ei, o.file()))).orElse(".");
        }
        return other.map(o -> String.format("Cut after byte %,d of %s.", o.includedBytes(), label(ei, o.file())))
                .orElse("");
    }

    private String standing(EffectiveInstructions ei, Path cwd) {
        Path dir = file.getParent();
        Optional<InstructionPart> global = ei.global();
        if (global.isPresent() && global.get().file().file().equals(file)) {
            return "Global document from the Codex home: read in every project, not counted in the budget.";
        }
        Optional<DirectoryGuidance> here = ei.directories().stream().filter(d -> d.directory().equals(dir)).findFirst();
        if (here.isEmpty()) {
            return "Not read from " + cwd + ": its directory is not on the path from the project root ("
                    + ei.projectRoot() + ") to the working directory.";
        }
        DirectoryGuidance dg = here.get();
        Optional<GuidanceFile> winner = dg.selected();
        if (winner.isPresent() && !winner.get().file().equals(file)) {
            GuidanceFile w = winner.get();
            String why = w.kind() == GuidanceKind.OVERRIDE
                    ? w.fileName() + " wins in its directory"
                    : w.fileName() + " is used; fallback names are read only when there is no AGENTS.md";
            return "Shadowed: " + why + ", so Codex does not read this file from here.";
        }
        if (winner.isEmpty()) {
            return "Not selected in its directory (its name is not a candidate Codex looks for).";
        }
        return switch (ei.skipped()) {
            case UNTRUSTED -> "Not read: the project " + ei.skipDetail() + " is marked untrusted.";
            case BUDGET_ZERO -> "Not read: project_doc_max_bytes = 0 disables all project documents.";
            case UNREADABLE -> "Not read: " + ei.skipDetail() + " (Codex then reads no project document).";
            case NONE -> ei.parts().stream().filter(p -> p.file().file().equals(file)).findFirst()
                    .map(p -> switch (p.status()) {
                        case INCLUDED -> "Read whole by Codex from this directory.";
                        case TRUNCATED -> "Read in part: the budget cuts it.";
                        case BLANK -> "Blank: Codex adds nothing from it"
                                + (dg.shadowed().isEmpty() ? "." : " and reads no other file in its directory.");
                        case DROPPED_BUDGET -> "Not read: the budget is used up before it.";
                        case UNREADABLE -> "Not read: it cannot be read.";
                    }).orElse("Not read.");
        };
    }

    private List<PartRow> rows(EffectiveInstructions ei) {
        List<PartRow> rows = new ArrayList<>();
        ei.global().ifPresent(g -> rows.add(new PartRow(g.file().file(), label(ei, g.file()), "global",
                g.includedBytes(), "contributes (not counted in the budget)", true, g.file().file().equals(file))));
        for (DirectoryGuidance dg : ei.directories()) {
            for (GuidanceFile f : dg.present()) {
                boolean mine = f.file().equals(file);
                Optional<InstructionPart> part = ei.parts().stream().filter(p -> p.file().equals(f)).findFirst();
                if (part.isPresent()) {
                    InstructionPart p = part.get();
                    String outcome = switch (p.status()) {
                        case INCLUDED -> "contributes";
                        case TRUNCATED -> String.format("contributes, cut (%,d bytes dropped)", p.bytesCut());
                        case BLANK -> "blank, adds nothing";
                        case DROPPED_BUDGET -> "not read: budget used up";
                        case UNREADABLE -> "unreadable";
                    };
                    if (ei.skipped() == EffectiveInstructions.Skip.UNREADABLE && p.status() != InstructionPart.Status.UNREADABLE) {
                        outcome = "not read: another document is unreadable";
                    }
                    rows.add(new PartRow(f.file(), label(ei, f), scope(ei, f), p.contributes() ? p.includedBytes()
                            : Math.max(0, p.fileBytes()), outcome, p.contributes(), mine));
                } else if (dg.selected().isPresent() && !dg.selected().get().equals(f)) {
                    GuidanceFile w = dg.selected().get();
                    rows.add(new PartRow(f.file(), label(ei, f), scope(ei, f), 0, "shadowed by " + w.fileName()
                            + (w.kind() == GuidanceKind.OVERRIDE ? " (the override wins)" : ""), false, mine));
                } else {
                    String why = switch (ei.skipped()) {
                        case UNTRUSTED -> "not read: project untrusted";
                        case BUDGET_ZERO -> "not read: project_doc_max_bytes = 0";
                        default -> "not read";
                    };
                    rows.add(new PartRow(f.file(), label(ei, f), scope(ei, f), 0, why, false, mine));
                }
            }
        }
        return rows;
    }

    private static String scope(EffectiveInstructions ei, GuidanceFile f) {
        if (f.scope() == GuidanceScope.GLOBAL) {
            return "global";
        }
        Path rel = ei.projectRoot().relativize(f.directory());
        return rel.toString().isEmpty() ? "project root" : rel.toString();
    }

    static String label(EffectiveInstructions ei, GuidanceFile f) {
        if (f.scope() == GuidanceScope.GLOBAL) {
            return "~codex/" + f.fileName();
        }
        Path rel = ei.projectRoot().relativize(f.file());
        return rel.toString();
    }
}

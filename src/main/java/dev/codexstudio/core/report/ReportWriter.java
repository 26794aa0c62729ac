package dev.codexstudio.core.report;

import dev.codexstudio.core.agents.GuidanceKind;
import dev.codexstudio.core.agents.GuidanceScope;
import dev.codexstudio.core.agents.InstructionPart;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.hooks.HookEvent;
import dev.codexstudio.core.io.AtomicFiles;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.skills.SkillScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link StackSummary} as a README-style {@code STACK-REPORT.md} for someone new to the repository: an
 * overview, what a newcomer should know, a section per layer split by scope (tables and lists), and the findings,
 * with links to the files relative to the folder the report is written to, and the hook lifecycle diagram
 * ({@link LifecycleDiagramPainter}) beside it.
 */
public final class ReportWriter {

    public static final String REPORT_FILE = "STACK-REPORT.md";
    public static final String DIAGRAM_FILE = "hook-lifecycle.png";

    private final StackSummary s;
    private final Path outDir;
    private final StringBuilder md = new StringBuilder();

    private ReportWriter(StackSummary summary, Path outDir) {
        this.s = summary;
        this.outDir = outDir.toAbsolutePath().normalize();
    }

    /** The two files written into {@code outDir}, report first. */
    public record Written(Path report, Path diagram) {
    }

    /** Writes {@link #REPORT_FILE} and {@link #DIAGRAM_FILE} into {@code outDir} (created if missing), atomically. */
    public static Written write(StackSummary summary, Path outDir) throws IOException {
        Path dir = outDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Path png = dir.resolve(DIAGRAM_FILE);
        Path report = dir.resolve(REPORT_FILE);
        AtomicFiles.write(png, LifecycleDiagramPainter.png(summary), null);
        AtomicFiles.write(report, markdown(summary, dir).getBytes(StandardCharsets.UTF_8), null);
        return new Written(report, png);
    }

    /** The Markdown of the report, with links relative to {@code outDir}. */
    public static String markdown(StackSummary summary, Path outDir) {
        ReportWriter w = new ReportWriter(summary, outDir);
        w.all();
        return w.md.toString();
    }

    private void all() {
        String name = s.root().getFileName() == null ? s.root().toString() : s.root().getFileName().toString();
        line("# Codex stack of `" + name + "`");
        line("");
        overview();
        newcomer();
        guidance();
        skills();
        hooks();
        configuration();
        requirements();
        findings();
        line("---");
        line("");
        line("Written by Codex Stack Studio from the files as Codex CLI 0.169 reads them"
                + s.selectedProfile().map(p -> ", with profile `" + p + "` selected").orElse("") + ".");
    }

    // ---- sections ----

    private void overview() {
        long docs = s.guidance().files().stream().filter(StackSummary.GuidanceDoc::used).count();
        long skills = s.skills().skills().size();
        long hooks = s.hooks().hooks().size();
        long configs = s.configuration().layers().stream().filter(StackSummary.ConfigFile::exists).count();
        StringBuilder p = new StringBuilder();
        p.append("This report describes how Codex CLI is customised for ").append(link(s.root(), "this repository"))
                .append(": ").append(count(docs, "AGENTS.md guidance file")).append(" in use, ")
                .append(count(skills, "skill")).append(", ").append(count(hooks, "hook")).append(" across ")
                .append(count(s.hooks().events().size(), "event")).append(", ").append(count(configs, "config file"))
                .append(" and ").append(s.requirements().isEmpty() ? "no managed requirements"
                        : count(s.requirements().files().size(), "requirements file"))
                .append(". Validation found ").append(count(s.count(Severity.ERROR), "error")).append(", ")
                .append(count(s.count(Severity.WARNING), "warning")).append(" and ")
                .append(count(s.count(Severity.INFO), "note")).append('.');
        if (s.scanTruncated()) {
            p.append(" The repository is too large to scan completely; some files may be missing here.");
        }
        line(p.toString());
        line("");
        line("Contents: [What a newcomer should know](#what-a-newcomer-should-know) · [AGENTS.md guidance](#agentsmd-guidance)"
                + " · [Skills](#skills) · [Hooks](#hooks) · [Configuration](#configuration)"
                + " · [Requirements](#requirements) · [Findings](#findings)");
        line("");
    }

    private void newcomer() {
        line("## What a newcomer should know");
        line("");
        List<String> b = new ArrayList<>();
        String model = setting("model").orElse(null);
        String sandbox = setting("sandbox_mode").orElse(null);
        String approval = setting("approval_policy").orElse(null);
        b.add("**Model:** " + (model == null ? "Codex's default (no `model` is set)" : "`" + model + "`")
                + setting("model_reasoning_effort").map(e -> ", reasoning effort `" + e + "`").orElse("") + ".");
        b.add("**Sandbox and approvals:** sandbox " + (sandbox == null ? "Codex's default" : "`" + sandbox + "`")
                + ", approval policy " + (approval == null ? "Codex's default" : "`" + approval + "`") + ".");
        StackSummary.Chain root = s.guidance().chains().get(0);
        List<StackSummary.Link> read = root.links().stream().filter(l -> l.status() == InstructionPart.Status.INCLUDED
                || l.status() == InstructionPart.Status.TRUNCATED).toList();
        if (read.isEmpty()) {
            b.add("**Guidance:** Codex reads no AGENTS.md at the repository root.");
        } else {
            b.add("**Guidance:** at the root Codex reads " + read.stream().map(l -> link(l.file(), shortName(l.file())))
                    .collect(Collectors.joining(", ")) + " (" + root.used() + " of " + root.budget()
                    + " bytes of the project-doc budget)" + (root.cut() ? "; **the budget cuts some of it**" : "") + ".");
        }
        long nested = s.guidance().chains().size() - 1;
        if (nested > 0) {
            b.add("**Nested guidance:** " + count(nested, "directory") + " add their own AGENTS.md; work started there"
                    + " gets more instructions (see the chains below).");
        }
        long untrusted = s.hooks().hooks().stream().filter(h -> !h.runs() && h.enabled()).count();
        long running = s.hooks().hooks().stream().filter(StackSummary.HookFact::runs).count();
        if (s.hooks().isEmpty()) {
            b.add("**Hooks:** none; Codex runs no scripts of its own during a session.");
        } else {
            b.add("**Hooks:** " + count(running, "hook") + " run automatically"
                    + (untrusted > 0 ? "; " + count(untrusted, "hook") + " wait for review in Codex's `/hooks` before they run"
                            : "")
                    + (s.hooks().notLoaded().isEmpty() ? "" : "; " + count(s.hooks().notLoaded().size(), "hook file")
                            + (s.hooks().notLoaded().size() == 1 ? " is" : " are") + " not loaded until the project is trusted")
                    + (s.hooks().hooksEnabled() ? "" : "; the `hooks` feature is **off**, so none run") + ".");
        }
        long disabled = s.skills().skills().stream().filter(k -> !k.enabled()).count();
        if (!s.skills().skills().isEmpty()) {
            b.add("**Skills:** " + count(s.skills().skills().size(), "skill") + " listed"
                    + (disabled > 0 ? ", " + disabled + " disabled" : "") + (s.skills().notLoaded().isEmpty() ? ""
                            : "; " + count(s.skills().notLoaded().size(), "SKILL.md") + " cannot be loaded") + ".");
        }
        if (!s.configuration().profiles().isEmpty()) {
            b.add("**Profiles:** " + s.configuration().profiles().stream().map(p -> "`" + p.name() + "`")
                    .collect(Collectors.joining(", ")) + " (start with `codex --profile NAME`).");
        }
        if (!s.requirements().isEmpty()) {
            b.add("**Managed policy:** requirements are enforced"
                    + (s.requirements().conflicts().isEmpty() ? "; the configs respect them"
                            : "; " + count(s.requirements().conflicts().size(), "setting") + " of the configs conflict with them")
                    + ".");
        }
        long errors = s.count(Severity.ERROR);
        if (errors > 0) {
            b.add("**Fix first:** " + count(errors, "error") + " (see [Findings](#findings)).");
        }
        b.forEach(x -> line("- " + x));
        line("");
    }

    private void guidance() {
        line("## AGENTS.md guidance");
        line("");
        if (s.guidance().isEmpty()) {
            line("No AGENTS.md guidance: neither the Codex home nor the repository has an AGENTS.md,"
                    + " AGENTS.override.md or fallback file, so Codex gets no project instructions.");
            line("");
            return;
        }
        line("Project-doc budget (`project_doc_max_bytes`): **" + s.guidance().budget() + " bytes**. In each directory"
                + " Codex reads `AGENTS.override.md` if present, else `AGENTS.md`, else a fallback name; a file applies"
                + " to its directory and everything below it.");
        line("");
        for (GuidanceScope scope : GuidanceScope.values()) {
            List<StackSummary.GuidanceDoc> of = s.guidance().files().stream().filter(f -> f.scope() == scope).toList();
            if (of.isEmpty()) {
                continue;
            }
            line("### " + (scope == GuidanceScope.GLOBAL ? "Global (Codex home)" : "Project"));
            line("");
            line("| File | Kind | Status | Applies to |");
            line("|---|---|---|---|");
            for (StackSummary.GuidanceDoc d : of) {
                String status = d.shadowedBy().map(by -> "shadowed by " + link(by, shortName(by)))
                        .orElse(d.appliesTo().isEmpty() ? "not read" : "read");
                String applies = d.appliesTo().isEmpty() ? "—" : d.appliesTo().stream().map(this::rel)
                        .map(r -> "`" + r + "`").collect(Collectors.joining(", "));
                row(link(d.file(), rel(d.file())), kind(d.kind()), status, applies);
            }
            line("");
        }
        line("### Effective chain per directory");
        line("");
        for (StackSummary.Chain c : s.guidance().chains()) {
            line("**`" + rel(c.cwd()) + "`** — " + c.used() + " of " + c.budget() + " bytes used"
                    + (c.cut() ? ", cut by the budget" : "") + ":");
            line("");
            if (c.links().isEmpty()) {
                line("- nothing: " + (c.skipDetail() == null || c.skipDetail().isBlank() ? "no guidance applies here"
                        : text(c.skipDetail())));
            }
            int n = 1;
            for (StackSummary.Link l : c.links()) {
                line(n++ + ". " + link(l.file(), rel(l.file())) + (l.global() ? " (global)" : "") + " — "
                        + linkStatus(l));
            }
            line("");
        }
    }

    private static String linkStatus(StackSummary.Link l) {
        return switch (l.status()) {
            case INCLUDED -> l.fileBytes() + " bytes, read in full";
            case TRUNCATED -> "**cut** at " + l.includedBytes() + " of " + l.fileBytes() + " bytes (" + l.bytesCut()
                    + " bytes lost)";
            case DROPPED_BUDGET -> "**dropped**: the budget is used up (" + l.fileBytes() + " bytes lost)";
            case BLANK -> "blank, adds nothing";
            default -> l.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private void skills() {
        line("## Skills");
        line("");
        if (s.skills().isEmpty()) {
            line("No skills: no `SKILL.md` in any folder Codex scans.");
            line("");
        }
        for (SkillScope scope : SkillScope.values()) {
            List<StackSummary.SkillFact> of = s.skills().skills().stream().filter(k -> k.scope() == scope).toList();
            if (of.isEmpty()) {
                continue;
            }
            line("### " + skillScope(scope));
            line("");
            line("| Skill | Description | State | Folder |");
            line("|---|---|---|---|");
            for (StackSummary.SkillFact k : of) {
                row("`" + k.name() + "`", text(k.description()), k.enabled() ? "enabled" : "**disabled**",
                        link(k.skillFile(), rel(k.dir())));
            }
            line("");
        }
        if (!s.skills().notLoaded().isEmpty()) {
            line("### Not loaded");
            line("");
            s.skills().notLoaded().forEach(p -> line("- " + link(p.file(), rel(p.file())) + ": " + text(p.message())));
            line("");
        }
        if (!s.skills().folders().isEmpty()) {
            line("Folders Codex scans for skills: " + s.skills().folders().stream()
                    .filter(f -> f.scope() != SkillScope.SYSTEM)
                    .map(f -> "`" + rel(f.path()) + "` (" + f.scope().name().toLowerCase(Locale.ROOT) + ")")
                    .collect(Collectors.joining(", ")) + ".");
            line("");
        }
    }

    private void hooks() {
        line("## Hooks");
        line("");
        line("![Hook lifecycle](" + DIAGRAM_FILE + ")");
        line("");
        if (!s.hooks().hooksEnabled()) {
            line("The `hooks` feature is off (`[features] hooks = false`): Codex runs none of the hooks below.");
            line("");
        }
        if (s.hooks().isEmpty()) {
            line("No hooks: no `hooks.json` or `[hooks]` table in the Codex home, the project or the managed policy.");
            line("");
            return;
        }
        for (HookEvent e : s.hooks().events()) {
            line("### " + e.tomlName());
            line("");
            line("| Matcher | Runs | Timeout | Source | Trust |");
            line("|---|---|---|---|---|");
            for (StackSummary.HookFact h : s.hooks().of(e)) {
                row(h.matcher() == null || h.matcher().isEmpty() ? "*(all)*" : "`" + cell(h.matcher()) + "`",
                        "`" + cell(h.action()) + "`" + (h.async() ? " (async)" : ""), h.timeoutSec() + " s",
                        h.source() + ": " + link(h.sourceFile(), rel(h.sourceFile()) + (h.line() > 0 ? ":" + h.line() : ""),
                                h.line()),
                        (h.runs() ? "" : "**not run**: ") + LifecycleDiagramPainter.trustWords(h.trust())
                                + (h.enabled() ? "" : ", disabled"));
            }
            line("");
        }
        if (!s.hooks().notLoaded().isEmpty()) {
            line("### Not loaded");
            line("");
            s.hooks().notLoaded().forEach(n -> line("- " + link(n.file(), rel(n.file())) + ": " + text(n.reason())));
            line("");
        }
        if (!s.hooks().warnings().isEmpty()) {
            line("Codex's warnings about hook files:");
            line("");
            s.hooks().warnings().forEach(w -> line("- " + text(w)));
            line("");
        }
    }

    private void configuration() {
        line("## Configuration");
        line("");
        List<StackSummary.ConfigFile> files = s.configuration().layers().stream()
                .filter(StackSummary.ConfigFile::exists).toList();
        if (files.isEmpty()) {
            line("No config files: Codex runs with its defaults.");
            line("");
        } else {
            line("Layers, lowest precedence first (a later layer wins for the keys it sets):");
            line("");
            line("| Layer | File | State | Settings |");
            line("|---|---|---|---|");
            for (StackSummary.ConfigFile f : files) {
                String state = f.readError() != null ? "**unreadable**: " + text(f.readError())
                        : f.enabled() ? "in effect" : "**ignored**: " + text(f.disabledReason() == null
                                ? "project not trusted" : f.disabledReason());
                row(layer(f.kind()), link(f.file(), rel(f.file())), state, String.valueOf(f.keys()));
            }
            line("");
        }
        if (!s.configuration().notable().isEmpty()) {
            line("### Notable settings");
            line("");
            line("| Setting | Value | From |");
            line("|---|---|---|");
            for (StackSummary.Setting st : s.configuration().notable()) {
                row("`" + st.key() + "`", "`" + cell(st.value()) + "`", st.file() == null ? "—"
                        : layer(st.layer()) + ": " + link(st.file(), rel(st.file()) + ":" + st.line(), st.line())
                                + (st.overrides() > 0 ? " (overrides " + count(st.overrides(), "other layer") + ")" : ""));
            }
            line("");
        }
        if (!s.configuration().profiles().isEmpty()) {
            line("### Profiles");
            line("");
            for (StackSummary.Profile p : s.configuration().profiles()) {
                line("**`" + p.name() + "`** (" + link(p.file(), rel(p.file())) + ")"
                        + (p.selected() ? ", selected" : "") + (p.changes().isEmpty() ? ": sets nothing." : ":"));
                line("");
                if (!p.changes().isEmpty()) {
                    line("| Setting | Profile | User config |");
                    line("|---|---|---|");
                    for (StackSummary.ProfileChange c : p.changes()) {
                        row("`" + c.key() + "`", "`" + cell(c.value()) + "`",
                                c.base().map(v -> "`" + cell(v) + "`").orElse("not set"));
                    }
                    line("");
                }
            }
        }
    }

    private void requirements() {
        line("## Requirements");
        line("");
        StackSummary.Policy r = s.requirements();
        if (r.isEmpty()) {
            line("No managed requirements: no `requirements.toml` constrains what the configs may set.");
            line("");
            return;
        }
        line("From " + r.files().stream().map(f -> link(f, rel(f))).collect(Collectors.joining(", ")) + ":");
        line("");
        List<String> b = new ArrayList<>();
        if (!r.allowedApprovalPolicies().isEmpty()) {
            b.add("approval policy must be one of " + codes(r.allowedApprovalPolicies()));
        }
        if (!r.allowedSandboxModes().isEmpty()) {
            b.add("sandbox mode must be one of " + codes(r.allowedSandboxModes()));
        }
        if (r.managedHooksOnly()) {
            b.add("only managed hooks run (user and project hooks are ignored)");
        }
        r.managedHooksFile().ifPresent(f -> b.add("managed hooks come from " + link(f, rel(f))));
        for (Map.Entry<String, Boolean> pin : r.featurePins().entrySet()) {
            b.add("feature `" + pin.getKey() + "` is pinned " + (pin.getValue() ? "on" : "off"));
        }
        if (!r.denyRead().isEmpty()) {
            b.add("Codex may not read " + codes(r.denyRead()));
        }
        if (b.isEmpty()) {
            b.add("nothing is constrained");
        }
        b.forEach(x -> line("- " + x));
        line("");
        if (!r.conflicts().isEmpty()) {
            line("Settings the requirements forbid:");
            line("");
            line("| Setting | Value | Where | In effect | Rule |");
            line("|---|---|---|---|---|");
            for (StackSummary.Conflict c : r.conflicts()) {
                row("`" + c.key() + "`", "`" + cell(c.value()) + "`", c.file() == null ? "—"
                        : link(c.file(), rel(c.file()) + ":" + c.line(), c.line()), c.inEffect() ? "yes" : "no",
                        text(c.message()));
            }
            line("");
        }
    }

    private void findings() {
        line("## Findings");
        line("");
        if (s.findings().isEmpty()) {
            line("No findings: every file reads cleanly.");
            line("");
            return;
        }
        for (Map.Entry<StackSummary.Layer, List<StackSummary.Finding>> e : s.findingsByLayer().entrySet()) {
            line("### " + e.getKey().title() + " (" + e.getValue().size() + ")");
            line("");
            line("| Severity | Location | Message |");
            line("|---|---|---|");
            for (StackSummary.Finding f : e.getValue()) {
                String where = rel(f.file()) + (f.line() > 0 ? ":" + f.line() : "");
                row(f.severity().name().toLowerCase(Locale.ROOT), link(f.file(), where, f.line()),
                        text(f.message()) + " (`" + f.rule() + "`)" + (f.hint() == null || f.hint().isBlank() ? ""
                                : " — " + text(f.hint())));
            }
            line("");
        }
    }

    // ---- helpers ----

    private java.util.Optional<String> setting(String key) {
        return s.configuration().settings().stream().filter(x -> x.key().equals(key)).findFirst()
                .map(x -> x.value().replaceAll("^\"|\"$", ""));
    }

    private String link(Path file, String label) {
        return link(file, label, 0);
    }

    private String link(Path file, String label, int line) {
        String rel;
        try {
            rel = outDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            rel = file.toString();
        }
        if (rel.isEmpty()) {
            rel = ".";
        }
        rel = rel.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        return "[" + cell(label).replace("[", "\\[").replace("]", "\\]") + "](" + rel + (line > 0 ? "#L" + line : "") + ")";
    }

    private String shortName(Path p) {
        return rel(p);
    }

    /** A path as a label: relative to the repository, {@code $CODEX_HOME/…} in the Codex home, else absolute. */
    private String rel(Path p) {
        if (s.inRepository(p)) {
            return s.relative(p);
        }
        if (s.codexHome() != null && p.startsWith(s.codexHome())) {
            return "$CODEX_HOME/" + s.codexHome().relativize(p).toString().replace('\\', '/');
        }
        return p.toString();
    }

    private static String codes(List<String> values) {
        return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    }

    private static String kind(GuidanceKind k) {
        return switch (k) {
            case OVERRIDE -> "override";
            case AGENTS -> "AGENTS.md";
            case FALLBACK -> "fallback name";
        };
    }

    private static String skillScope(SkillScope scope) {
        return switch (scope) {
            case REPO -> "Repository";
            case USER -> "User";
            case SYSTEM -> "System (bundled with Codex)";
            case ADMIN -> "Admin (/etc/codex)";
        };
    }

    private static String layer(LayerKind k) {
        if (k == null) {
            return "—";
        }
        return switch (k) {
            case SYSTEM -> "system";
            case USER -> "user";
            case PROFILE -> "profile";
            case PROJECT -> "project";
            case LEGACY_MANAGED -> "managed (legacy)";
        };
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("y") && !noun.endsWith("ey") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }

    /** Text for a table cell: one line, pipes escaped. */
    private static String cell(String v) {
        if (v == null) {
            return "";
        }
        return v.replace("\r", " ").replace("\n", " ").replace("|", "\\|").replace("`", "'");
    }

    private static String text(String v) {
        return v == null ? "" : cell(v).replace("'", "'");
    }

    private void row(String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private void line(String l) {
        md.append(l).append('\n');
    }
}

package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ScanProbes;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * The {@code [[skills.config]]} rules and {@code skills.bundled.enabled} as Codex 0.169 applies them.
 *
 * <p>Rules are read only from the user config ({@code $CODEX_HOME/config.toml}) and a selected profile
 * file, lowest precedence first; {@code [[skills.config]]} in {@code /etc/codex/config.toml} or in a
 * project's {@code .codex/config.toml} is ignored (verified against the binary, trusted project
 * included). An entry selects skills by {@code path} (resolved against the config file's folder,
 * {@code ~/} expanded, canonicalised) or by {@code name} (trimmed, exact match); an entry with both, with
 * neither or with a blank name is ignored. A later entry with the same selector replaces an earlier one,
 * and the rules are then applied in order, so a later rule wins for a skill matched by both a path and
 * a name rule. {@code skills.bundled.enabled} comes from the effective config (a trusted project's
 * {@code .codex/config.toml} counts); false removes the system skills.
 *
 * @param rules          the effective rules, in the order Codex applies them
 * @param bundledEnabled whether bundled (system) skills are loaded
 * @param entries        every {@code [[skills.config]]} entry found in any layer, with what Codex does with it
 */
public record SkillConfigRules(List<Rule> rules, boolean bundledEnabled, List<EntryNote> entries) {

    public SkillConfigRules {
        rules = List.copyOf(rules);
        entries = List.copyOf(entries);
    }

    /** One rule: a selector and the enabled flag it sets. */
    public record Rule(Path path, String name, boolean enabled, SourcePosition position) {
        public boolean byPath() {
            return path != null;
        }
    }

    /** What Codex does with one {@code [[skills.config]]} entry. */
    public enum Status {
        /** Used as a rule. */
        APPLIED,
        /** Replaced by a later entry with the same selector. */
        SUPERSEDED,
        /** Ignored: in a layer Codex does not read skill rules from. */
        IGNORED_LAYER,
        /** Ignored: both {@code path} and {@code name}. */
        IGNORED_BOTH_SELECTORS,
        /** Ignored: neither {@code path} nor {@code name}. */
        IGNORED_NO_SELECTOR,
        /** Ignored: a blank {@code name}. */
        IGNORED_BLANK_NAME,
        /** Codex refuses the whole config file (a missing {@code enabled}, a wrong type). */
        INVALID
    }

    /**
     * One entry as written.
     *
     * @param layer    the layer it is in
     * @param file     the config file
     * @param index    its index in {@code skills.config}
     * @param position where the entry is
     * @param status   what Codex does with it
     * @param detail   for {@link Status#INVALID}, Codex's complaint (e.g. {@code missing field `enabled`})
     * @param rule     the rule it makes, when it makes one
     */
    public record EntryNote(LayerKind layer, Path file, int index, SourcePosition position, Status status,
            String detail, Rule rule) {
    }

    /** No rules, bundled skills enabled. */
    public static SkillConfigRules none() {
        return new SkillConfigRules(List.of(), true, List.of());
    }

    /** Reads the rules from a config stack. */
    public static SkillConfigRules from(ConfigStack stack) {
        List<Rule> rules = new ArrayList<>();
        List<EntryNote> notes = new ArrayList<>();
        Path home = stack.environment().userHome();
        for (ConfigLayer layer : stack.layers()) {
            if (!layer.isParsed()) {
                continue;
            }
            TomlDocument doc = layer.document();
            TomlTable table = doc.table();
            Object skills = table.get(List.of("skills"));
            if (!(skills instanceof TomlTable skillsTable)) {
                continue;
            }
            Object config = skillsTable.get(List.of("config"));
            if (!(config instanceof TomlArray array)) {
                if (config != null) {
                    notes.add(new EntryNote(layer.kind(), layer.file(), -1, doc.locate(List.of("skills", "config")),
                            readsRules(layer.kind()) ? Status.INVALID : Status.IGNORED_LAYER,
                            "invalid type: expected a sequence", null));
                }
                continue;
            }
            for (int i = 0; i < array.size(); i++) {
                SourcePosition at = doc.locate(List.of("skills", "config", Integer.toString(i)));
                Object item = array.get(i);
                EntryNote note = readEntry(layer, doc, item, i, at, home);
                if (note.status() == Status.APPLIED) {
                    Rule rule = note.rule();
                    for (int k = 0; k < rules.size(); k++) {
                        if (sameSelector(rules.get(k), rule)) {
                            Rule old = rules.remove(k);
                            for (int n = 0; n < notes.size(); n++) {
                                if (notes.get(n).rule() == old) {
                                    EntryNote o = notes.get(n);
                                    notes.set(n, new EntryNote(o.layer(), o.file(), o.index(), o.position(),
                                            Status.SUPERSEDED, null, o.rule()));
                                }
                            }
                            break;
                        }
                    }
                    rules.add(rule);
                }
                notes.add(note);
            }
        }
        boolean bundled = !(stack.effective().get("skills.bundled.enabled").orElse(Boolean.TRUE) instanceof Boolean b)
                || b;
        return new SkillConfigRules(rules, bundled, notes);
    }

    private static boolean readsRules(LayerKind kind) {
        return kind == LayerKind.USER || kind == LayerKind.PROFILE;
    }

    private static boolean sameSelector(Rule a, Rule b) {
        return Objects.equals(a.path(), b.path()) && Objects.equals(a.name(), b.name());
    }

    private static EntryNote readEntry(ConfigLayer layer, TomlDocument doc, Object item, int index, SourcePosition at,
            Path home) {
        boolean reads = readsRules(layer.kind());
        if (!(item instanceof TomlTable entry)) {
            return new EntryNote(layer.kind(), layer.file(), index, at, reads ? Status.INVALID : Status.IGNORED_LAYER,
                    "invalid type: expected struct SkillConfig", null);
        }
        Object path = entry.get(List.of("path"));
        Object name = entry.get(List.of("name"));
        Object enabled = entry.get(List.of("enabled"));
        String problem = null;
        if (path != null && !(path instanceof String)) {
            problem = "invalid type for `path`: expected a string";
        } else if (name != null && !(name instanceof String)) {
            problem = "invalid type for `name`: expected a string";
        } else if (enabled == null) {
            problem = "missing field `enabled`";
        } else if (!(enabled instanceof Boolean)) {
            problem = "invalid type for `enabled`: expected a boolean";
        }
        if (!reads) {
            return new EntryNote(layer.kind(), layer.file(), index, at, Status.IGNORED_LAYER, problem, null);
        }
        if (problem != null) {
            return new EntryNote(layer.kind(), layer.file(), index, at, Status.INVALID, problem, null);
        }
        boolean on = (Boolean) enabled;
        if (path != null && name != null) {
            return new EntryNote(layer.kind(), layer.file(), index, at, Status.IGNORED_BOTH_SELECTORS, null, null);
        }
        if (path == null && name == null) {
            return new EntryNote(layer.kind(), layer.file(), index, at, Status.IGNORED_NO_SELECTOR, null, null);
        }
        if (name != null) {
            String trimmed = RustText.trim((String) name);
            if (trimmed.isEmpty()) {
                return new EntryNote(layer.kind(), layer.file(), index, at, Status.IGNORED_BLANK_NAME, null, null);
            }
            return new EntryNote(layer.kind(), layer.file(), index, at, Status.APPLIED, null,
                    new Rule(null, trimmed, on, at));
        }
        Path resolved = resolvePath((String) path, layer.file().getParent(), home);
        return new EntryNote(layer.kind(), layer.file(), index, at, Status.APPLIED, null,
                new Rule(resolved, null, on, at));
    }

    /** A {@code path} value as Codex resolves it: {@code ~/} expanded, relative to the config folder, canonical. */
    static Path resolvePath(String raw, Path base, Path home) {
        Path p;
        if (raw.equals("~")) {
            p = home;
        } else if (raw.startsWith("~/")) {
            p = home.resolve(raw.substring(2));
        } else {
            p = Path.of(raw);
            if (!p.isAbsolute()) {
                p = (base == null ? Path.of("/") : base).resolve(p);
            }
        }
        p = p.normalize();
        return ScanProbes.realPath(p).orElse(p);
    }

    /** The first entry Codex refuses the whole config for, if any. */
    public Optional<EntryNote> invalidEntry() {
        return entries.stream().filter(e -> e.status() == Status.INVALID).findFirst();
    }

    /** Paths of the skills these rules disable, given every loaded skill's name and canonical path. */
    public Set<Path> disabledPaths(List<Skill> skills) {
        Set<Path> disabled = new HashSet<>();
        for (Rule rule : rules) {
            if (rule.byPath()) {
                if (rule.enabled()) {
                    disabled.remove(rule.path());
                } else {
                    disabled.add(rule.path());
                }
            } else {
                for (Skill s : skills) {
                    if (s.name().equals(rule.name())) {
                        if (rule.enabled()) {
                            disabled.remove(s.skillFile());
                        } else {
                            disabled.add(s.skillFile());
                        }
                    }
                }
            }
        }
        return disabled;
    }
}

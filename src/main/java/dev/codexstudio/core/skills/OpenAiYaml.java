package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.RustText;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import dev.codexstudio.core.skills.yaml.SerdeYaml;
import dev.codexstudio.core.skills.yaml.YamlComposer;
import dev.codexstudio.core.skills.yaml.YamlMark;
import dev.codexstudio.core.skills.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A skill's optional {@code agents/openai.yaml}: UI metadata, tool dependencies and invocation policy.
 *
 * <p>Codex deserializes the whole file with serde_yaml; when that fails it logs {@code ignoring <file>:
 * invalid openai.yaml: <error>} and uses none of it, but still loads the skill. The values here are
 * read from the YAML as written (with positions) even when Codex ignores the file; {@link #invalid()}
 * says whether it does.
 *
 * @param file    the file
 * @param source  its text
 * @param root    the composed YAML, or null when empty
 * @param invalid Codex's reason for ignoring the whole file ({@code invalid openai.yaml: ...} or a read
 *                failure), or null when Codex uses it
 * @param ui      the {@code interface} table, or null when absent
 * @param tools   {@code dependencies.tools}, in order
 * @param policy  the {@code policy} table, or null when absent
 */
public record OpenAiYaml(Path file, SourceText source, YamlNode root, String invalid, Interface ui,
        List<ToolDependency> tools, Policy policy) {

    /** Codex's spellings of {@code policy.products} values. */
    public static final List<String> PRODUCTS = List.of("CHATGPT", "chatgpt", "CODEX", "codex", "ATLAS", "atlas");

    /** The keys Codex knows in each table (everything else is ignored). */
    public static final Map<String, List<String>> KNOWN_KEYS = Map.of(
            "", List.of("interface", "dependencies", "policy"),
            "interface", List.of("display_name", "short_description", "icon_small", "icon_large", "brand_color",
                    "default_prompt"),
            "dependencies", List.of("tools"),
            "dependencies.tools", List.of("type", "value", "description", "transport", "command", "url", "oauth"),
            "policy", List.of("allow_implicit_invocation", "products"));

    static final SerdeYaml.Struct SCHEMA = schema();

    public OpenAiYaml {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        tools = List.copyOf(tools);
    }

    /**
     * {@code interface}: every field as written, or null when absent.
     */
    public record Interface(Located<String> displayName, Located<String> shortDescription,
            Located<String> iconSmall, Located<String> iconLarge, Located<String> brandColor,
            Located<String> defaultPrompt, SourcePosition position) {
    }

    /** One {@code dependencies.tools[]} entry; fields are null when absent. */
    public record ToolDependency(Located<String> type, Located<String> value, Located<String> description,
            Located<String> transport, Located<String> command, Located<String> url, SourcePosition position) {
    }

    /** {@code policy}. */
    public record Policy(Located<Boolean> allowImplicitInvocation, List<Located<String>> products,
            SourcePosition position) {
        public Policy {
            products = List.copyOf(products);
        }
    }

    /**
     * What Codex keeps from this file (as its app-server reports it).
     *
     * @param ui    kept {@code interface} fields by Codex's JSON name ({@code displayName}, {@code iconSmall}
     *              (an absolute path), …); empty when Codex keeps no interface
     * @param tools kept dependency tools, each with its non-null fields ({@code type}, {@code value}, …)
     */
    public record CodexMetadata(Map<String, String> ui, List<Map<String, String>> tools) {
        public CodexMetadata {
            ui = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ui));
            tools = List.copyOf(tools);
        }
    }

    /**
     * The interface fields and dependencies Codex keeps for a skill in {@code skillDir} (its canonical
     * folder): texts are whitespace-collapsed and dropped when empty or too long (64 characters for
     * {@code display_name} and a tool's {@code type} and {@code transport}, 1024 otherwise); icons must be
     * relative paths whose first part is {@code assets} (no {@code ..}) and become absolute; a brand colour
     * must be {@code #RRGGBB}; a tool without a usable {@code type} or {@code value} is dropped.
     */
    public CodexMetadata codexMetadata(Path skillDir) {
        Map<String, String> kept = new LinkedHashMap<>();
        List<Map<String, String>> keptTools = new ArrayList<>();
        if (!usedByCodex()) {
            return new CodexMetadata(kept, keptTools);
        }
        if (ui != null) {
            putText(kept, "displayName", ui.displayName(), 64);
            putText(kept, "shortDescription", ui.shortDescription(), 1024);
            String small = iconPath(ui.iconSmall(), skillDir);
            if (small != null) {
                kept.put("iconSmall", small);
            }
            String large = iconPath(ui.iconLarge(), skillDir);
            if (large != null) {
                kept.put("iconLarge", large);
            }
            if (ui.brandColor() != null) {
                String color = RustText.trim(ui.brandColor().value());
                if (color.matches("#[0-9A-Fa-f]{6}")) {
                    kept.put("brandColor", color);
                }
            }
            putText(kept, "defaultPrompt", ui.defaultPrompt(), 1024);
        }
        for (ToolDependency tool : tools) {
            Map<String, String> t = new LinkedHashMap<>();
            putText(t, "type", tool.type(), 64);
            putText(t, "value", tool.value(), 1024);
            if (!t.containsKey("type") || !t.containsKey("value")) {
                continue;
            }
            putText(t, "description", tool.description(), 1024);
            putText(t, "transport", tool.transport(), 64);
            putText(t, "command", tool.command(), 1024);
            putText(t, "url", tool.url(), 1024);
            keptTools.add(t);
        }
        return new CodexMetadata(kept, keptTools);
    }

    private static void putText(Map<String, String> into, String key, Located<String> field, int max) {
        if (field == null) {
            return;
        }
        String v = RustText.collapseWhitespace(field.value());
        if (!v.isEmpty() && RustText.charCount(v) <= max) {
            into.put(key, v);
        }
    }

    /** An icon path as Codex resolves it (absolute, under the skill's assets folder), or null when ignored. */
    static String iconPath(Located<String> icon, Path skillDir) {
        if (icon == null || icon.value().isEmpty()) {
            return null;
        }
        Path p;
        try {
            p = Path.of(icon.value());
        } catch (RuntimeException e) {
            return null;
        }
        if (p.isAbsolute()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Path part : p) {
            String name = part.toString();
            if (name.equals("..")) {
                return null;
            }
            if (!name.equals(".") && !name.isEmpty()) {
                parts.add(name);
            }
        }
        if (parts.isEmpty() || !parts.get(0).equals("assets")) {
            return null;
        }
        Path out = skillDir;
        for (String part : parts) {
            out = out.resolve(part);
        }
        return out.toString();
    }

    /** Whether Codex uses this file (it parsed as Codex's metadata struct). */
    public boolean usedByCodex() {
        return invalid == null;
    }

    /** Whether {@code policy.allow_implicit_invocation} is false (the skill stays out of the model's catalogue). */
    public boolean implicitInvocationDisabled() {
        return usedByCodex() && policy != null && policy.allowImplicitInvocation() != null
                && !policy.allowImplicitInvocation().value();
    }

    private static SerdeYaml.Struct schema() {
        SerdeYaml.Opt str = new SerdeYaml.Opt(SerdeYaml.Str.STRING);
        SerdeYaml.Opt path = new SerdeYaml.Opt(SerdeYaml.Str.PATH);
        Map<String, SerdeYaml.Schema> ui = new LinkedHashMap<>();
        ui.put("display_name", str);
        ui.put("short_description", str);
        ui.put("icon_small", path);
        ui.put("icon_large", path);
        ui.put("brand_color", str);
        ui.put("default_prompt", str);
        Map<String, SerdeYaml.Schema> tool = new LinkedHashMap<>();
        for (String k : List.of("type", "value", "description", "transport", "command", "url")) {
            tool.put(k, str);
        }
        tool.put("oauth", new SerdeYaml.Opt(new SerdeYaml.Struct("DependencyOAuth", Map.of())));
        Map<String, SerdeYaml.Schema> policy = new LinkedHashMap<>();
        policy.put("allow_implicit_invocation", new SerdeYaml.Opt(new SerdeYaml.Bool()));
        policy.put("products", new SerdeYaml.Seq(new SerdeYaml.Enum(PRODUCTS)));
        Map<String, SerdeYaml.Schema> top = new LinkedHashMap<>();
        top.put("interface", new SerdeYaml.Opt(new SerdeYaml.Struct("SkillInterfaceFile", ui)));
        top.put("dependencies", new SerdeYaml.Opt(new SerdeYaml.Struct("Dependencies",
                Map.of("tools", new SerdeYaml.Seq(new SerdeYaml.Struct("DependencyTool", tool))))));
        top.put("policy", new SerdeYaml.Opt(new SerdeYaml.Struct("Policy", policy)));
        return new SerdeYaml.Struct("SkillMetadataFile", top);
    }

    /** Reads an {@code openai.yaml} text. Never fails; problems end up in {@link #invalid()}. */
    public static OpenAiYaml parse(SourceText source) {
        String text = source.text();
        String invalid = null;
        Optional<String> utf8 = RustText.utf8Error(source.bytes());
        if (utf8.isPresent()) {
            invalid = "failed to read openai.yaml: " + utf8.get();
        } else {
            SerdeYaml.Result result = SerdeYaml.deserialize(text, SCHEMA);
            if (!result.ok()) {
                invalid = "invalid openai.yaml: " + result.error();
            }
        }
        YamlComposer.Composed composed = YamlComposer.compose(text);
        Reader reader = new Reader(source);
        YamlNode root = composed.root();
        Interface ui = null;
        List<ToolDependency> tools = new ArrayList<>();
        Policy policy = null;
        if (root != null && root.resolved() instanceof YamlNode.Mapping top) {
            Optional<YamlNode.Mapping> uiMap = mapping(top, "interface");
            if (uiMap.isPresent()) {
                YamlNode.Mapping m = uiMap.get();
                ui = new Interface(reader.string(m, "display_name"), reader.string(m, "short_description"),
                        reader.string(m, "icon_small"), reader.string(m, "icon_large"),
                        reader.string(m, "brand_color"), reader.string(m, "default_prompt"),
                        reader.position(m.start()));
            }
            Optional<YamlNode.Mapping> deps = mapping(top, "dependencies");
            if (deps.isPresent() && deps.get().get("tools").map(e -> e.value().resolved()).orElse(null)
                    instanceof YamlNode.Sequence seq) {
                for (YamlNode item : seq.items()) {
                    if (item.resolved() instanceof YamlNode.Mapping t) {
                        tools.add(new ToolDependency(reader.string(t, "type"), reader.string(t, "value"),
                                reader.string(t, "description"), reader.string(t, "transport"),
                                reader.string(t, "command"), reader.string(t, "url"), reader.position(t.start())));
                    }
                }
            }
            Optional<YamlNode.Mapping> pol = mapping(top, "policy");
            if (pol.isPresent()) {
                YamlNode.Mapping p = pol.get();
                Located<String> implicit = reader.string(p, "allow_implicit_invocation");
                Located<Boolean> allow = null;
                if (implicit != null) {
                    Boolean b = switch (implicit.value()) {
                        case "true", "True", "TRUE" -> Boolean.TRUE;
                        case "false", "False", "FALSE" -> Boolean.FALSE;
                        default -> null;
                    };
                    if (b != null) {
                        allow = new Located<>(b, implicit.position());
                    }
                }
                List<Located<String>> products = new ArrayList<>();
                if (p.get("products").map(e -> e.value().resolved()).orElse(null) instanceof YamlNode.Sequence s) {
                    for (YamlNode item : s.items()) {
                        if (item.resolved() instanceof YamlNode.Scalar sc) {
                            products.add(new Located<>(sc.value(), reader.position(item.start())));
                        }
                    }
                }
                policy = new Policy(allow, products, reader.position(p.start()));
            }
        }
        return new OpenAiYaml(source.path(), source, root, invalid, ui, tools, policy);
    }

    private static Optional<YamlNode.Mapping> mapping(YamlNode.Mapping parent, String key) {
        return parent.get(key).map(e -> e.value().resolved()).filter(YamlNode.Mapping.class::isInstance)
                .map(YamlNode.Mapping.class::cast);
    }

    /** Turns YAML marks of this file into positions. */
    static final class Reader {
        private final SourceText source;

        Reader(SourceText source) {
            this.source = source;
        }

        SourcePosition position(YamlMark mark) {
            String text = source.text();
            int cps = text.codePointCount(0, text.length());
            return source.position(text.offsetByCodePoints(0, Math.min(mark.index(), cps)));
        }

        Located<String> string(YamlNode.Mapping map, String key) {
            return map.get(key).filter(e -> e.value().resolved() instanceof YamlNode.Scalar)
                    .map(e -> new Located<>(((YamlNode.Scalar) e.value().resolved()).value(),
                            position(e.value().start())))
                    .orElse(null);
        }
    }
}

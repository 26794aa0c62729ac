package dev.codexstudio.core.skills;

import dev.codexstudio.core.io.RustText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codexstudio.core.io.FileReads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codex's plugin namespaces for skill names: a skill below a folder holding a plugin manifest
 * ({@code .codex-plugin/plugin.json}, else {@code .claude-plugin/plugin.json}, else
 * {@code .cursor-plugin/plugin.json}) is named {@code <manifest name>:<skill name>}. The namespace comes
 * from the nearest manifest at or above the scanned root (any ancestor, up to {@code /}), or from a deeper
 * plugin folder inside the root, or, for a skill reached through a symlink, from the target's ancestors.
 */
final class PluginNamespaces {

    static final List<String> MANIFESTS = List.of(".codex-plugin/plugin.json", ".claude-plugin/plugin.json",
            ".cursor-plugin/plugin.json");

    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Map<Path, Optional<String>> probed = new HashMap<>();
    private final Path root;
    private final Optional<String> inherited;
    private final List<Map.Entry<Path, Optional<String>>> nested = new ArrayList<>();

    /**
     * @param root        the scanned root (canonical)
     * @param skillPaths  canonical paths of the skill files loaded under it
     * @param pluginRoots folders seen by the scan that hold a {@code .codex-plugin}-style folder
     * @param linkTargets canonical folders of skills reached through symlinks
     */
    PluginNamespaces(Path root, List<Path> skillPaths, Set<Path> pluginRoots, Set<Path> linkTargets) {
        this.root = root;
        Set<Path> ancestors = new HashSet<>();
        for (Path p : skillPaths) {
            for (Path a = p.getParent(); a != null; a = a.getParent()) {
                ancestors.add(a);
            }
        }
        this.inherited = lookup(root);
        Set<Path> lookupRoots = new HashSet<>(linkTargets);
        lookupRoots.remove(root);
        for (Path l : lookupRoots) {
            nested.add(Map.entry(l, lookup(l)));
        }
        for (Path p : pluginRoots) {
            if (ancestors.contains(p) && !p.equals(root) && !lookupRoots.contains(p)) {
                Optional<String> ns = probe(p);
                if (ns.isPresent()) {
                    nested.add(Map.entry(p, ns));
                }
            }
        }
    }

    /** The namespace for a skill file (canonical path), if any. */
    Optional<String> namespaceFor(Path skillPath) {
        boolean underRoot = skillPath.startsWith(root);
        Map.Entry<Path, Optional<String>> best = null;
        for (Map.Entry<Path, Optional<String>> e : nested) {
            Path nsRoot = e.getKey();
            if (skillPath.startsWith(nsRoot) && (!underRoot || !root.startsWith(nsRoot))
                    && (best == null || nsRoot.getNameCount() > best.getKey().getNameCount())) {
                best = e;
            }
        }
        return best != null ? best.getValue() : inherited;
    }

    private Optional<String> lookup(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Optional<String> ns = probe(dir);
            if (ns.isPresent()) {
                return ns;
            }
        }
        return Optional.empty();
    }

    private Optional<String> probe(Path dir) {
        return probed.computeIfAbsent(dir, PluginNamespaces::readManifestName);
    }

    /** The namespace a plugin folder defines: its manifest's {@code name}, or the folder name when blank. */
    static Optional<String> readManifestName(Path dir) {
        for (String relative : MANIFESTS) {
            Path manifest = dir.resolve(relative);
            if (!Files.isRegularFile(manifest)) {
                continue;
            }
            try {
                byte[] bytes = FileReads.readPrefix(manifest, MAX_MANIFEST_BYTES + 1);
                if (bytes.length > MAX_MANIFEST_BYTES || RustText.utf8Error(bytes).isPresent()) {
                    return Optional.empty();
                }
                JsonNode node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
                String name;
                if (node != null && node.isObject()) {
                    JsonNode n = node.get("name");
                    if (n == null) {
                        name = "";
                    } else if (n.isTextual()) {
                        name = n.asText();
                    } else {
                        return Optional.empty();
                    }
                } else if (node != null && node.isArray() && node.size() >= 1 && node.get(0).isTextual()) {
                    name = node.get(0).asText();
                } else {
                    return Optional.empty();
                }
                if (RustText.trim(name).isEmpty()) {
                    Path base = dir.getFileName();
                    return base == null ? Optional.empty() : Optional.of(base.toString());
                }
                return Optional.of(name);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}

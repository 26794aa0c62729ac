package dev.codexstudio.core.requirements;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.keys.TomlPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * The composed managed requirements (what an administrator enforces), read from the requirements sources
 * in increasing precedence. Empty lists mean "no restriction".
 *
 * @param files                   the sources, lowest precedence first
 * @param allowedApprovalPolicies {@code allowed_approval_policies} (plain string values)
 * @param allowedSandboxModes     {@code allowed_sandbox_modes}
 * @param allowManagedHooksOnly   {@code allow_managed_hooks_only}
 * @param featurePins             {@code [features]} pins
 * @param denyRead                {@code [permissions.filesystem] deny_read}
 * @param managedHooks            the {@code [hooks]} table of the source that defines it, or {@code null}
 * @param managedHooksFile        the file that {@code managedHooks} came from
 */
public record Requirements(
        List<RequirementsFile> files,
        List<String> allowedApprovalPolicies,
        List<String> allowedSandboxModes,
        boolean allowManagedHooksOnly,
        Map<String, Boolean> featurePins,
        List<String> denyRead,
        TomlTable managedHooks,
        Path managedHooksFile) {

    public static Requirements none() {
        return new Requirements(List.of(), List.of(), List.of(), false, Map.of(), List.of(), null, null);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public Optional<TomlTable> optionalManagedHooks() {
        return Optional.ofNullable(managedHooks);
    }

    /** Composes the requirements from the sources (later sources win key by key). */
    public static Requirements compose(List<RequirementsFile> files) {
        List<String> approvals = List.of();
        List<String> sandboxes = List.of();
        boolean managedOnly = false;
        Map<String, Boolean> pins = new LinkedHashMap<>();
        List<String> denyRead = new ArrayList<>();
        TomlTable hooks = null;
        Path hooksFile = null;
        for (RequirementsFile f : files) {
            if (f.document() == null || f.document().hasSyntaxErrors()) {
                continue;
            }
            TomlTable t = f.document().table();
            if (f.legacy()) {
                String ap = stringOrNull(t, "approval_policy");
                if (ap != null) {
                    approvals = List.of(ap);
                }
                String sm = stringOrNull(t, "sandbox_mode");
                if (sm != null) {
                    sandboxes = sm.equals("read-only") ? List.of("read-only") : List.of("read-only", sm);
                }
                continue;
            }
            List<String> a = strings(t, "allowed_approval_policies");
            if (a != null) {
                approvals = a;
            }
            List<String> s = strings(t, "allowed_sandbox_modes");
            if (s != null) {
                sandboxes = s;
            }
            if (t.isBoolean("allow_managed_hooks_only")) {
                managedOnly = Boolean.TRUE.equals(t.getBoolean("allow_managed_hooks_only"));
            }
            for (String featureKey : List.of("features", "feature_requirements")) {
                if (t.isTable(featureKey)) {
                    TomlTable ft = t.getTable(featureKey);
                    for (String k : ft.keySet()) {
                        if (ft.isBoolean(List.of(k))) {
                            pins.put(k, ft.getBoolean(List.of(k)));
                        }
                    }
                }
            }
            List<String> dr = strings(t, "permissions.filesystem.deny_read");
            if (dr != null) {
                denyRead.addAll(dr);
            }
            if (t.isTable("hooks")) {
                hooks = t.getTable("hooks");
                hooksFile = f.path();
            }
        }
        return new Requirements(List.copyOf(files), approvals, sandboxes, managedOnly, pins, List.copyOf(denyRead), hooks,
                hooksFile);
    }

    private static String stringOrNull(TomlTable t, String key) {
        return t.isString(key) ? t.getString(key) : null;
    }

    private static List<String> strings(TomlTable t, String dotted) {
        Object value = TomlPaths.get(t, TomlDocument.parseKey(dotted)).orElse(null);
        if (!(value instanceof TomlArray arr)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            Object v = arr.get(i);
            if (v instanceof String s) {
                out.add(s);
            } else if (v instanceof TomlTable tt && tt.keySet().size() == 1) {
                out.add(tt.keySet().iterator().next());
            }
        }
        return out;
    }
}

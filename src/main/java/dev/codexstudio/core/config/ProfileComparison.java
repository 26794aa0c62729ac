package dev.codexstudio.core.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A profile side by side with the base config: every key either sets, with the base value, the profile value and
 * the value Codex uses with {@code --profile NAME} (project layers included), and what differs.
 */
public final class ProfileComparison {

    /**
     * One key.
     *
     * @param key         dotted key
     * @param base        the base config.toml value (TOML spelling), if set
     * @param profile     the profile's value, if set
     * @param effective   the value Codex uses with the profile selected, if any
     * @param from        the layer that value comes from ("" when none)
     * @param differs     the profile sets a value other than the base's
     * @param shadowed    the profile sets it, but a higher layer wins (or the key is not applied)
     */
    public record Row(String key, Optional<String> base, Optional<String> profile, Optional<String> effective,
            String from, boolean differs, boolean shadowed) {
    }

    private ProfileComparison() {
    }

    /** Compares the profile layer of {@code origins} (built for a profile file) with the user layer below it. */
    public static List<Row> compare(ConfigOrigins origins) {
        ConfigLayer profile = origins.selfLayer();
        ConfigLayer base = origins.layers().stream().filter(l -> l.kind() == LayerKind.USER).findFirst().orElse(null);
        Set<List<String>> keys = new LinkedHashSet<>();
        if (base != null) {
            keys.addAll(leafKeys(base));
        }
        keys.addAll(leafKeys(profile));
        List<Row> rows = new ArrayList<>();
        for (List<String> k : keys) {
            Optional<String> b = base == null ? Optional.empty() : value(base, k);
            Optional<String> p = value(profile, k);
            ConfigOrigins.Standing s = origins.standing(k);
            Optional<String> eff = s.effective().map(ConfigFields::toml);
            String from = s.winner().map(w -> origins.describe(w.layer())).orElse("");
            boolean differs = p.isPresent() && !Objects.equals(p, b);
            rows.add(new Row(TomlDocument.joinKey(k), b, p, eff, from, differs, s.hereIsShadowed()));
        }
        return rows;
    }

    private static List<List<String>> leafKeys(ConfigLayer l) {
        if (!l.isParsed()) {
            return List.of();
        }
        return EffectiveConfig.merge(List.of(l)).entries().stream().map(EffectiveConfig.Entry::path).toList();
    }

    private static Optional<String> value(ConfigLayer l, List<String> key) {
        if (!l.isParsed()) {
            return Optional.empty();
        }
        Object v = l.document().table().get(key);
        return v == null || v instanceof org.tomlj.TomlTable ? Optional.empty()
                : Optional.of(ConfigFields.toml(EffectiveConfig.toJava(v)));
    }
}

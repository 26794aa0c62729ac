package dev.codexstudio.core.config.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codexstudio.core.config.keys.TypeExpr.AnyOf;
import dev.codexstudio.core.config.keys.TypeExpr.ArrayType;
import dev.codexstudio.core.config.keys.TypeExpr.BoolType;
import dev.codexstudio.core.config.keys.TypeExpr.EnumType;
import dev.codexstudio.core.config.keys.TypeExpr.MapType;
import dev.codexstudio.core.config.keys.TypeExpr.ObjectType;
import dev.codexstudio.core.config.keys.TypeExpr.OneOf;
import dev.codexstudio.core.config.keys.TypeExpr.Ref;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyCatalogueTest {

    private final KeyCatalogue catalogue = KeyCatalogue.bundled();

    @Test
    void everyReferenceResolves() {
        List<String> missing = new ArrayList<>();
        collectMissing(catalogue.configRoot(), missing, new ArrayList<>());
        collectMissing(catalogue.requirementsRoot(), missing, new ArrayList<>());
        assertThat(missing).isEmpty();
    }

    private void collectMissing(TypeExpr t, List<String> missing, List<String> seen) {
        if (t instanceof Ref r) {
            if (seen.contains(r.name())) {
                return;
            }
            seen.add(r.name());
            if (catalogue.type(r.name()).isEmpty()) {
                missing.add(r.name());
                return;
            }
            collectMissing(catalogue.type(r.name()).get(), missing, seen);
        } else if (t instanceof ObjectType o) {
            o.properties().values().forEach(v -> collectMissing(v, missing, seen));
            if (o.additional() != null) {
                collectMissing(o.additional(), missing, seen);
            }
        } else if (t instanceof MapType m) {
            collectMissing(m.values(), missing, seen);
        } else if (t instanceof ArrayType a) {
            collectMissing(a.items(), missing, seen);
        } else if (t instanceof OneOf one) {
            one.alternatives().forEach(a -> collectMissing(a, missing, seen));
        } else if (t instanceof AnyOf any) {
            any.alternatives().forEach(a -> collectMissing(a, missing, seen));
        }
    }

    @Test
    void overlayIsApplied() {
        TypeExpr approval = catalogue.typeAt(catalogue.configRoot(), List.of("approval_policy")).orElseThrow();
        assertThat(((OneOf) approval).alternatives().get(0)).isEqualTo(
                new EnumType(List.of("untrusted", "on-failure", "on-request", "never")));
        assertThat(catalogue.typeAt(catalogue.configRoot(), List.of("windows", "sandbox")).orElseThrow())
                .isInstanceOfSatisfying(EnumType.class, e -> assertThat(e.values()).contains("mxc"));
        assertThat(catalogue.typeAt(catalogue.configRoot(), List.of("hooks", "Interrupt"))).isPresent();
        assertThat(catalogue.overlay().featureAliases()).containsEntry("codex_hooks", "hooks");
        assertThat(catalogue.overlay().feature("hooks").orElseThrow().enabledByDefault()).isTrue();
        assertThat(catalogue.overlay().knownReasoningEfforts()).contains("max", "ultra");
    }

    @Test
    void featuresHaveTheirRuntimeShape() {
        ObjectType features = (ObjectType) catalogue.typeAt(catalogue.configRoot(), List.of("features")).orElseThrow();
        assertThat(features.closed()).isFalse();
        assertThat(features.additional()).isInstanceOf(BoolType.class);
        assertThat(features.properties()).containsKeys("code_mode", "tool_registry").doesNotContainKey("hooks");
    }

    @Test
    void requirementsCatalogueKnowsTheDocumentedKeys() {
        ObjectType root = (ObjectType) catalogue.requirementsRoot();
        assertThat(root.properties()).containsKeys("allowed_approval_policies", "allowed_sandbox_modes",
                "allow_managed_hooks_only", "features", "hooks", "permissions").doesNotContainKeys("deny_write", "allowed_models");
    }
}

package dev.codexstudio.core.config.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codexstudio.core.config.keys.TypeExpr.AnyOf;
import dev.codexstudio.core.config.keys.TypeExpr.AnyType;
import dev.codexstudio.core.config.keys.TypeExpr.ArrayType;
import dev.codexstudio.core.config.keys.TypeExpr.BoolType;
import dev.codexstudio.core.config.keys.TypeExpr.EnumType;
import dev.codexstudio.core.config.keys.TypeExpr.IntegerType;
import dev.codexstudio.core.config.keys.TypeExpr.MapType;
import dev.codexstudio.core.config.keys.TypeExpr.NumberType;
import dev.codexstudio.core.config.keys.TypeExpr.ObjectType;
import dev.codexstudio.core.config.keys.TypeExpr.OneOf;
import dev.codexstudio.core.config.keys.TypeExpr.Ref;
import dev.codexstudio.core.config.keys.TypeExpr.StringType;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueCodecTest {

    @Test
    void everyKindOfTypeSurvivesARoundTrip() {
        Map<String, TypeExpr> props = new LinkedHashMap<>();
        props.put("any", new AnyType());
        props.put("flag", new BoolType());
        props.put("name", new StringType(1, 64, "^[a-z]+$"));
        props.put("count", new IntegerType("uint16", BigInteger.ONE, BigInteger.valueOf(100)));
        props.put("ratio", new NumberType("double", 0.0, 1.0));
        props.put("mode", new EnumType(List.of("a", "b")));
        props.put("list", new ArrayType(StringType.plain()));
        props.put("map", new MapType(new Ref("Other")));
        props.put("either", new OneOf(List.of(new EnumType(List.of("x")), new Ref("Other"))));
        props.put("untagged", new AnyOf(List.of(new BoolType(), new Ref("Other"))));
        ObjectType root = new ObjectType(props, List.of("name"), true, null, Map.of("count", 5L),
                List.of(List.of("mode", "either")));
        CatalogueCodec.Catalogue catalogue = new CatalogueCodec.Catalogue(root,
                Map.of("Other", new ObjectType(Map.of(), List.of(), false, new BoolType(), Map.of(), List.of())));
        String json = CatalogueCodec.write(catalogue, "test");
        assertThat(CatalogueCodec.read(json)).isEqualTo(catalogue);
        assertThat(CatalogueCodec.write(CatalogueCodec.read(json), "test")).isEqualTo(json);
        assertThat(json).doesNotContain("description");
    }

    @Test
    void rejectsForeignFiles() {
        assertThatThrownBy(() -> CatalogueCodec.read("{\"format\":\"other\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CatalogueCodec.read("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}

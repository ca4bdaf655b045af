package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.testing.PropertyCheck;
import io.huntbook.testing.SystemTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Python's own interpreter as the oracle: translations evaluate back to the values that went in; float reprs, the
 * {@code -p} coercion and the YAML rules agree with CPython and PyYAML. Batched: one python3 per thousand values.
 */
@SystemTest
class PythonTranslator_DebianPythonTest {
    private static final String EVAL = """
            import sys, json
            ns = {}
            exec(open(sys.argv[1], encoding='utf-8').read(), ns)
            names = [n for n in ns if n.startswith('v')]
            names.sort(key=lambda n: int(n[1:]))
            print(json.dumps([ns[n] for n in names], ensure_ascii=True))
            """;

    @Test
    void translationsEvaluateBackToTheSameValues() {
        PropertyCheck.forAll(10, r -> {
            Map<String, SuppliedValue> values = new LinkedHashMap<>();
            for (int i = 0; i < 1000; i++) {
                values.put("v" + i, SuppliedValue.of(Values.any(r, 3)));
            }
            return values;
        }, values -> {
            String code = ParameterTranslator.of(KernelLanguage.PYTHON).codify(values, List.of());
            JsonNode result = PythonOracle.run(EVAL, code);
            assertThat(result.size()).isEqualTo(values.size());
            int i = 0;
            for (SuppliedValue supplied : values.values()) {
                Object back = ParameterJson.fromJson(PythonOracle.MAPPER.createObjectNode().set("x", result.get(i)))
                        .get("x");
                if (!Values.same(Values.normalize(supplied.value()), back, true)) {
                    fail("v" + i + " = " + supplied.value() + " came back as " + back + "\nfrom: "
                            + code.lines().skip(i + 1).findFirst().orElse(""));
                }
                i++;
            }
        });
    }

    @Test
    void floatReprIsPythons() {
        PropertyCheck.forAll(10, r -> {
            List<Double> doubles = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                doubles.add(Values.floating(r));
            }
            return doubles;
        }, doubles -> {
            StringBuilder hex = new StringBuilder();
            doubles.forEach(d -> hex.append(String.format("%016x", Double.doubleToRawLongBits(d))).append('\n'));
            JsonNode reprs = PythonOracle.run("""
                    import sys, json, struct
                    lines = open(sys.argv[1]).read().split()
                    print(json.dumps([repr(struct.unpack('>d', bytes.fromhex(h))[0]) for h in lines]))
                    """, hex.toString());
            for (int i = 0; i < doubles.size(); i++) {
                assertThat(PythonNumbers.repr(doubles.get(i))).as("repr of %s", doubles.get(i))
                        .isEqualTo(reprs.get(i).textValue());
            }
        });
    }

    @Test
    void dashPCoercionIsPapermills() {
        String alphabet = "0123456789_.+-eEinfatyINFAN x٣\u00a0";
        PropertyCheck.forAll(10, r -> {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                texts.add(token(r, alphabet, 8));
            }
            texts.addAll(List.of("True", "False", "None", "nan", "-Infinity", "1_000", " 7 ", "1e3", "0x1f"));
            return texts;
        }, texts -> {
            JsonNode resolved = PythonOracle.run("""
                    import sys, json
                    def resolve(v):
                        if v == 'True': return True
                        if v == 'False': return False
                        if v == 'None': return None
                        try:
                            return int(v)
                        except ValueError:
                            pass
                        try:
                            return float(v)
                        except ValueError:
                            return v
                    texts = json.load(open(sys.argv[1], encoding='utf-8'))
                    print(json.dumps([resolve(t) for t in texts]))
                    """, PythonOracle.MAPPER.valueToTree(texts).toString());
            for (int i = 0; i < texts.size(); i++) {
                Object expected = ParameterJson.fromJson(PythonOracle.MAPPER.createObjectNode()
                        .set("x", resolved.get(i))).get("x");
                assertThat(Values.normalize(ParameterCoercion.coerce(texts.get(i)))).as("-p %s", texts.get(i))
                        .isEqualTo(expected);
            }
        });
    }

    @Test
    void yamlScalarsResolveAsPyYamlWithoutDates() {
        String alphabet = "0123456789_.+-eE:xobiInNfaFAyYtTrsuOl~";
        PropertyCheck.forAll(10, r -> {
            List<String> scalars = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String s = token(r, alphabet, 7);
                if (s.isEmpty() || s.startsWith("-") && s.length() == 1 || s.endsWith(":") || s.contains(":-")
                        || s.startsWith("-:")) {
                    s = "x" + s.replace(":", "");
                }
                scalars.add(s);
            }
            scalars.addAll(List.of("yes", "Off", "017", "1e+21", "1.0e+3", "2024-01-02", "190:20:30", ".inf", "~",
                    "0b101", "0x_1F", "1_000", "08", "-.Inf", ".NaN", "1:60", "12:30:00.5"));
            return scalars;
        }, scalars -> {
            StringBuilder yaml = new StringBuilder();
            for (int i = 0; i < scalars.size(); i++) {
                yaml.append('k').append(i).append(": ").append(scalars.get(i)).append('\n');
            }
            JsonNode loaded = PythonOracle.run("""
                    import sys, json, yaml
                    class NoDates(yaml.SafeLoader):
                        yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                                   for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
                    print(json.dumps(yaml.load(open(sys.argv[1], encoding='utf-8').read(), Loader=NoDates)))
                    """, yaml.toString());
            LinkedHashMap<String, @Nullable Object> ours = YamlParameters.parse(yaml.toString(), "test");
            LinkedHashMap<String, @Nullable Object> theirs = ParameterJson.fromJson(loaded);
            for (int i = 0; i < scalars.size(); i++) {
                assertThat(ours.get("k" + i)).as("YAML scalar %s", scalars.get(i)).isEqualTo(theirs.get("k" + i));
            }
        });
    }

    private static String token(SplittableRandom r, String alphabet, int max) {
        int n = 1 + r.nextInt(max);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}

package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaTranslator_TypedTextTest {
    private static final String CELL = """
            String ipAddress = "203.0.113.7"; // the address to investigate
            final int days = 2;
            long limit = 10L;
            double threshold = 0.5;
            Boolean verbose = null;
            Instant end = Instant.now();
            java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 2);
            LocalDateTime at = LocalDateTime.now();
            Duration window = Duration.ofDays(2);
            List<String> hosts = List.of("web01",
                    "db02");  // hosts to check
            List<Integer> ports = List.of(22, 443);
            Map<String, String> tags = Map.of("a", "b");
            var count = 3;
            /* not a parameter */ System.out.println("x; y");
            """;

    private static final List<DeclaredParameter> DECLARED = ParameterInspector.inspect(CELL, KernelLanguage.JAVA);

    private static String codify(ParameterSources sources) {
        return ParameterTranslator.of(KernelLanguage.JAVA).codify(sources.resolve(), DECLARED);
    }

    @Test
    void inspectionReadsTypesDefaultsAndHelp() {
        assertThat(DECLARED).extracting(DeclaredParameter::name).containsExactly("ipAddress", "days", "limit",
                "threshold", "verbose", "end", "day", "at", "window", "hosts", "ports", "tags", "count");
        assertThat(DECLARED.get(0)).isEqualTo(new DeclaredParameter("ipAddress", "String", "\"203.0.113.7\"",
                "the address to investigate"));
        assertThat(DECLARED.get(9)).isEqualTo(new DeclaredParameter("hosts", "List<String>",
                "List.of(\"web01\",\n        \"db02\")", "hosts to check"));
        assertThat(DECLARED.get(11).type()).isEqualTo("Map<String, String>");
        assertThat(DECLARED.get(12).type()).isEqualTo("var");
    }

    @Test
    void everyValueIsConvertedToTheDeclaredType() {
        assertThat(codify(ParameterSources.create()
                .raw("days", "7").value("limit", "1_000").value("threshold", "nan").raw("verbose", "True")
                .raw("end", "2024-01-02T03:04:05+02:00").raw("day", "2024-01-31").raw("at", "2024-01-31")
                .raw("window", "2h").yaml("hosts: [web01, 7]\nports: '[1, 2]'\ntags: {k: v}")
                .raw("count", "9").raw("ipAddress", "None").value("extra", "1e400")))
                .isEqualTo("""
                        // Parameters
                        List<String> hosts = List.of("web01", "7");
                        List<Integer> ports = List.of(1, 2);
                        Map<String, String> tags = Map.of("k", "v");
                        long limit = 1000L;
                        double threshold = Double.NaN;
                        double extra = Double.POSITIVE_INFINITY;
                        int days = 7;
                        Boolean verbose = true;
                        Instant end = Instant.parse("2024-01-02T01:04:05Z");
                        java.time.LocalDate day = java.time.LocalDate.parse("2024-01-31");
                        LocalDateTime at = LocalDateTime.parse("2024-01-31T00:00");
                        Duration window = Duration.parse("PT2H");
                        var count = 9;
                        String ipAddress = "None";
                        """);
    }

    @Test
    void aValueThatDoesNotConvertIsRefusedNamingParameterTypeAndValue() {
        assertThatThrownBy(() -> codify(ParameterSources.create().raw("days", "seven")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("parameter 'days' is declared int but got \"seven\": it is not a whole number");
        assertThatThrownBy(() -> codify(ParameterSources.create().value("days", "None")))
                .hasMessage("parameter 'days' is declared int but got null: int cannot be null; give a value");
        assertThatThrownBy(() -> codify(ParameterSources.create().raw("end", "yesterday")))
                .hasMessageContaining("declared Instant but got \"yesterday\"");
        assertThatThrownBy(() -> codify(ParameterSources.create().value("days", "3000000000")))
                .hasMessageContaining("outside the int range");
        assertThatThrownBy(() -> codify(ParameterSources.create().yaml("hosts: [a, null]")))
                .hasMessageContaining("cannot hold null");
        assertThatThrownBy(() -> codify(ParameterSources.create().value("bad name", "1")))
                .hasMessageContaining("not a Java identifier");
    }

    @Test
    void stringsCannotBreakOutOfTheirLiteral() {
        Map<String, SuppliedValue> values = new LinkedHashMap<>();
        values.put("s", SuppliedValue.of("\\u0022; System.exit(1); \\u000a \"*/\u0000\u202e\n😀"));
        assertThat(ParameterTranslator.of(KernelLanguage.JAVA).codify(values, List.of()))
                .isEqualTo("// Parameters\nString s = \"\\\\u0022; System.exit(1); \\\\u000a \\\"*/\\000\\u202e\\n😀\";\n");
    }

    @Test
    void undeclaredValuesGetTheTypeOfTheirValue() {
        assertThat(codify(ParameterSources.create().yaml("a: [1, null, x]\nb: {k: 1.5}\nc: 12345678901\nd: ~\ne: .inf")))
                .isEqualTo("""
                        // Parameters
                        java.util.List<Object> a = java.util.Collections.unmodifiableList(java.util.Arrays.<Object>asList(1, (Object) null, "x"));
                        java.util.Map<String, Object> b = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<String, Object>() {{ put("k", 1.5); }});
                        long c = 12345678901L;
                        Object d = null;
                        double e = Double.POSITIVE_INFINITY;
                        """);
    }
}

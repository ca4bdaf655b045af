package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KotlinScalaTranslator_TypedTextTest {
    private static final String KOTLIN_CELL = """
            val ipAddress: String = "203.0.113.7" // the address to investigate
            var days: Int = 2
            val limit: Long = 10L
            val threshold: Double = 0.5
            val verbose: Boolean? = null
            val end: Instant = Instant.now()
            val day: java.time.LocalDate = java.time.LocalDate.of(2024, 1, 2)
            val at: LocalDateTime = LocalDateTime.now()
            val window: Duration = Duration.ofDays(2)
            val hosts: List<String> = listOf("web01",
                    "db02")  // hosts to check
            val ports: List< Int > = listOf(22, 443)
            val tags: Map<String,String> = mapOf("a" to "b")
            val count = 3 /* nested /* comment */ still */
            val note = "say \\"hi\\" // not help"; val big = 3000000000
            val unknown = compute()
            println("val x: Int = 1")
            """;

    private static final String SCALA_CELL = """
            val ipAddress: String = "203.0.113.7" // the address to investigate
            var days: Int = 2
            val limit: Long = 10L
            val threshold: Double = 0.5
            val end: java.time.Instant = java.time.Instant.now()
            val window: Duration = Duration.ofDays(2)
            val hosts: List[String] = List("web01",
                    "db02")  // hosts to check
            val ports: List[Int] = List(22, 443)
            val tags: Map[String, String] = Map("a" -> "b")
            val count = 3
            val ratio = 1.5e3
            val later: Long =
                5L // on the next line
            """;

    private static final List<DeclaredParameter> KOTLIN = ParameterInspector.inspect(KOTLIN_CELL,
            KernelLanguage.KOTLIN);
    private static final List<DeclaredParameter> SCALA = ParameterInspector.inspect(SCALA_CELL, KernelLanguage.SCALA);

    private static String kotlin(ParameterSources sources) {
        return ParameterTranslator.of(KernelLanguage.KOTLIN).codify(sources.resolve(), KOTLIN);
    }

    private static String scala(ParameterSources sources) {
        return ParameterTranslator.of(KernelLanguage.SCALA).codify(sources.resolve(), SCALA);
    }

    private static String single(KernelLanguage language, String value) {
        Map<String, SuppliedValue> values = new LinkedHashMap<>();
        values.put("s", SuppliedValue.rawText(value));
        return ParameterTranslator.of(language).codify(values,
                List.of(new DeclaredParameter("s", "String", "\"\"", null)));
    }

    @Test
    void kotlinInspectionReadsTypesDefaultsHelpAndInfersUntypedLiterals() {
        assertThat(KOTLIN).extracting(DeclaredParameter::name).containsExactly("ipAddress", "days", "limit",
                "threshold", "verbose", "end", "day", "at", "window", "hosts", "ports", "tags", "count", "note", "big",
                "unknown");
        assertThat(KOTLIN.get(0)).isEqualTo(new DeclaredParameter("ipAddress", "String", "\"203.0.113.7\"",
                "the address to investigate"));
        assertThat(KOTLIN.get(4).type()).isEqualTo("Boolean?");
        assertThat(KOTLIN.get(9)).isEqualTo(new DeclaredParameter("hosts", "List<String>",
                "listOf(\"web01\",\n        \"db02\")", "hosts to check"));
        assertThat(KOTLIN.get(10).type()).isEqualTo("List<Int>");
        assertThat(KOTLIN.get(11).type()).isEqualTo("Map<String, String>");
        assertThat(KOTLIN.get(12)).isEqualTo(new DeclaredParameter("count", "Int", "3", null));
        assertThat(KOTLIN.get(13)).isEqualTo(new DeclaredParameter("note", "String", "\"say \\\"hi\\\" // not help\"",
                null));
        assertThat(KOTLIN.get(14).type()).isEqualTo("Long");
        assertThat(KOTLIN.get(15)).isEqualTo(new DeclaredParameter("unknown", null, "compute()", null));
    }

    @Test
    void scalaInspectionReadsTypesDefaultsHelpAndInfersUntypedLiterals() {
        assertThat(SCALA).extracting(DeclaredParameter::name).containsExactly("ipAddress", "days", "limit",
                "threshold", "end", "window", "hosts", "ports", "tags", "count", "ratio", "later");
        assertThat(SCALA.get(11)).isEqualTo(new DeclaredParameter("later", "Long", "5L", "on the next line"));
        assertThat(SCALA.get(6)).isEqualTo(new DeclaredParameter("hosts", "List[String]",
                "List(\"web01\",\n        \"db02\")", "hosts to check"));
        assertThat(SCALA.get(8).type()).isEqualTo("Map[String, String]");
        assertThat(SCALA.get(9).type()).isEqualTo("Int");
        assertThat(SCALA.get(10).type()).isEqualTo("Double");
    }

    @Test
    void kotlinValuesAreConvertedToTheDeclaredType() {
        assertThat(kotlin(ParameterSources.create()
                .raw("days", "7").value("limit", "1_000").value("threshold", "nan").raw("verbose", "True")
                .raw("end", "2024-01-02T03:04:05+02:00").raw("day", "2024-01-31").raw("at", "2024-01-31")
                .raw("window", "2h").yaml("hosts: [web01, 7]\nports: '[1, 2]'\ntags: {k: v$x}")
                .raw("count", "-2147483648").raw("ipAddress", "None").value("extra", "-inf").raw("big", "5")
                .raw("unknown", "x")))
                .isEqualTo("""
                        // Parameters
                        val hosts: List<String> = listOf("web01", "7")
                        val ports: List<Int> = listOf(1, 2)
                        val tags: Map<String, String> = mapOf("k" to "v\\$x")
                        val limit: Long = 1000L
                        val threshold: Double = Double.NaN
                        val extra = Double.NEGATIVE_INFINITY
                        val days: Int = 7
                        val verbose: Boolean? = true
                        val end: Instant = Instant.parse("2024-01-02T01:04:05Z")
                        val day: java.time.LocalDate = java.time.LocalDate.parse("2024-01-31")
                        val at: LocalDateTime = LocalDateTime.parse("2024-01-31T00:00")
                        val window: Duration = Duration.parse("PT2H")
                        val count: Int = Int.MIN_VALUE
                        val ipAddress: String = "None"
                        val big: Long = 5L
                        val unknown = "x"
                        """);
    }

    @Test
    void scalaValuesAreConvertedToTheDeclaredType() {
        assertThat(scala(ParameterSources.create()
                .raw("days", "7").value("limit", "-9223372036854775808").value("threshold", "inf")
                .raw("end", "2024-01-02").raw("window", "P1D").yaml("hosts: web01, db02\nports: [3]\ntags: {}")
                .raw("count", "12").value("ratio", "2").value("extra", "nan")))
                .isEqualTo("""
                        // Parameters
                        val hosts: List[String] = List("web01", "db02")
                        val ports: List[Int] = List(3)
                        val tags: Map[String, String] = Map()
                        val limit: Long = Long.MinValue
                        val threshold: Double = Double.PositiveInfinity
                        val ratio: Double = 2.0
                        val extra = Double.NaN
                        val days: Int = 7
                        val end: java.time.Instant = java.time.Instant.parse("2024-01-02T00:00:00Z")
                        val window: Duration = Duration.parse("PT24H")
                        val count: Int = 12
                        """);
    }

    @Test
    void aValueThatDoesNotConvertIsRefusedNamingParameterTypeAndValue() {
        assertThatThrownBy(() -> kotlin(ParameterSources.create().raw("days", "seven")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("parameter 'days' is declared Int but got \"seven\": it is not a whole number");
        assertThatThrownBy(() -> kotlin(ParameterSources.create().value("ipAddress", "None")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("parameter 'ipAddress' is declared String but got null: String cannot be null;"
                        + " give a value");
        assertThatThrownBy(() -> kotlin(ParameterSources.create().value("days", "3000000000")))
                .hasMessage("parameter 'days' is declared Int but got \"3000000000\": it is outside the int range;"
                        + " declare the parameter Long");
        assertThatThrownBy(() -> kotlin(ParameterSources.create().yaml("ports: [1, x]")))
                .hasMessage("parameter 'ports' is declared List<Int> but got \"x\": it is not a whole number");
        assertThatThrownBy(() -> scala(ParameterSources.create().raw("end", "yesterday")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("parameter 'end' is declared java.time.Instant but got \"yesterday\": give an ISO instant"
                        + " such as 2024-01-31T10:00:00Z");
        assertThatThrownBy(() -> scala(ParameterSources.create().value("threshold", "None")))
                .hasMessage("parameter 'threshold' is declared Double but got null: Double cannot be null;"
                        + " give a value");
        assertThatThrownBy(() -> scala(ParameterSources.create().raw("tags", "a")))
                .hasMessage("parameter 'tags' is declared Map[String, String] but got \"a\": give a mapping such as"
                        + " {a: b}");
        assertThatThrownBy(() -> ParameterTranslator.of(KernelLanguage.KOTLIN).codify(
                Map.of("x", SuppliedValue.rawText("1")), List.of(new DeclaredParameter("x", "Float", "1f", null))))
                .hasMessage("parameter 'x' is declared Float, which Huntbook cannot convert values to: declare it as "
                        + ValTypes.KOTLIN_SUPPORTED);
        assertThatThrownBy(() -> scala(ParameterSources.create().value("bad name", "1")))
                .hasMessageContaining("not a Scala identifier");
    }

    @Test
    void scalaStringsAllowNullWhereKotlinStringsDoNot() {
        assertThat(scala(ParameterSources.create().value("ipAddress", "None")))
                .isEqualTo("// Parameters\nval ipAddress: String = null\n");
    }

    @Test
    void kotlinStringsCannotBreakOutOfTheirLiteral() {
        assertThat(single(KernelLanguage.KOTLIN, "${System.exit(1)} $x \\u0022\"; */\u0000\u202e\n\r\t😀"))
                .isEqualTo("// Parameters\nval s: String = \"\\${System.exit(1)} \\$x \\\\u0022\\\"; */"
                        + "\\u0000\\u202e\\n\\r\\t😀\"\n");
    }

    @Test
    void scalaStringsCannotBreakOutOfTheirLiteral() {
        assertThat(single(KernelLanguage.SCALA, "${x} \\u0022\"; */\u0000\u202e\n\f😀"))
                .isEqualTo("// Parameters\nval s: String = \"${x} \\\\u0022\\\"; */\\u0000\\u202e\\n\\f😀\"\n");
    }

    @Test
    void longStringsAreJoinedAtRunTimeSoNoConstantIsTooLarge() {
        String value = "a".repeat(ValTranslator.PIECE) + "b";
        assertThat(single(KernelLanguage.KOTLIN, value)).isEqualTo("// Parameters\nval s: String = arrayOf(\""
                + "a".repeat(ValTranslator.PIECE) + "\", \"b\").joinToString(\"\")\n");
        assertThat(single(KernelLanguage.SCALA, value)).isEqualTo("// Parameters\nval s: String = Array(\""
                + "a".repeat(ValTranslator.PIECE) + "\", \"b\").mkString\n");
    }
}

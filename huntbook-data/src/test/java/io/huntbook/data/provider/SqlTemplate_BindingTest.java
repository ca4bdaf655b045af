package io.huntbook.data.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.testing.PropertyCheck;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTemplate_BindingTest {
    @Test
    void placeholdersBecomeMarkersInEveryPosition() {
        SqlTemplate.Bound bound = SqlTemplate.bind(
                "SELECT * FROM t WHERE a = {a} AND b = '{b}' AND c LIKE '%{c}%' AND d IN ({d}) AND j = '{\"k\": 1}'",
                Map.of("a", 1, "b", "x", "c", "y", "d", List.of("p", "q")));
        assertThat(bound.sql()).isEqualTo(
                "SELECT * FROM t WHERE a = ? AND b = ? AND c LIKE ('%' || ? || '%') AND d IN (?, ?) AND j = '{\"k\": 1}'");
        assertThat(bound.values()).containsExactly(1, "x", "y", "p", "q");
    }

    @Test
    void bracesEscapedAsInPythonAndCommentsLeftAlone() {
        SqlTemplate.Bound bound = SqlTemplate.bind("SELECT '{{a}}' -- {b}\n, {{c}} /* {d} */ FROM \"{e}\"", Map.of());
        assertThat(bound.sql()).isEqualTo("SELECT '{a}' -- {b}\n, {c} /* {d} */ FROM \"{e}\"");
        assertThat(bound.values()).isEmpty();
    }

    @Test
    void missingParameterAndListInsideQuotesAreRefused() {
        assertThatThrownBy(() -> SqlTemplate.bind("SELECT {x}", Map.of()))
                .isInstanceOf(BadInputException.class).hasMessage("query parameter 'x' has no value: give it with -p x VALUE");
        assertThatThrownBy(() -> SqlTemplate.bind("SELECT 'a{x}'", Map.of("x", List.of(1))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("IN ({x})");
    }

    @Test
    void anyValueComesBackUnchangedFromTheDatabase() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:duckdb:")) {
            PropertyCheck.forAll(100, SqlTemplate_BindingTest::hostileString, value -> {
                var frame = JdbcStatements.query(c, "SELECT {v} AS a, 'pre{v}post' AS b", Map.of("v", value),
                        JdbcStatements::standardValue, "test");
                assertThat(frame.getColumn("a").get(0)).isEqualTo(value);
                assertThat(frame.getColumn("b").get(0)).isEqualTo("pre" + value + "post");
            });
        }
    }

    /** Text full of SQL's special characters (quotes, comments, braces) and any other code point but NUL. */
    private static String hostileString(java.util.SplittableRandom random) {
        String special = "'\"\\;-/*{}%|\n\r\t";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            if (kind < 2) {
                text.append(special.charAt(random.nextInt(special.length())));
            } else if (kind == 2) {
                text.append((char) ('a' + random.nextInt(26)));
            } else {
                int cp = 1 + random.nextInt(0x10FFFF);
                text.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 'x' : cp);
            }
        }
        return text.toString();
    }
}

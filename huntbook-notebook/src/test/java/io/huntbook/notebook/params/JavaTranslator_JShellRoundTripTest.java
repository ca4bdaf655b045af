package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.huntbook.testing.PropertyCheck;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Java translation, evaluated by JShell in this JVM, gives back exactly the value that went in, typed as the
 * notebook declares it. Values are batched (many declarations per evaluation) to keep the suite fast.
 */
class JavaTranslator_JShellRoundTripTest {
    private static final String PROBE = "huntbook.test.probe";
    private static JShell jshell;

    @BeforeAll
    static void start() {
        jshell = JShell.builder().executionEngine("local").build();
        // The jshell tool imports java.util and others by default; the API starts bare, as a notebook prelude would not.
        eval("import java.time.*;");
        eval("import java.util.*;");
    }

    @AfterAll
    static void stop() {
        jshell.close();
    }

    /** One parameter: what the cell declares, what is supplied, and what the variable must then hold. */
    record Case(DeclaredParameter declared, SuppliedValue supplied, @Nullable Object expected) {}

    @Test
    void typedAndInferredValuesComeBackUnchanged() {
        PropertyCheck.forAll(20, r -> batch(r, 500), cases -> check(cases, true));
    }

    @Test
    void topLevelSnippetsAsAJShellCellRunsThem() {
        PropertyCheck.forAll(1, r -> batch(r, 40), cases -> check(cases, false));
    }

    private static List<Case> batch(SplittableRandom r, int size) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cases.add(oneCase(r, "v" + i));
        }
        return cases;
    }

    private static Case oneCase(SplittableRandom r, String name) {
        boolean raw = r.nextBoolean();
        return switch (r.nextInt(16)) {
            case 0 -> {
                String s = Values.string(r);
                yield typed(name, "String", raw ? SuppliedValue.rawText(s) : SuppliedValue.of(s), s);
            }
            case 1 -> {
                BigInteger i = BigInteger.valueOf(r.nextInt());
                yield typed(name, r.nextBoolean() ? "int" : "Integer",
                        raw ? SuppliedValue.rawText(i.toString()) : SuppliedValue.of(i), i);
            }
            case 2 -> {
                BigInteger i = BigInteger.valueOf(r.nextLong());
                yield typed(name, "long", raw ? SuppliedValue.rawText(i.toString()) : SuppliedValue.of(i), i);
            }
            case 3 -> {
                double d = Values.floating(r);
                yield typed(name, r.nextBoolean() ? "double" : "Double",
                        raw ? SuppliedValue.rawText(PythonNumbers.repr(d)) : SuppliedValue.of(d), d);
            }
            case 4 -> {
                boolean b = r.nextBoolean();
                yield typed(name, "boolean", raw ? SuppliedValue.rawText(b ? "True" : "false") : SuppliedValue.of(b), b);
            }
            case 5 -> {
                Instant t = Instant.ofEpochSecond(r.nextLong(-10_000_000_000L, 10_000_000_000L), r.nextInt(1_000_000_000));
                yield typed(name, r.nextBoolean() ? "Instant" : "java.time.Instant", SuppliedValue.rawText(t.toString()), t);
            }
            case 6 -> {
                LocalDate d = LocalDate.ofEpochDay(r.nextLong(-100_000, 100_000));
                yield typed(name, "LocalDate", SuppliedValue.rawText(d.toString()), d);
            }
            case 7 -> {
                LocalDateTime t = LocalDateTime.ofEpochSecond(r.nextLong(-1_000_000_000L, 5_000_000_000L),
                        r.nextInt(1_000_000_000), java.time.ZoneOffset.UTC);
                yield typed(name, "LocalDateTime", SuppliedValue.rawText(t.toString()), t);
            }
            case 8 -> {
                Duration d = Duration.ofSeconds(r.nextLong(-1_000_000_000L, 1_000_000_000L), r.nextInt(1_000_000_000));
                yield typed(name, "Duration", SuppliedValue.rawText(d.toString()), d);
            }
            case 9 -> {
                List<Object> list = new ArrayList<>();
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    list.add(Values.string(r));
                }
                yield typed(name, "List<String>", SuppliedValue.of(list), list);
            }
            case 10 -> {
                List<Object> list = new ArrayList<>();
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    list.add(BigInteger.valueOf(r.nextInt()));
                }
                yield typed(name, "List<Integer>", SuppliedValue.of(list), list);
            }
            case 11 -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                int n = r.nextInt(14);
                for (int i = 0; i < n; i++) {
                    map.put(Values.string(r), Values.string(r));
                }
                yield typed(name, "Map<String, String>", SuppliedValue.of(map), map);
            }
            case 12 -> {
                BigInteger i = BigInteger.valueOf(r.nextInt());
                yield new Case(new DeclaredParameter(name, "var", "2", null), SuppliedValue.rawText(i.toString()), i);
            }
            case 13 -> {
                String s = Values.string(r);
                yield new Case(new DeclaredParameter(name, "var", "\"x\"", null), SuppliedValue.of(s), s);
            }
            default -> {
                Object any = Values.any(r, 3);
                yield new Case(new DeclaredParameter(name, null, null, null), SuppliedValue.of(any), any);
            }
        };
    }

    private static Case typed(String name, String type, SuppliedValue supplied, @Nullable Object expected) {
        return new Case(new DeclaredParameter(name, type, null, null), supplied, expected);
    }

    private static void check(List<Case> cases, boolean inMethod) {
        Map<String, SuppliedValue> values = new LinkedHashMap<>();
        cases.forEach(c -> values.put(c.declared().name(), c.supplied()));
        String code = ParameterTranslator.of(KernelLanguage.JAVA).codify(values,
                cases.stream().map(Case::declared).toList());
        String names = cases.stream().map(c -> c.declared().name()).collect(Collectors.joining(", "));
        String publish = "System.getProperties().put(\"" + PROBE + "\", new Object[] {" + names + "});";
        System.getProperties().remove(PROBE);
        if (inMethod) {
            eval("void probe$() {\n" + code + publish + "\n}");
            eval("probe$();");
        } else {
            for (String line : code.lines().skip(1).toList()) {
                eval(line);
            }
            eval(publish);
        }
        Object[] actual = (Object[]) System.getProperties().get(PROBE);
        assertThat(actual).as("values published by JShell").isNotNull().hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Object got = Values.normalize(actual[i]);
            boolean ordered = c.declared().type() == null;
            if (!Values.same(Values.normalize(c.expected()), got, ordered)) {
                fail("parameter " + c.declared() + " supplied " + c.supplied() + " came back as " + got
                        + "\nfrom: " + code.lines().skip(i + 1).findFirst().orElse(""));
            }
        }
    }

    private static void eval(String source) {
        List<SnippetEvent> events = jshell.eval(source);
        for (SnippetEvent event : events) {
            if (event.exception() != null) {
                throw new AssertionError("JShell threw " + event.exception() + " for:\n" + source, event.exception());
            }
            if (event.status() == Snippet.Status.REJECTED) {
                String diagnostics = jshell.diagnostics(event.snippet())
                        .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; "));
                throw new AssertionError("JShell rejected: " + diagnostics + "\n" + abbreviate(source));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
    }
}

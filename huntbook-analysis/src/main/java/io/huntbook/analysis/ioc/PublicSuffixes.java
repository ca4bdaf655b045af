package io.huntbook.analysis.ioc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled Public Suffix List (offline, never fetched): which labels are top-level domains, and whether a whole
 * name is itself an ICANN public suffix (such as {@code co.uk}), which is not a domain anyone can own.
 */
final class PublicSuffixes {
    private static final String RESOURCE = "public_suffix_list.dat";

    /** Loaded once, on first use, because most callers build many extractors over one list. */
    private static final class Holder {
        static final PublicSuffixes INSTANCE = load();
    }

    private final RegionSet topLevel;
    /** The first label of every ICANN rule and exception: a name whose first label is not here is no rule. */
    private final RegionSet icannFirstLabels;
    private final Set<String> icannRules;
    private final RegionSet icannWildcards;
    private final Set<String> icannExceptions;

    private PublicSuffixes(Set<String> topLevel, Set<String> icannRules, Set<String> icannWildcards,
            Set<String> icannExceptions) {
        this.topLevel = new RegionSet(topLevel);
        Set<String> firstLabels = new HashSet<>();
        for (Set<String> rules : List.of(icannRules, icannExceptions)) {
            for (String rule : rules) {
                int dot = rule.indexOf('.');
                firstLabels.add(dot < 0 ? rule : rule.substring(0, dot));
            }
        }
        this.icannFirstLabels = new RegionSet(firstLabels);
        this.icannRules = icannRules;
        this.icannWildcards = new RegionSet(icannWildcards);
        this.icannExceptions = icannExceptions;
    }

    static PublicSuffixes get() {
        return Holder.INSTANCE;
    }

    /** Whether text[start, end) (any case, Unicode or punycode) is a top-level domain of the list. */
    boolean isTopLevel(String text, int start, int end) {
        return topLevel.contains(text, start, end);
    }

    /** Whether text[start, end) (any case) is exactly an ICANN public suffix, such as {@code com} or {@code co.uk}. */
    boolean isIcannSuffix(String text, int start, int end) {
        int dot = text.indexOf('.', start);
        int firstEnd = dot < 0 || dot >= end ? end : dot;
        if (!icannFirstLabels.contains(text, start, firstEnd)
                && (firstEnd == end || !icannWildcards.contains(text, firstEnd + 1, end))) {
            return false;
        }
        return isIcannSuffix(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} (lower case) is exactly an ICANN public suffix, such as {@code com} or {@code co.uk}. */
    boolean isIcannSuffix(String name) {
        if (icannRules.contains(name)) {
            return true;
        }
        if (icannExceptions.contains(name)) {
            return false;
        }
        int dot = name.indexOf('.');
        return dot > 0 && icannWildcards.contains(name.substring(dot + 1));
    }

    private static PublicSuffixes load() {
        Set<String> topLevel = new HashSet<>();
        Set<String> rules = new HashSet<>();
        Set<String> wildcards = new HashSet<>();
        Set<String> exceptions = new HashSet<>();
        try (InputStream in = PublicSuffixes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled Public Suffix List " + RESOURCE
                        + " is missing from the huntbook-analysis jar: rebuild or reinstall Huntbook");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean icann = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String rule = line.strip();
                if (rule.startsWith("// ===BEGIN PRIVATE DOMAINS===")) {
                    icann = false;
                }
                if (rule.isEmpty() || rule.startsWith("//")) {
                    continue;
                }
                int space = rule.indexOf(' ');
                if (space > 0) {
                    rule = rule.substring(0, space);
                }
                for (String form : forms(rule)) {
                    int lastDot = form.lastIndexOf('.');
                    topLevel.add(lastDot < 0 ? form : form.substring(lastDot + 1));
                    if (!icann) {
                        continue;
                    }
                    if (form.startsWith("*.")) {
                        wildcards.add(form.substring(2));
                    } else if (form.startsWith("!")) {
                        exceptions.add(form.substring(1));
                    } else {
                        rules.add(form);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled Public Suffix List", e);
        }
        return new PublicSuffixes(Set.copyOf(topLevel), Set.copyOf(rules), Set.copyOf(wildcards),
                Set.copyOf(exceptions));
    }

    /** The rule as written and, for internationalised rules, its punycode form, so either spelling matches. */
    private static Set<String> forms(String rule) {
        String lower = rule.toLowerCase(Locale.ROOT);
        Set<String> forms = new HashSet<>(4);
        forms.add(lower);
        try {
            String prefix = lower.startsWith("*.") ? "*." : lower.startsWith("!") ? "!" : "";
            String body = lower.substring(prefix.length());
            forms.add(prefix + IDN.toASCII(body, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
            forms.add(prefix + IDN.toUnicode(body, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // A rule the JDK's IDNA 2003 cannot convert stays in its written form only.
        }
        return forms;
    }
}

package io.huntbook.analysis.ioc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/** The extractor: the linear scanner for built-in types, {@link java.util.regex} for custom ones. */
final class DefaultIocExtractor implements IocExtractor {
    /** By start, longer first, then by type. */
    private static final Comparator<Hit> BY_POSITION = (a, b) -> {
        if (a.start() != b.start()) {
            return Integer.compare(a.start(), b.start());
        }
        if (a.end() != b.end()) {
            return Integer.compare(b.end(), a.end());
        }
        return Integer.compare(a.type(), b.type());
    };

    /** All types: the built-ins first (index = the scanner's type number), then custom ones. */
    private final List<IocDefinition> all;
    /** Custom patterns by index in {@link #all}; null for types the scanner finds. */
    private final List<@Nullable CustomType> patterns;
    private final boolean[] stringTypes;
    private final boolean[] tableTypes;
    private final boolean refang;
    private final int parallelism;
    private final PublicSuffixes suffixes = PublicSuffixes.get();

    DefaultIocExtractor(List<CustomType> custom, @Nullable List<String> chosen, boolean refang, int parallelism) {
        List<IocDefinition> types = new ArrayList<>(IocDefinition.builtIns());
        List<@Nullable CustomType> byIndex = new ArrayList<>(Collections.nCopies(types.size(), null));
        for (CustomType type : custom) {
            int builtIn = indexOf(types, type.type().name());
            if (builtIn >= 0 && builtIn < Scanner.COUNT) {
                types.set(builtIn, type.type());
                byIndex.set(builtIn, type);
            } else {
                types.add(type.type());
                byIndex.add(type);
            }
        }
        this.all = List.copyOf(types);
        this.patterns = byIndex;
        this.refang = refang;
        this.parallelism = parallelism;
        this.stringTypes = new boolean[all.size()];
        this.tableTypes = new boolean[all.size()];
        if (chosen == null) {
            java.util.Arrays.fill(stringTypes, true);
            java.util.Arrays.fill(tableTypes, true);
            tableTypes[Scanner.WINDOWS_PATH] = patterns.get(Scanner.WINDOWS_PATH) != null;
            tableTypes[Scanner.LINUX_PATH] = patterns.get(Scanner.LINUX_PATH) != null;
        } else {
            for (String name : chosen) {
                int index = indexOf(all, name);
                if (index < 0) {
                    throw new IllegalArgumentException("unknown IoC type \"" + name + "\"; known types: "
                            + all.stream().map(IocDefinition::name).collect(Collectors.joining(", ")));
                }
                stringTypes[index] = true;
                tableTypes[index] = true;
            }
        }
    }

    private static int indexOf(List<IocDefinition> types, String name) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<IocDefinition> types() {
        List<IocDefinition> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (stringTypes[i]) {
                chosen.add(all.get(i));
            }
        }
        return List.copyOf(chosen);
    }

    @Override
    public Map<String, Set<String>> extract(String text) {
        return group(matches(text, stringTypes));
    }

    @Override
    public List<IocMatch> matches(String text) {
        return matches(text, stringTypes);
    }

    List<IocMatch> matches(String text, boolean[] enabled) {
        List<Hit> hits = hits(text, enabled, false);
        hits.sort(BY_POSITION);
        List<IocMatch> result = new ArrayList<>(hits.size());
        if (!anyCustom(enabled)) {
            // The built-in types are disjoint by construction (no text is both a domain and an address, a path and
            // a key...), so no substring can be claimed by two of them: nothing to resolve.
            for (Hit hit : hits) {
                result.add(new IocMatch(all.get(hit.type()).name(), hit.observable(), hit.start(), hit.end()));
            }
            return result;
        }
        Map<String, Integer> winner = new HashMap<>(hits.size() * 2);
        for (Hit hit : hits) {
            winner.merge(hit.observable(), hit.type(), (old, candidate) -> beats(candidate, old) ? candidate : old);
        }
        for (Hit hit : hits) {
            if (winner.get(hit.observable()) == hit.type()) {
                result.add(new IocMatch(all.get(hit.type()).name(), hit.observable(), hit.start(), hit.end()));
            }
        }
        return result;
    }

    private boolean anyCustom(boolean[] enabled) {
        for (int i = 0; i < all.size(); i++) {
            if (enabled[i] && patterns.get(i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether type a wins over type b for one substring: lower priority number, then the earlier type. */
    private boolean beats(int a, int b) {
        int pa = all.get(a).priority();
        int pb = all.get(b).priority();
        return pa < pb || pa == pb && a < b;
    }

    private Map<String, Set<String>> group(List<IocMatch> matches) {
        Map<String, Set<String>> found = new HashMap<>();
        for (IocMatch match : matches) {
            found.computeIfAbsent(match.type(), k -> new LinkedHashSet<>()).add(match.observable());
        }
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        for (IocDefinition type : all) {
            Set<String> observables = found.get(type.name());
            if (observables != null) {
                byType.put(type.name(), observables);
            }
        }
        return byType;
    }

    /** Raw findings of every enabled type, spans in the text as given, before collisions are resolved. */
    private List<Hit> hits(String text, boolean[] enabled, boolean mappedAsIpv6) {
        List<Hit> hits = new ArrayList<>();
        boolean[] builtIn = new boolean[Scanner.COUNT];
        boolean any = false;
        for (int i = 0; i < Scanner.COUNT; i++) {
            builtIn[i] = enabled[i] && patterns.get(i) == null;
            any |= builtIn[i];
        }
        if (any) {
            DefangedView view = DefangedView.of(text);
            Scanner scanner = new Scanner(builtIn, suffixes, mappedAsIpv6);
            scanner.scan(view.text, (type, start, end, derived) -> {
                int from = view.originalIndex(start);
                int to = view.originalIndex(end);
                String observable = derived != null ? derived
                        : refang ? view.text.substring(start, end) : text.substring(from, to);
                hits.add(new Hit(type, from, to, observable, derived != null));
            });
        }
        for (int i = 0; i < all.size(); i++) {
            CustomType custom = patterns.get(i);
            if (custom != null && enabled[i]) {
                boolean named = custom.pattern().namedGroups().containsKey("ioc");
                Matcher matcher = custom.pattern().matcher(text);
                while (matcher.find()) {
                    int start = named ? matcher.start("ioc") : matcher.start();
                    int end = named ? matcher.end("ioc") : matcher.end();
                    if (start < 0 || end <= start) {
                        continue;
                    }
                    String observable = text.substring(start, end);
                    hits.add(new Hit(i, start, end, refang ? Defanging.refang(observable) : observable, false));
                }
            }
        }
        return hits;
    }

    @Override
    public boolean validate(String value, String type) {
        int index = indexOf(all, type);
        if (index < 0) {
            throw new IllegalArgumentException("unknown IoC type \"" + type + "\"; known types: "
                    + all.stream().map(IocDefinition::name).collect(Collectors.joining(", ")));
        }
        boolean[] only = new boolean[all.size()];
        only[index] = true;
        for (Hit hit : hits(value, only, true)) {
            if (hit.type() == index && whole(hit, value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> typeOf(String value) {
        boolean[] every = new boolean[all.size()];
        java.util.Arrays.fill(every, true);
        int best = -1;
        for (Hit hit : hits(value, every, true)) {
            if (whole(hit, value) && (best < 0 || beats(hit.type(), best))) {
                best = hit.type();
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(all.get(best).name());
    }

    private static boolean whole(Hit hit, String value) {
        return !hit.derived() && hit.start() == 0 && hit.end() == value.length();
    }

    @Override
    public DataFrame extract(DataFrame frame, List<String> columns) {
        return TableExtraction.run(this, frame, columns, tableTypes, parallelism);
    }

    @Override
    public DataFrame extract(DataFrame frame) {
        return extract(frame, TableExtraction.stringColumns(frame));
    }

    /** One raw finding; {@code derived} when the observable is not the span's text (decoded or converted). */
    private record Hit(int type, int start, int end, String observable, boolean derived) {}
}

package io.huntbook.data.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One query of the catalog for one data environment and one data family: what {@code query list} shows as a row.
 *
 * @param environment the data environment (MSTICPy's canonical name, e.g. {@code MSSentinel})
 * @param family      the data family, possibly dotted ({@code Network.Firewall})
 * @param queryName   the query's name inside its family, as the file spells it
 * @param description the description, or {@code "no description"} as MSTICPy says when there is none
 * @param parameters  the merged parameter definitions, sorted by name
 * @param template    the query text after {@code $<macro>$} expansion, before parameters are substituted
 * @param metadata    the merged metadata (file, defaults, then query)
 * @param file        the YAML file it came from
 * @param line        the line of the query's name in that file (1-based)
 */
public record QueryDefinition(String environment, String family, String queryName, String description,
                              List<QueryParameter> parameters, String template, Map<String, Object> metadata,
                              Path file, int line) {
    public QueryDefinition {
        parameters = List.copyOf(parameters);
        java.util.Map<String, Object> kept = new java.util.LinkedHashMap<>();
        metadata.forEach((k, v) -> {
            if (v != null) {
                kept.put(k, v);
            }
        });
        metadata = java.util.Collections.unmodifiableMap(kept);
    }

    /** {@code Family.query_name}: the name used with {@code queries.run}. */
    public String name() {
        return family + "." + queryName;
    }

    /** The parameter with this name or alias. */
    public Optional<QueryParameter> parameter(String nameOrAlias) {
        for (QueryParameter p : parameters) {
            if (p.name().equals(nameOrAlias)) {
                return Optional.of(p);
            }
        }
        return parameters.stream().filter(p -> p.answersTo(nameOrAlias)).findFirst();
    }

    /** The names of the parameters, sorted. */
    public List<String> parameterNames() {
        return parameters.stream().map(QueryParameter::name).toList();
    }

    /** Where it is defined, {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}

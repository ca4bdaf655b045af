package io.huntbook.data.catalog;

/** MSTICPy's query help ({@code create_doc_string}): description, then the parameters, then the query text. */
final class QueryHelp {
    private QueryHelp() {}

    static String text(QueryDefinition query) {
        StringBuilder out = new StringBuilder();
        out.append("Query:  ").append(query.name()).append('\n');
        out.append("Data source:  ").append(query.environment()).append('\n');
        out.append(query.description().strip()).append("\n\n");
        out.append("Parameters\n----------\n");
        for (QueryParameter p : query.parameters()) {
            out.append(p.name()).append(": ").append(p.type()).append(p.required() ? "" : " (optional)").append('\n');
            out.append("    ").append(p.description().isBlank() ? "no description" : p.description().strip())
                    .append('\n');
            Object def = p.defaultValue();
            if (def != null && !def.toString().isEmpty()) {
                String text = ParameterBinder.pythonStr(def);
                out.append("    (default value is: ").append(text.length() > 50 ? text.substring(0, 50) + "..." : text)
                        .append(")\n");
            }
            if (!p.aliases().isEmpty()) {
                out.append("    Aliases: '").append(String.join("', '", p.aliases())).append("'\n");
            }
        }
        out.append("Query:\n").append(query.template().strip()).append('\n');
        return out.toString();
    }
}

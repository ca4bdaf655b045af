package io.huntbook.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.params.DeclaredParameter;
import io.huntbook.server.templates.Template;
import java.util.Locale;

/**
 * A template's parameters as its input schema: the rows of {@code huntbook params} ({@code name, type, default,
 * help}, DESIGN.md §6.A) and the same as a JSON Schema object (types mapped where the declared type says one).
 */
final class TemplateSchemas {
    private TemplateSchemas() {}

    static ObjectNode toJson(Template template) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode json = f.objectNode();
        json.put("name", template.name());
        json.put("language", template.language());
        var parameters = json.putArray("parameters");
        ObjectNode schema = f.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (DeclaredParameter p : template.parameters()) {
            ObjectNode row = parameters.addObject();
            row.put("name", p.name());
            row.put("type", p.type());
            row.put("default", p.defaultValue());
            row.put("help", p.help());
            ObjectNode property = properties.putObject(p.name());
            String jsonType = jsonType(p.type());
            if (jsonType != null) {
                property.put("type", jsonType);
            }
            if (p.help() != null) {
                property.put("description", p.help());
            }
            if (p.type() != null) {
                property.put("x-declared-type", p.type());
            }
        }
        schema.put("additionalProperties", false);
        json.set("inputSchema", schema);
        return json;
    }

    private static @org.jspecify.annotations.Nullable String jsonType(@org.jspecify.annotations.Nullable String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.startsWith("List<") || t.startsWith("Set<") || lower.equals("list") || t.endsWith("[]")) {
            return "array";
        }
        if (t.startsWith("Map<") || lower.equals("dict")) {
            return "object";
        }
        return switch (lower) {
            case "int", "integer", "long", "short", "byte", "biginteger" -> "integer";
            case "double", "float", "bigdecimal", "number" -> "number";
            case "boolean", "bool" -> "boolean";
            case "string", "str", "char", "character", "instant", "duration", "localdate", "localdatetime",
                 "offsetdatetime", "zoneddatetime" -> "string";
            default -> null;
        };
    }
}

package io.huntbook.data.catalog;

import java.util.Locale;

/** The parameter types of MSTICPy's query files: {@code str}, {@code datetime}, {@code int}, {@code float}, {@code list}. */
public enum ParameterType {
    STR("str"),
    DATETIME("datetime"),
    INT("int"),
    FLOAT("float"),
    LIST("list");

    private final String yamlName;

    ParameterType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in the YAML files. */
    public String yamlName() {
        return yamlName;
    }

    /** The type a YAML {@code type:} names; any other name is treated as {@code str}, as MSTICPy does. */
    static ParameterType parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "datetime" -> DATETIME;
            case "int" -> INT;
            case "float" -> FLOAT;
            case "list" -> LIST;
            default -> STR;
        };
    }

    @Override
    public String toString() {
        return yamlName;
    }
}

package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of chart, by the name the command line and the description use. */
public enum ChartType {
    TIMELINE("timeline"),
    VALUES("values"),
    DURATION("duration"),
    ANOMALIES("anomalies"),
    MATRIX("matrix"),
    GRAPH("graph"),
    MAP("map"),
    PROCTREE("proctree");

    private final String id;

    ChartType(String id) {
        this.id = id;
    }

    /** The name in descriptions and on the command line ({@code timeline}, {@code values}, ...). */
    public String id() {
        return id;
    }

    /**
     * The type named {@code name}.
     *
     * @throws BadInputException listing the names there are
     */
    public static ChartType parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ChartType type : values()) {
            if (type.id.equals(wanted)) {
                return type;
            }
        }
        throw new BadInputException("unknown chart type '" + name + "': use one of "
                + Arrays.stream(values()).map(ChartType::id).collect(Collectors.joining(", ")));
    }
}

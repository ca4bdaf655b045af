package io.huntbook.core.table;

import io.huntbook.core.BadInputException;
import java.util.Locale;

/** How a table is written (DESIGN.md §6.A): {@code table} for people, the others for programs. */
public enum TableFormat {
    TABLE,
    CSV,
    JSON,
    JSONL;

    /** Parses a {@code --format} value, case-insensitively. */
    public static TableFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown format '" + name + "': use table, csv, json or jsonl");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

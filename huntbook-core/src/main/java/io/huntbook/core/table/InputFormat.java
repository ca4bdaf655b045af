package io.huntbook.core.table;

import io.huntbook.core.BadInputException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a table can be read from (DESIGN.md §6.A input rules). */
public enum InputFormat {
    /** Comma-separated values, RFC 4180, with a header row. */
    CSV("csv"),
    /** Tab-separated values with a header row. */
    TSV("tsv"),
    /** One JSON object per line. */
    JSONL("jsonl"),
    /** A JSON array of objects, or JSON lines in a {@code .json} file. */
    JSON("json"),
    /** Apache Parquet; provided by a module that brings a Parquet reader (huntbook-data). */
    PARQUET("parquet"),
    /** An OTRF Security-Datasets archive: a zip of JSON-lines files. */
    OTRF_ZIP("zip");

    private final String id;

    InputFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line ({@code --input-format}). */
    public String id() {
        return id;
    }

    /** The format a file's extension says, if it says one. */
    public static Optional<InputFormat> fromFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (lower.substring(dot + 1)) {
            case "csv" -> Optional.of(CSV);
            case "tsv", "tab" -> Optional.of(TSV);
            case "jsonl", "ndjson" -> Optional.of(JSONL);
            case "json" -> Optional.of(JSON);
            case "parquet" -> Optional.of(PARQUET);
            case "zip" -> Optional.of(OTRF_ZIP);
            default -> Optional.empty();
        };
    }

    /** Parses an {@code --input-format} value: a format name or an extension, case-insensitively. */
    public static InputFormat parse(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith(".")) {
            key = key.substring(1);
        }
        for (InputFormat format : values()) {
            if (format.id.equals(key) || format.name().toLowerCase(Locale.ROOT).equals(key)) {
                return format;
            }
        }
        if (key.equals("ndjson")) {
            return JSONL;
        }
        if (key.equals("otrf")) {
            return OTRF_ZIP;
        }
        throw new BadInputException("unknown input format '" + name + "': use " + names());
    }

    /** The accepted names, for messages. */
    static String names() {
        return "csv, tsv, json, jsonl (or ndjson), parquet or zip (OTRF)";
    }

    @Override
    public String toString() {
        return id;
    }
}

package io.huntbook.data.local;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats LocalData reads, told by extension (DESIGN.md §6.A), and the DuckDB reader for each. */
enum SourceFormat {
    CSV(".csv", ".csv.gz"),
    TSV(".tsv", ".tsv.gz"),
    JSON_LINES(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
    JSON(".json", ".json.gz"),
    PARQUET(".parquet"),
    OTRF_ZIP(".zip");

    private final String[] extensions;

    SourceFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format of a file, from its name; empty for a file LocalData does not read. */
    static Optional<SourceFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        SourceFormat best = null;
        int bestLength = 0;
        for (SourceFormat format : values()) {
            for (String ext : format.extensions) {
                if (name.endsWith(ext) && ext.length() > bestLength && name.length() > ext.length()) {
                    best = format;
                    bestLength = ext.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The file's name without this format's extension: the table's name. */
    String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int cut = 0;
        for (String ext : extensions) {
            if (lower.endsWith(ext)) {
                cut = Math.max(cut, ext.length());
            }
        }
        return name.substring(0, name.length() - cut);
    }

    /**
     * The DuckDB table function reading {@code files} ({@code sqlList} is a SQL list of quoted paths). JSON is read
     * as JSON lines or as an array, whichever the file is; every record is sampled so sparse fields are kept.
     */
    String reader(String sqlList) {
        return switch (this) {
            case CSV -> "read_csv(" + sqlList + ", header = true, union_by_name = true)";
            case TSV -> "read_csv(" + sqlList + ", header = true, delim = '\t', union_by_name = true)";
            case JSON_LINES, OTRF_ZIP -> "read_json(" + sqlList
                    + ", format = 'newline_delimited', union_by_name = true, sample_size = -1)";
            case JSON -> "read_json(" + sqlList + ", format = 'auto', union_by_name = true, sample_size = -1)";
            case PARQUET -> "read_parquet(" + sqlList + ", union_by_name = true)";
        };
    }
}

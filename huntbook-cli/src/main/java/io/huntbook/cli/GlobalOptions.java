package io.huntbook.cli;

import io.huntbook.core.table.TableFormat;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command accepts, before or after its name (DESIGN.md §6.A). They are declared once on the root
 * command with {@link ScopeType#INHERIT}; picocli copies them into every subcommand with the same binding, so the
 * value lands here wherever it was typed.
 */
public final class GlobalOptions {
    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (huntbook.yaml or msticpyconfig.yaml).")
    @Nullable Path config;

    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "Output format: table, csv, json or jsonl (default: table).")
    @Nullable String format;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Same as --format json.")
    boolean json;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "No progress or warnings on stderr.")
    boolean quiet;

    /** The chosen format; {@code table} when none was given. */
    public TableFormat format() {
        if (format != null) {
            return TableFormat.parse(format);
        }
        return json ? TableFormat.JSON : TableFormat.TABLE;
    }

    /** Whether a format was chosen explicitly (some commands pick another default for people). */
    public boolean formatGiven() {
        return format != null || json;
    }

    public @Nullable Path config() {
        return config;
    }

    public boolean debug() {
        return debug;
    }

    public boolean quiet() {
        return quiet;
    }
}

package io.huntbook.cli;

import io.huntbook.analysis.ioc.IocExtractor;
import io.huntbook.analysis.ioc.IocMatch;
import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.table.InputFormat;
import io.huntbook.core.table.ReadOptions;
import io.huntbook.core.table.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook ioc FILE|-}: indicators in plain text (string mode, every type on, rows {@code IoCType, Observable})
 * or in the columns of a table file (table mode, rows {@code IoCType, Observable, SourceIndex, Input}).
 */
@Command(name = "ioc", description = {
        "Extract indicators of compromise (IPs, domains, URLs, emails, hashes, paths, CVEs, MAC addresses, registry keys)"
                + " from text or from the columns of a table file.",
        "Plain text (and '-' for stdin, and any non-tabular extension) is scanned whole, with every type on.",
        "Table files (.csv, .tsv, .json, .jsonl, .ndjson, .parquet, .zip) are scanned cell by cell over --columns"
                + " (default: every string column); paths are left out there unless named in --types."})
final class IocCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE|-", description = "The file to scan, or - for standard input.")
    String input = "-";

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Only these types (comma-separated): ipv4, ipv6, dns, url, email, windows_path, linux_path,"
                    + " md5_hash, sha1_hash, sha256_hash, sha512_hash, cve, mac_address, registry_key.")
    @Nullable List<String> types;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN",
            description = "Table input: the columns to scan (default: every string column).")
    @Nullable List<String> columns;

    @Option(names = "--refang", description = "Report defanged indicators refanged (hxxp://evil[.]com as http://evil.com).")
    boolean refang;

    @Option(names = "--input-format", paramLabel = "F",
            description = "text, csv, tsv, json, jsonl, parquet or zip, instead of the extension's.")
    @Nullable String inputFormat;

    @Override
    protected int execute() throws IOException {
        IocExtractor extractor = extractor();
        Optional<InputFormat> table = tableFormat();
        DataFrame result;
        if (table.isPresent()) {
            if (input.equals("-")) {
                throw new BadInputException("table input cannot come from standard input: give the file's path");
            }
            DataFrame frame = Tables.read(Path.of(input), ReadOptions.defaults().withFormat(table.get()));
            result = columns == null ? extractor.extract(frame) : extractor.extract(frame, checkedColumns(frame));
        } else if (columns != null) {
            throw new BadInputException("--columns applies to table files (.csv, .tsv, .json, .jsonl, .parquet); "
                    + input + " is read as plain text: drop --columns or give --input-format");
        } else {
            result = stringMode(extractor, readText());
        }
        output().table(result);
        return ExitCodes.OK;
    }

    private IocExtractor extractor() {
        IocExtractor.Builder builder = IocExtractor.builder().refang(refang);
        if (types != null) {
            builder.types(types.stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--types: " + e.getMessage(), e);
        }
    }

    /** The table format to read, or empty for plain text (DESIGN.md §6.A: text-scanning commands take any file). */
    private Optional<InputFormat> tableFormat() {
        if (inputFormat != null) {
            String name = inputFormat.strip().toLowerCase(Locale.ROOT);
            return name.equals("text") || name.equals("txt") ? Optional.empty() : Optional.of(InputFormat.parse(name));
        }
        return input.equals("-") ? Optional.empty() : InputFormat.fromFileName(Path.of(input));
    }

    private List<String> checkedColumns(DataFrame frame) {
        List<String> names = columns == null ? List.of() : columns.stream().map(String::strip).toList();
        for (String name : names) {
            if (!frame.getColumnsIndex().contains(name)) {
                throw new BadInputException("--columns: no column \"" + name + "\" in " + input + "; its columns are: "
                        + String.join(", ", frame.getColumnsIndex().toArray()));
            }
        }
        return names;
    }

    private String readText() throws IOException {
        if (input.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = Path.of(input);
        if (Files.isDirectory(file)) {
            throw new BadInputException(input + " is a folder: give a file");
        }
        try {
            // Bytes that are not UTF-8 become U+FFFD: logs are often mixed, and an indicator is ASCII anyway.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + input, e);
        }
    }

    /** One row per distinct (type, observable), in order of first appearance. */
    private static DataFrame stringMode(IocExtractor extractor, String text) {
        Set<List<String>> rows = new LinkedHashSet<>();
        for (IocMatch match : extractor.matches(text)) {
            rows.add(List.of(match.type(), match.observable()));
        }
        List<String> typeColumn = new ArrayList<>(rows.size());
        List<String> observableColumn = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            typeColumn.add(row.get(0));
            observableColumn.add(row.get(1));
        }
        return DataFrame.byColumn(IocExtractor.IOC_TYPE, IocExtractor.OBSERVABLE)
                .of(Series.ofIterable(typeColumn), Series.ofIterable(observableColumn));
    }
}

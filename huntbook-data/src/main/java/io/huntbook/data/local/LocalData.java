package io.huntbook.data.local;

import io.huntbook.core.BadInputException;
import io.huntbook.data.provider.DataProvider;
import java.nio.file.Path;
import java.util.List;

/**
 * Local files as tables, queried with SQL on an embedded DuckDB: CSV, TSV, JSON lines, JSON, Parquet, and OTRF
 * Security-Datasets archives (a zip of JSON lines). A file is a table named after it ({@code host_logons.csv} is
 * {@code host_logons}); a folder of files of one format is one table named after the folder.
 *
 * <p>A query is SQL over those tables or, as in MSTICPy's LocalData, just a table's name or file name, which returns
 * the whole table. Timestamps without an offset are UTC.
 *
 * <pre>{@code
 * try (LocalData data = LocalData.builder().folder(Path.of("exports")).build()) {
 *     DataFrame logons = data.query("SELECT * FROM host_logons WHERE LogonType = 3");
 * }
 * }</pre>
 */
public interface LocalData extends DataProvider {
    /** The default environment name, MSTICPy's. */
    String ENVIRONMENT = "LocalData";

    /** The tables, by name, in the order they were added. */
    List<String> tables();

    /** Whether {@code query} names a table or a file (so it returns that whole table) rather than being SQL. */
    boolean isTableReference(String query);

    /** LocalData over every readable file and sub-folder of {@code folder}. */
    static LocalData over(Path folder) {
        return builder().folder(folder).build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects the files and folders that become tables. */
    final class Builder {
        private final Sources sources = new Sources();
        private String environment = ENVIRONMENT;

        private Builder() {}

        /** Every readable file of {@code folder} becomes a table, and every sub-folder of files of one format. */
        public Builder folder(Path folder) {
            sources.addFolder(folder);
            return this;
        }

        /** One file, or a folder of files of one format, as a table named after it. */
        public Builder table(Path fileOrFolder) {
            sources.addTable(null, fileOrFolder);
            return this;
        }

        /** One file, or a folder of files of one format, as a table named {@code name}. */
        public Builder table(String name, Path fileOrFolder) {
            sources.addTable(name, fileOrFolder);
            return this;
        }

        /** The environment name the catalog knows this provider by (default {@code LocalData}). */
        public Builder environment(String name) {
            if (name.isBlank()) {
                throw new BadInputException("a LocalData environment needs a name");
            }
            this.environment = name;
            return this;
        }

        public LocalData build() {
            return new DuckDbLocalData(environment, sources.all());
        }
    }
}

package io.huntbook.data.provider;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Factories of the built-in providers. */
public final class DataProviders {
    private DataProviders() {}

    /**
     * A provider over any database with a JDBC driver on the class path, e.g.
     * {@code jdbc(null, "jdbc:postgresql://host/db", "user", password)}. Its environment is {@code environment},
     * or the driver's name from the URL ({@code PostgreSQL} for {@code jdbc:postgresql:...}) when null.
     */
    public static DataProvider jdbc(@Nullable String environment, String url, @Nullable String user,
            @Nullable String password) {
        if (!url.startsWith("jdbc:")) {
            throw new io.huntbook.core.BadInputException("'" + url + "' is not a JDBC URL: write jdbc:DRIVER:...,"
                    + " e.g. jdbc:postgresql://127.0.0.1:5432/db");
        }
        return new JdbcProvider(environment != null ? environment : environmentOf(url), url, user, password);
    }

    static String environmentOf(String url) {
        String driver = url.substring("jdbc:".length());
        int colon = driver.indexOf(':');
        driver = colon < 0 ? driver : driver.substring(0, colon);
        return switch (driver.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> "PostgreSQL";
            case "duckdb" -> "DuckDB";
            case "h2" -> "H2";
            case "mysql" -> "MySQL";
            case "mariadb" -> "MariaDB";
            case "sqlserver" -> "SqlServer";
            case "sqlite" -> "SQLite";
            default -> driver.isEmpty() ? "Jdbc" : Character.toUpperCase(driver.charAt(0)) + driver.substring(1);
        };
    }
}

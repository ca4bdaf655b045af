package io.huntbook.data.provider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/** A provider over any database with a JDBC driver on the class path. The password is never logged or shown. */
final class JdbcProvider implements DataProvider {
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast",
            "sys", "mysql", "performance_schema");

    private final String environment;
    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private @Nullable Connection connection;

    JdbcProvider(String environment, String url, @Nullable String user, @Nullable String password) {
        this.environment = environment;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public String environment() {
        return environment;
    }

    @Override
    public synchronized void connect() {
        if (connected()) {
            return;
        }
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        try {
            connection = DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new QueryFailedException("cannot connect to " + url + " as " + (user == null ? "the default user" : user)
                    + ": " + JdbcStatements.firstLine(e.getMessage())
                    + (e.getSQLState() == null && e.getMessage() != null && e.getMessage().contains("No suitable driver")
                    ? " (put the database's JDBC driver on the class path)" : ""), e);
        }
    }

    @Override
    public synchronized boolean connected() {
        return JdbcStatements.isOpen(connection);
    }

    @Override
    public synchronized DataFrame query(String template, Map<String, ?> parameters) {
        connect();
        return JdbcStatements.query(open(), template, parameters, JdbcStatements::standardValue, environment);
    }

    @Override
    public synchronized DataFrame query(String query) {
        connect();
        return JdbcStatements.run(open(), query, environment);
    }

    @Override
    public synchronized Map<String, Map<String, String>> schema() {
        connect();
        return JdbcStatements.schema(open(), s -> !SYSTEM_SCHEMAS.contains(s.toLowerCase(Locale.ROOT)), environment);
    }

    private Connection open() {
        Connection c = connection;
        if (c == null) {
            throw new IllegalStateException("not connected to " + url);
        }
        return c;
    }

    @Override
    public synchronized void close() {
        JdbcStatements.closeQuietly(connection);
        connection = null;
    }

    @Override
    public String toString() {
        return environment + " (" + url + ")";
    }
}

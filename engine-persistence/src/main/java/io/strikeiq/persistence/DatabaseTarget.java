package io.strikeiq.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Where the drain and the queries write and read: a PostgreSQL JDBC URL plus credentials.
 * Credentials never travel on the command line: {@link #fromEnvironment} reads
 * {@value #USER_ENV} and {@value #PASSWORD_ENV}. {@link #redactedUrl()} is the only form of the
 * URL that goes into messages, so a password typed into the URL itself is never printed.
 *
 * @param url      {@code jdbc:postgresql://host:port/db[?…]}
 * @param user     user name, null to let the driver decide
 * @param password password, null for none
 */
public record DatabaseTarget(String url, String user, String password) {
    public static final String USER_ENV = "STRIKEIQ_DB_USER";
    public static final String PASSWORD_ENV = "STRIKEIQ_DB_PASSWORD";

    public DatabaseTarget {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database URL must start with jdbc:postgresql: (got "
                + (url == null ? "nothing" : redact(url)) + ")");
        }
    }

    /** {@code url} with user and password from {@code env} ({@value #USER_ENV}, {@value #PASSWORD_ENV}). */
    public static DatabaseTarget fromEnvironment(final String url, final Map<String, String> env) {
        return new DatabaseTarget(url, env.get(USER_ENV), env.get(PASSWORD_ENV));
    }

    /**
     * Opens a connection (auto-commit on).
     *
     * @throws DatabaseUnavailableException naming {@link #redactedUrl()} when the server cannot be reached or refuses
     */
    public Connection connect() {
        final Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("ApplicationName", "strikeiq");
        try {
            return DriverManager.getConnection(url, props);
        } catch (final SQLException e) {
            throw new DatabaseUnavailableException(this, e);
        }
    }

    /** The URL without any password or credentials it may carry. */
    public String redactedUrl() {
        return redact(url);
    }

    static String redact(final String url) {
        // jdbc:postgresql://user:secret@host/db and ?password=secret / &password=secret
        return url.replaceAll("//[^/@]*@", "//***@").replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + redactedUrl() + ", user=" + user + "]";
    }
}

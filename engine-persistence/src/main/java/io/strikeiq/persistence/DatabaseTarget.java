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

    /**
     * The URL with every password it may carry replaced by {@code ***}: the userinfo form
     * ({@code //user:secret@host}, the user stays), and any parameter whose name contains
     * "password" in any case, URL-encoded or not ({@code ?password=}, {@code &password=},
     * {@code ;password=}, {@code sslpassword=}, {@code PASSWORD=}, {@code pass%77ord=}). The value is
     * masked up to the next separator of its own form ({@code &} after {@code ?}/{@code &},
     * {@code ;} after {@code ;}), so a password containing the other separator is masked whole.
     */
    public String redactedUrl() {
        return redact(url);
    }

    static String redact(final String url) {
        final StringBuilder b = new StringBuilder(url.length());
        int i = 0;
        final int authority = url.indexOf("//");
        if (authority >= 0) {
            // The userinfo ends at the last '@' before the parameters, so an unencoded '@' or '/'
            // in the password still counts as the password's.
            int end = url.length();
            for (final char sep : new char[] {'?', ';'}) {
                final int at = url.indexOf(sep, authority + 2);
                end = at >= 0 ? Math.min(end, at) : end;
            }
            final int at = url.lastIndexOf('@', end - 1);
            if (at > authority + 2) {
                final int colon = url.indexOf(':', authority + 2);
                b.append(url, 0, at);
                if (colon >= 0 && colon < at) {
                    b.setLength(colon + 1);
                    b.append("***");
                }
                i = at;
            }
        }
        while (i < url.length()) {
            final char c = url.charAt(i);
            b.append(c);
            i++;
            if (c != '?' && c != '&' && c != ';') {
                continue;
            }
            final int eq = url.indexOf('=', i);
            final int next = nextSeparator(url, i);
            if (eq < 0 || eq > next || !isPasswordName(url.substring(i, eq))) {
                continue;
            }
            b.append(url, i, eq + 1).append("***");
            // The value runs to the next separator of its own form; '?' and '&' introduce '&'-separated values.
            final int end = url.indexOf(c == ';' ? ';' : '&', eq + 1);
            i = end < 0 ? url.length() : end;
        }
        return b.toString();
    }

    private static int nextSeparator(final String url, final int from) {
        for (int i = from; i < url.length(); i++) {
            final char c = url.charAt(i);
            if (c == '?' || c == '&' || c == ';') {
                return i;
            }
        }
        return url.length();
    }

    private static boolean isPasswordName(final String rawName) {
        String name;
        try {
            name = java.net.URLDecoder.decode(rawName, java.nio.charset.StandardCharsets.UTF_8);
        } catch (final IllegalArgumentException malformedEscape) {
            name = rawName;
        }
        return name.toLowerCase(java.util.Locale.ROOT).contains("password");
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + redactedUrl() + ", user=" + user + "]";
    }
}

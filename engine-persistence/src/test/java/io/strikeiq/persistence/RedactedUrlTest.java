package io.strikeiq.persistence;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DatabaseTarget#redactedUrl()} masks every form a password can take in a JDBC URL, and nothing else. */
class RedactedUrlTest {
    private static String redacted(final String url) {
        return new DatabaseTarget(url, null, null).redactedUrl();
    }

    @Test
    void queryStringPasswordFirstOrLaterIsMasked() {
        assertEquals("jdbc:postgresql://db:5432/strikeiq?password=***",
            redacted("jdbc:postgresql://db:5432/strikeiq?password=hunter2"));
        assertEquals("jdbc:postgresql://db/strikeiq?user=u&password=***&ssl=true",
            redacted("jdbc:postgresql://db/strikeiq?user=u&password=hunter2&ssl=true"));
    }

    @Test
    void semicolonPropertyPasswordIsMaskedWholeEvenWithAnAmpersandInIt() {
        assertEquals("jdbc:postgresql://db/strikeiq;user=u;password=***",
            redacted("jdbc:postgresql://db/strikeiq;user=u;password=hunter2"));
        assertEquals("jdbc:postgresql://db/strikeiq;password=***;loginTimeout=3",
            redacted("jdbc:postgresql://db/strikeiq;password=a&b=c;loginTimeout=3"));
    }

    @Test
    void userinfoPasswordIsMaskedAndTheUserKept() {
        assertEquals("jdbc:postgresql://alice:***@db:5432/strikeiq",
            redacted("jdbc:postgresql://alice:hunter2@db:5432/strikeiq"));
        // An unencoded '@' or '/' in the password: the userinfo runs to the last '@' before the parameters.
        assertEquals("jdbc:postgresql://alice:***@db/strikeiq?ssl=true",
            redacted("jdbc:postgresql://alice:hun@t/er2@db/strikeiq?ssl=true"));
        // A user without a password is no secret; an '@' inside a parameter is no userinfo.
        assertEquals("jdbc:postgresql://alice@db/strikeiq", redacted("jdbc:postgresql://alice@db/strikeiq"));
        assertEquals("jdbc:postgresql://db/strikeiq?user=a@b.c&password=***",
            redacted("jdbc:postgresql://db/strikeiq?user=a@b.c&password=x"));
    }

    @Test
    void keyIsMatchedInAnyCaseEncodedOrAsPartOfAPasswordProperty() {
        assertEquals("jdbc:postgresql://db/s?PASSWORD=***", redacted("jdbc:postgresql://db/s?PASSWORD=hunter2"));
        assertEquals("jdbc:postgresql://db/s?user=u&PassWord=***", redacted("jdbc:postgresql://db/s?user=u&PassWord=x"));
        assertEquals("jdbc:postgresql://db/s?pass%77ord=***", redacted("jdbc:postgresql://db/s?pass%77ord=hunter2"));
        assertEquals("jdbc:postgresql://db/s?sslmode=verify-full&sslpassword=***",
            redacted("jdbc:postgresql://db/s?sslmode=verify-full&sslpassword=keypass"));
    }

    @Test
    void urlEncodedValuesAreMaskedWhole() {
        // %26 is an encoded '&', %3B an encoded ';': part of the value, not a separator.
        assertEquals("jdbc:postgresql://db/s?password=***&user=u",
            redacted("jdbc:postgresql://db/s?password=p%40ss%26w%3Bord&user=u"));
        assertEquals("jdbc:postgresql://al%40ce:***@db/s", redacted("jdbc:postgresql://al%40ce:p%40ss%2Fw@db/s"));
    }

    @Test
    void urlsWithoutAPasswordAreUnchanged() {
        for (final String url : new String[] {"jdbc:postgresql://127.0.0.1:5432/strikeiq",
            "jdbc:postgresql://db/strikeiq?user=u&ssl=true", "jdbc:postgresql:strikeiq",
            "jdbc:postgresql://db/s;user=u", "jdbc:postgresql://db:5432/s?user=u&loginTimeout=3"}) {
            assertEquals(url, redacted(url));
        }
    }

    @Test
    void everyPrinterUsesTheRedactedForm() {
        final String url = "jdbc:postgresql://alice:hunter2@127.0.0.1:notaport/s;password=hunter2?password=hunter2";
        final DatabaseTarget target = DatabaseTarget.fromEnvironment(url, Map.of());
        assertFalse(target.toString().contains("hunter2"), target::toString);
        // The driver cannot parse the port, so DriverManager's own message repeats the whole URL.
        final DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, target::connect);
        assertTrue(e.getMessage().startsWith("cannot connect to " + target.redactedUrl()), e::getMessage);
        assertFalse(e.getMessage().contains("hunter2"), e::getMessage);
        final IllegalArgumentException notPostgres = assertThrows(IllegalArgumentException.class,
            () -> new DatabaseTarget("jdbc:mysql://alice:hunter2@db/s?password=hunter2", null, null));
        assertFalse(notPostgres.getMessage().contains("hunter2"), notPostgres::getMessage);
        final DatabaseUnavailableException wrapped = new DatabaseUnavailableException(target,
            new SQLException("No suitable driver found for " + url));
        assertFalse(wrapped.getMessage().contains("hunter2"), wrapped::getMessage);
    }
}

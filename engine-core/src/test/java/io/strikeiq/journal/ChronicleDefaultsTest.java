package io.strikeiq.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The project switches Chronicle's analytics off itself, but never overrides a value the user chose. */
class ChronicleDefaultsTest {
    private String analytics;
    private String announcer;

    @BeforeEach
    void remember() {
        analytics = System.getProperty(ChronicleDefaults.ANALYTICS_DISABLE);
        announcer = System.getProperty(ChronicleDefaults.ANNOUNCER_DISABLE);
    }

    @AfterEach
    void restore() {
        restore(ChronicleDefaults.ANALYTICS_DISABLE, analytics);
        restore(ChronicleDefaults.ANNOUNCER_DISABLE, announcer);
    }

    @Test
    void setsBothSwitchesWhenAbsent() {
        System.clearProperty("chronicle.analytics.disable");
        System.clearProperty("chronicle.announcer.disable");
        ChronicleDefaults.apply();
        ChronicleDefaults.apply();
        assertEquals("true", System.getProperty("chronicle.analytics.disable"));
        assertEquals("true", System.getProperty("chronicle.announcer.disable"));
    }

    @Test
    void keepsAValueTheUserSet() {
        System.setProperty("chronicle.analytics.disable", "false");
        ChronicleDefaults.apply();
        assertEquals("false", System.getProperty("chronicle.analytics.disable"));
    }

    private static void restore(final String key, final String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}

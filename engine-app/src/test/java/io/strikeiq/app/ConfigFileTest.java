package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The documented config file and the built-in defaults must never drift apart. */
class ConfigFileTest {
    @Test
    void shippedConfigFileListsExactlyTheBuiltInDefaults() throws IOException {
        final Path file = Paths.get("config", "strikeiq.properties");
        final Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        final Map<String, String> inFile = new TreeMap<>();
        for (final String k : p.stringPropertyNames()) {
            inFile.put(k, p.getProperty(k).trim());
        }
        assertEquals(new TreeMap<>(AppConfig.DEFAULTS), inFile);
        // And it loads through the same validation a user's file goes through.
        assertEquals("1.3", AppConfig.load(file, java.util.List.of()).get("pcr.upper"));
    }
}

package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.settings.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped config file and the documented reference must never drift from the settings table. */
class ConfigFileTest {
    private static final Path FILE = Paths.get("config", "strikeiq.properties");

    @Test
    void shippedConfigFileListsEveryKeyOnceInTableOrderWithItsDefault() throws IOException {
        // The keys in the order the file writes them (Properties would lose order and duplicates).
        final List<String> keysInFile = new ArrayList<>();
        for (final String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            final String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                keysInFile.add(t.substring(0, t.indexOf('=')).trim());
            }
        }
        final List<String> tableKeys = new ArrayList<>();
        for (final Setting s : SettingsCatalog.TABLE.settings()) {
            tableKeys.add(s.key());
        }
        assertEquals(tableKeys, keysInFile, "every key once, in the table's order");
        final Map<String, String> values = AppConfig.read(FILE);
        for (final Setting s : SettingsCatalog.TABLE.settings()) {
            final String v = values.get(s.key());
            assertNull(s.problem(v), s.key() + " valid");
            assertEquals(s.defaultValue(), v, s.key() + " is the built-in default");
        }
        // And it loads through the same validation a user's file goes through, cross-key rules included.
        assertEquals("1.3", AppConfig.load(FILE, List.of()).get("pcr.upper"));
    }

    @Test
    void operationsGuideHoldsTheGeneratedSettingsReference() throws IOException {
        final String doc = Files.readString(Paths.get("docs", "OPERATIONS.md"), StandardCharsets.UTF_8);
        final int begin = doc.indexOf(SettingsReference.BEGIN);
        final int end = doc.indexOf(SettingsReference.END);
        assertTrue(begin >= 0 && end > begin, "docs/OPERATIONS.md has the generated-table markers");
        final String table = doc.substring(begin + SettingsReference.BEGIN.length(), end);
        assertEquals(SettingsReference.markdown(SettingsCatalog.TABLE), table,
            "regenerate with: ./strikeiq config --markdown (between the markers)");
        for (final Setting s : SettingsCatalog.TABLE.settings()) {
            assertTrue(table.contains("| `" + s.key() + "` | `" + s.defaultValue() + "` |"), s.key());
        }
    }
}

package io.strikeiq.app;

import io.strikeiq.feeds.synthetic.SyntheticSettings;
import io.strikeiq.settings.SettingGroup;
import io.strikeiq.settings.SettingsTable;
import io.strikeiq.wiring.PipelineSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Every setting of {@code ./strikeiq}, in the order config/strikeiq.properties lists them: the
 * pipeline's, the application's, the synthetic market's and the engines' groups. Each group is
 * declared next to the config it builds; this class only puts them in order.
 */
final class SettingsCatalog {
    static final SettingsTable TABLE = new SettingsTable(groups());

    private SettingsCatalog() {
    }

    private static List<SettingGroup> groups() {
        final List<SettingGroup> g = new ArrayList<>(List.of(PipelineSettings.GROUP, AppSettings.FEED, AppSettings.DEMO,
            SyntheticSettings.GROUP));
        g.addAll(PipelineSettings.engineGroups());
        return g;
    }
}

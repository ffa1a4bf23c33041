package org.stocktake.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.config.DataFolder;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/chair");

    @Test
    void anExplicitFolderWinsOverEverything() {
        Path chosen = Path.of("/tmp/panel");
        assertThat(DataFolder.resolve(chosen, Map.of("STOCKTAKE_HOME", "/elsewhere"), "Linux", HOME))
                .isEqualTo(chosen);
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        assertThat(DataFolder.resolve(null, Map.of("STOCKTAKE_HOME", "/srv/stocktake"), "Linux", HOME))
                .isEqualTo(Path.of("/srv/stocktake"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(Path.of("/data/stocktake"));
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME)).isEqualTo(HOME.resolve(".local/share/stocktake"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "relative/path"), "Linux", HOME))
                .as("the XDG spec says a relative path is ignored")
                .isEqualTo(HOME.resolve(".local/share/stocktake"));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Stocktake"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Stocktake"));
    }
}

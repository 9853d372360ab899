package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
    private final Path home = Path.of("/home/li");

    @Test
    void explicitFileWinsThenTheEnvironment() {
        assertThat(DataLocation.resolveDatabase(Path.of("x.db"), Map.of(DataLocation.ENV_DB, "/env.db"), "Linux", home))
                .isEqualTo(Path.of("x.db"));
        assertThat(DataLocation.resolveDatabase(null, Map.of(DataLocation.ENV_DB, "/env.db"), "Linux", home))
                .isEqualTo(Path.of("/env.db"));
    }

    @Test
    void perUserFolderOfEachPlatform() {
        assertThat(DataLocation.resolveDatabase(null, Map.of(), "Linux", home))
                .isEqualTo(home.resolve(".local/share/policy-explorer/policy-explorer.db"));
        assertThat(DataLocation.resolveDatabase(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home))
                .isEqualTo(Path.of("/xdg/policy-explorer/policy-explorer.db"));
        assertThat(DataLocation.resolveDatabase(null, Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Application Support/Policy Explorer/policy-explorer.db"));
        assertThat(DataLocation.resolveDatabase(null, Map.of("APPDATA", "C:/Users/li/AppData/Roaming"), "Windows 11",
                home)).isEqualTo(Path.of("C:/Users/li/AppData/Roaming/Policy Explorer/policy-explorer.db"));
    }

    @Test
    void cacheFolderOfEachPlatform() {
        assertThat(DataLocation.cacheFolder(Map.of(), "Linux", home)).isEqualTo(home.resolve(".cache/policy-explorer"));
        assertThat(DataLocation.cacheFolder(Map.of("XDG_CACHE_HOME", "/xdg-cache"), "Linux", home))
                .isEqualTo(Path.of("/xdg-cache/policy-explorer"));
        assertThat(DataLocation.cacheFolder(Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Caches/Policy Explorer"));
        assertThat(DataLocation.cacheFolder(Map.of("LOCALAPPDATA", "C:/Users/li/AppData/Local"), "Windows 11", home))
                .isEqualTo(Path.of("C:/Users/li/AppData/Local/Policy Explorer/Cache"));
    }
}

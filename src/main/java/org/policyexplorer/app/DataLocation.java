package org.policyexplorer.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: {@code --db FILE}, else {@code POLICY_EXPLORER_DB}, else the per-user data folder
 * of the platform (XDG on Linux, Application Support on macOS, APPDATA on Windows); and the cache folder.
 */
public final class DataLocation {
    public static final String ENV_DB = "POLICY_EXPLORER_DB";
    public static final String DB_FILE_NAME = "policy-explorer.db";

    private DataLocation() {
    }

    public static Path resolveDatabase(Path explicit) {
        return resolveDatabase(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    static Path resolveDatabase(Path explicit, Map<String, String> env, String osName, Path home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataFolder(env, osName, home).resolve(DB_FILE_NAME);
    }

    /** The per-user folder for the store and the log. */
    public static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Policy Explorer");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Policy Explorer");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("policy-explorer");
    }

    /** The per-user folder for what can be made again (the window's class-data archive), beside the data folder's. */
    public static Path cacheFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Policy Explorer").resolve("Cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Policy Explorer");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("policy-explorer");
    }

}

package org.stocktake.shared.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's workspace lives when none is named: the platform's per-user data folder. An explicit {@code --data}
 * folder wins, then {@code STOCKTAKE_HOME}.
 */
public final class DataFolder {

    public static final String ENVIRONMENT_VARIABLE = "STOCKTAKE_HOME";
    private static final String APP_FOLDER = "Stocktake";

    private DataFolder() {}

    public static Path resolve(Path explicit, Map<String, String> environment, String osName, Path userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String home = environment.get(ENVIRONMENT_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return platformDefault(environment, osName, userHome);
    }

    public static Path resolve(Path explicit) {
        return resolve(
                explicit, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path platformDefault(Map<String, String> environment, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? userHome.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? userHome.resolve(".local").resolve("share")
                : Path.of(xdg);
        return base.resolve("stocktake");
    }
}

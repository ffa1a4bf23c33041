package org.stocktake.shared.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the window remembers between runs: its size and place, the last view, the theme and the register's grouping.
 * Kept as a small properties file in the workspace folder; an unreadable file is ignored, never fatal.
 */
public final class WindowSettings {

    public static final String FILE_NAME = "window.properties";

    private final Path file;
    private final Properties values = new Properties();

    private WindowSettings(Path file) {
        this.file = file;
    }

    public static WindowSettings load(Path folder) {
        WindowSettings settings = new WindowSettings(folder.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (InputStream in = Files.newInputStream(settings.file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    /** Writes beside the file and moves it into place, so a crash never leaves half a file. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            values.store(out, "Stocktake window settings");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public double number(String key, double fallback) {
        try {
            String value = values.getProperty(key);
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean flag(String key, boolean fallback) {
        String value = values.getProperty(key);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    public String text(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }
}

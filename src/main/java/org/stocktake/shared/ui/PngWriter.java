package org.stocktake.shared.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes JavaFX images as PNG files: the one place that uses AWT, for its PNG encoder. */
public final class PngWriter {

    private PngWriter() {}

    /**
     * Writes {@code image} to {@code target} as a PNG, replacing any file there. It is written to a temporary file in
     * the same folder and then moved into place, so {@code target} is never left half written. May be called off the
     * FX thread, provided the image is no longer being changed.
     *
     * @throws IOException if the folder cannot be written to or the image cannot be encoded; {@code target} is then
     *     as it was
     */
    public static void write(Image image, Path target) throws IOException {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        Path file = target.toAbsolutePath();
        // Not Files.createTempFile: its owner-only permissions would carry over to the picture the user shares.
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                if (!ImageIO.write(pixels, "png", out)) {
                    throw new IOException("This Java runtime has no PNG encoder.");
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

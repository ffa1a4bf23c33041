package org.stocktake.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Poppler's pdfsig, read for what it says: it exits 0 even when a digest does not match. */
public final class Pdfsig {

    private Pdfsig() {}

    public static String report(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfsig", pdf.toString())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IOException("pdfsig did not finish");
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    public static long validSignatures(String report) {
        return report.lines()
                .filter(line -> line.strip().equals("- Signature Validation: Signature is Valid."))
                .count();
    }
}

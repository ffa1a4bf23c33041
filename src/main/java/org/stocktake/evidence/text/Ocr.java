package org.stocktake.evidence.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.shared.task.Progress;

/**
 * Reads the text in a picture with the {@code tesseract} command, when the machine has it. Each picture is written
 * to a private temporary folder, read by a process of its own (stopped on cancel or after a time limit) and deleted.
 */
public final class Ocr {

    private static final Logger LOG = Logger.getLogger(Ocr.class.getName());
    private static final Duration PER_PAGE = Duration.ofSeconds(120);
    private static final Duration LOOK_UP = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 50;
    private static final Ocr ON_PATH = new Ocr("tesseract", PER_PAGE);
    private static final Ocr NONE = new Ocr(null, PER_PAGE);

    private final String command;
    private final Duration perPage;
    private Boolean available;

    Ocr(String command, Duration perPage) {
        this.command = command;
        this.perPage = perPage;
    }

    /** The {@code tesseract} command on the PATH with its English data, looked for on first use and remembered. */
    public static Ocr onPath() {
        return ON_PATH;
    }

    /** No text recognition: pictures of text are kept with their text still to come. */
    public static Ocr none() {
        return NONE;
    }

    public synchronized boolean available() {
        if (available == null) {
            available = command != null && lookUp();
        }
        return available;
    }

    /**
     * The text in one PNG picture, lines as the recogniser found them.
     *
     * @throws UnreadableFileException when recognition is not available, the picture cannot be read, or it takes
     *     longer than the time allowed for a page
     * @throws java.util.concurrent.CancellationException when {@code progress} is cancelled meanwhile
     */
    public String read(byte[] png, Progress progress) throws UnreadableFileException {
        if (!available()) {
            throw new UnreadableFileException("Text recognition is not available on this computer.");
        }
        Result result;
        try {
            result = readPng(png, progress);
        } catch (IOException e) {
            LOG.log(Level.INFO, "A picture could not be prepared for text recognition", e);
            throw new UnreadableFileException(
                    "The picture could not be read: no temporary file could be written for it; free some disk space.");
        }
        switch (result.outcome()) {
            case TIMED_OUT:
                throw new UnreadableFileException("The picture took too long to read; try a clearer or smaller one.");
            case FAILED:
                throw new UnreadableFileException(
                        "The picture could not be read as text; check that it opens as a picture.");
            case UNAVAILABLE:
                throw new UnreadableFileException("Text recognition is not available on this computer.");
            default:
                break;
        }
        return String.join("\n\n", result.pages());
    }

    /** {@link #run} on a PNG held in memory, such as a rendered page. */
    Result readPng(byte[] png, Progress progress) throws IOException {
        return readPng(png, progress, List.of());
    }

    /**
     * The words the recogniser finds in a PNG with their boxes in pixels, as its tab-separated table (one row per
     * block, paragraph, line and word); empty when recognition is not available or fails.
     */
    String wordTable(byte[] png, Progress progress) throws IOException {
        if (!available()) {
            return "";
        }
        Result result = readPng(png, progress, List.of("tsv"));
        return result.outcome() == Outcome.READ ? String.join("\n", result.pages()) : "";
    }

    private Result readPng(byte[] png, Progress progress, List<String> configs) throws IOException {
        Path folder = Files.createTempDirectory("stocktake-ocr");
        Path picture = folder.resolve("page.png");
        try {
            Files.write(picture, png);
            return run(picture, 1, progress, configs);
        } finally {
            LocalCopy.delete(folder, picture);
        }
    }

    /**
     * What the recogniser read from {@code picture}: one text per page (a TIFF may hold several), or why there is
     * none. {@code expectedPages} scales the time allowed.
     */
    Result run(Path picture, int expectedPages, Progress progress) throws IOException {
        return run(picture, expectedPages, progress, List.of());
    }

    private Result run(Path picture, int expectedPages, Progress progress, List<String> configs) throws IOException {
        Path folder = Files.createTempDirectory("stocktake-ocr");
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        List<String> commandLine =
                new ArrayList<>(List.of(command, picture.toString(), "stdout", "-l", "eng", "--psm", "3"));
        commandLine.addAll(configs);
        ProcessBuilder builder =
                new ProcessBuilder(commandLine).redirectOutput(out.toFile()).redirectError(err.toFile());
        // One thread per process: with several, recognition is several times slower on a small machine.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = null;
        try {
            try {
                process = builder.start();
            } catch (IOException e) {
                // Uninstalled since it was found: what waits for it is kept until it is back.
                LOG.log(Level.INFO, "Text recognition could not be started", e);
                synchronized (this) {
                    available = false;
                }
                return Result.UNAVAILABLE;
            }
            process.getOutputStream().close();
            long deadline = System.nanoTime()
                    + perPage.multipliedBy(Math.max(1, expectedPages)).toNanos();
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (progress.isCancelled()) {
                    process.destroyForcibly();
                    Cancellation.checkpoint(progress);
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    LOG.info(() -> "Text recognition took too long on " + picture.getFileName());
                    return Result.TIMED_OUT;
                }
            }
            int exit = process.exitValue();
            if (exit != 0) {
                String complaint = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
                LOG.fine(() -> "Text recognition failed (" + exit + "): " + complaint.strip());
                return Result.FAILED;
            }
            return new Result(Outcome.READ, pages(new String(Files.readAllBytes(out), StandardCharsets.UTF_8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Reading the file was cancelled.");
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            LocalCopy.delete(folder, out, err);
        }
    }

    /** The recogniser ends each page with a form feed. */
    private static List<String> pages(String output) {
        List<String> pages = new ArrayList<>();
        for (String page : output.split("\f", -1)) {
            pages.add(page.strip());
        }
        while (pages.size() > 1 && pages.get(pages.size() - 1).isEmpty()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    private boolean lookUp() {
        Path folder = null;
        Path out = null;
        try {
            folder = Files.createTempDirectory("stocktake-ocr");
            out = folder.resolve("languages.txt");
            Process process = new ProcessBuilder(command, "--list-langs")
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(LOOK_UP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            boolean english = new String(Files.readAllBytes(out), StandardCharsets.UTF_8)
                    .lines()
                    .anyMatch(line -> line.strip().equals("eng"));
            if (!english) {
                LOG.info("Text recognition is installed without its English data; pictures will wait for it.");
            }
            return process.exitValue() == 0 && english;
        } catch (IOException e) {
            LOG.fine(() -> "No text recognition on this computer: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (folder != null) {
                LocalCopy.delete(folder, out);
            }
        }
    }

    enum Outcome {
        READ,
        FAILED,
        TIMED_OUT,
        UNAVAILABLE
    }

    /** What one run of the recogniser gave: the pages it read, or why there are none. */
    record Result(Outcome outcome, List<String> pages) {
        static final Result FAILED = new Result(Outcome.FAILED, List.of());
        static final Result TIMED_OUT = new Result(Outcome.TIMED_OUT, List.of());
        static final Result UNAVAILABLE = new Result(Outcome.UNAVAILABLE, List.of());
    }
}

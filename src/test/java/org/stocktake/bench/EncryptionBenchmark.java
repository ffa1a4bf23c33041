package org.stocktake.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.crypto.WorkspaceKey;

/**
 * The cost of encryption at rest, as whole processes, a plain and an encrypted workspace alternated in one run so
 * drift in the machine hits both alike: opening the demo workspace and {@code recommendations list}, and adding
 * {@code bench.letters} PDF letters (default 40, about 400 pages) with {@code evidence add} into a fresh workspace.
 * Goal: encrypted at most 1.15x plain. The Argon2id derivation every opening of an encrypted workspace pays is timed on
 * its own too, since it is slow on purpose. Run by hand after {@code mvn test-compile}, with the test class path:
 * properties {@code bench.runs} (default 7), {@code bench.letters}.
 */
public final class EncryptionBenchmark {

    private static final double GOAL = 1.15;
    private static final long TIMEOUT_SECONDS = 600;
    private static final String PASSPHRASE = "plum tree seven lanterns";

    private EncryptionBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = Integer.getInteger("bench.runs", 7);
        int letters = Integer.getInteger("bench.letters", 40);
        EvidenceCorpus corpus = EvidenceCorpus.of(Path.of("target", "bench", "evidence-corpus"), letters);
        Path scratch = ScratchFolder.create("stocktake-crypt-bench-");
        try {
            Path plain = scratch.resolve("plain");
            Path encrypted = scratch.resolve("encrypted");
            run(List.of("init", "--demo", plain.toString()), scratch);
            run(List.of("init", "--demo", "--encrypt", encrypted.toString()), scratch);
            List<Double> plainLists = new ArrayList<>();
            List<Double> encryptedLists = new ArrayList<>();
            List<Double> plainAdds = new ArrayList<>();
            List<Double> encryptedAdds = new ArrayList<>();
            List<Double> derivations = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                double p = run(List.of("--data", plain.toString(), "recommendations", "list"), scratch);
                double e = run(List.of("--data", encrypted.toString(), "recommendations", "list"), scratch);
                Path plainLibrary = scratch.resolve("plain-" + i);
                Path encryptedLibrary = scratch.resolve("encrypted-" + i);
                run(List.of("init", plainLibrary.toString()), scratch);
                run(List.of("init", "--encrypt", encryptedLibrary.toString()), scratch);
                double pa = run(add(plainLibrary, corpus), scratch);
                double ea = run(add(encryptedLibrary, corpus), scratch);
                double d = derivation(scratch.resolve("key-" + i));
                ScratchFolder.delete(plainLibrary);
                ScratchFolder.delete(encryptedLibrary);
                if (i == 0) {
                    continue; // the first round warms the disk cache and the corpus
                }
                plainLists.add(p);
                encryptedLists.add(e);
                plainAdds.add(pa);
                encryptedAdds.add(ea);
                derivations.add(d);
                System.err.printf(
                        Locale.ROOT,
                        "[crypt] run %d/%d: list %.0f / %.0f ms, add %.0f / %.0f ms, key %.0f ms%n",
                        i,
                        runs,
                        p,
                        e,
                        pa,
                        ea,
                        d);
            }
            double key = Stats.of(derivations).median();
            report("open + recommendations list", Stats.of(plainLists), Stats.of(encryptedLists), key);
            report(
                    "evidence add, " + letters + " PDFs (" + pages(corpus) + " pages)",
                    Stats.of(plainAdds),
                    Stats.of(encryptedAdds),
                    key);
            System.out.printf(Locale.ROOT, "Argon2id key derivation (64 MiB, 3 passes): median %.0f ms%n", key);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private static List<String> add(Path workspace, EvidenceCorpus corpus) {
        List<String> command = new ArrayList<>(List.of("--data", workspace.toString(), "evidence", "add"));
        corpus.files().forEach(f -> command.add(f.toString()));
        return command;
    }

    private static int pages(EvidenceCorpus corpus) {
        int total = 0;
        for (int p : corpus.pages()) {
            total += p;
        }
        return total;
    }

    private static double derivation(Path folder) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        long started = System.nanoTime();
        try (WorkspaceKey key = KeyFile.create(folder, PASSPHRASE.toCharArray())) {
            return (System.nanoTime() - started) / 1e6;
        }
    }

    private static void report(String what, Stats plain, Stats encrypted, double key) {
        double ratio = encrypted.median() / plain.median();
        double withoutKey = (encrypted.median() - key) / plain.median();
        System.out.printf(
                Locale.ROOT,
                "%s: plain median %.0f ms, encrypted %.0f ms: %.2fx (goal %.2fx, %s); without the key derivation"
                        + " %.2fx%n",
                what,
                plain.median(),
                encrypted.median(),
                ratio,
                GOAL,
                ratio <= GOAL ? "met" : "NOT met",
                withoutKey);
    }

    /** Runs Stocktake's command line in a JVM of its own and returns its wall time in ms; a failure is fatal. */
    private static double run(List<String> args, Path directory) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                WholeProcess.absoluteClassPath(),
                "org.stocktake.app.Launcher"));
        command.addAll(args);
        return WholeProcess.time(command, directory, Map.of("STOCKTAKE_PASSPHRASE", PASSPHRASE), TIMEOUT_SECONDS);
    }
}

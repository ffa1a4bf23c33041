package org.stocktake.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.recommendations.service.ExportFormat;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/**
 * Over a thousand damaged and hostile files, made here from small valid seeds by cutting them short at many points
 * and flipping bits at seeded positions, and fed through the services the window and the command line use: the
 * library's importer (PDF, Word, OpenDocument, email, pictures), the register's import (CSV and JSON) and the restore
 * of a backup, with the named attacks on backups besides. Each is refused in one plain sentence with nothing written,
 * or taken whole; none throws, none hangs. One workspace serves each kind, so the whole runs in well under two
 * minutes; it prints how many cases it tried and how long they took. {@code -Dstocktake.hostile.seed=S} replays one
 * run's flips.
 */
@Tag("hostile")
class HostileInputSuiteTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final long SEED = Long.getLong("stocktake.hostile.seed", System.nanoTime());
    private static final Duration PER_CASE = Duration.ofSeconds(20);
    private static final AtomicInteger CASES = new AtomicInteger();

    @TempDir
    static Path temp;

    private static AppContext library;
    private static AppContext register;
    private static long started;

    @BeforeAll
    static void workspaces() throws IOException {
        started = System.nanoTime();
        library = TestWorkspaces.open(temp.resolve("library"), CLOCK);
        register = TestWorkspaces.open(temp.resolve("register"), CLOCK);
        // Taken before the register suite adds to it, so the backup is the demo's whatever order the kinds run in.
        register.backups().take(temp.resolve("genuine.zip"), false, Progress.NONE);
        Files.createDirectories(temp.resolve("files"));
        Files.createDirectories(temp.resolve("restores"));
    }

    @AfterAll
    static void report() {
        if (library != null) {
            library.close();
        }
        if (register != null) {
            register.close();
        }
        System.out.printf(
                "[hostile] %d cases in %.1f s (seed %d)%n", CASES.get(), (System.nanoTime() - started) / 1e9, SEED);
    }

    @TestFactory
    Stream<DynamicNode> damagedEvidence() {
        Random random = new Random(SEED);
        EvidenceCases cases = new EvidenceCases(library, temp.resolve("files"));
        byte[] pdf = SampleFiles.plainPdf("The panel met the council on 10 March 2015 and agreed the plan.");
        byte[] png = SampleFiles.png("Panel minutes");
        return Stream.of(
                evidence("PDF", cases, pdf, "pdf", 40, 40, random, false),
                evidence(
                        "Word", cases, SampleFiles.docx("The panel met.", "It agreed."), "docx", 35, 35, random, false),
                evidence(
                        "OpenDocument",
                        cases,
                        SampleFiles.odt("<text:p>The panel met the council.</text:p>"),
                        "odt",
                        30,
                        30,
                        random,
                        false),
                evidence("email", cases, SampleFiles.email(pdf), "eml", 30, 30, random, false),
                evidence("picture read", cases, png, "png", 6, 3, random, true),
                evidence("picture", cases, png, "png", 10, 10, random, false),
                dynamicContainer(
                        "the library afterwards",
                        Stream.of(dynamicTest("every row has its file and the trail verifies", () -> {
                            cases.assertEveryRowHasItsFileAndEveryFileItsRow();
                            assertThat(library.audit().verify().intact()).isTrue();
                        }))));
    }

    @TestFactory
    Stream<DynamicNode> damagedRegisterFiles() throws IOException {
        Random random = new Random(SEED + 1);
        ImportCases cases = new ImportCases(register);
        List<DynamicNode> kinds = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream seed = new ByteArrayOutputStream();
            register.exporter().export("kerslake-2014", format, seed);
            String extension = format.name().toLowerCase(java.util.Locale.ROOT);
            kinds.add(dynamicContainer(
                    extension,
                    mutants(extension, seed.toByteArray(), 170, 170, random)
                            .map(m -> dynamicCase(m, () -> cases.importFile(m, extension)))));
        }
        kinds.add(dynamicTest(
                "the register's trail verifies afterwards",
                () -> assertThat(register.audit().verify().intact()).isTrue()));
        return kinds.stream();
    }

    @TestFactory
    Stream<DynamicNode> damagedBackups() throws IOException {
        Random random = new Random(SEED + 2);
        Path genuine = temp.resolve("genuine.zip");
        Path other = temp.resolve("other.zip");
        AppContext.create(temp.resolve("other"), CLOCK, Contents.EMPTY);
        try (AppContext context = AppContext.open(temp.resolve("other"), CLOCK)) {
            context.backups().take(other, false, Progress.NONE);
        }
        RestoreCases cases = new RestoreCases(temp.resolve("restores"), CLOCK);
        BackupAttacks attacks = new BackupAttacks(temp.resolve("restores"), genuine, other);
        Stream<DynamicNode> named = attacks.all().entrySet().stream()
                .map(a ->
                        dynamicCase(a.getKey(), () -> cases.restore(a.getValue().get(), true)));
        Stream<DynamicNode> damaged = mutants("backup", Files.readAllBytes(genuine), 40, 40, random)
                .map(m -> dynamicCase(m, () -> cases.restore(m)));
        return Stream.of(dynamicContainer("attacks", named), dynamicContainer("damaged", damaged));
    }

    private static DynamicNode evidence(
            String kind,
            EvidenceCases cases,
            byte[] seed,
            String extension,
            int cuts,
            int flips,
            Random random,
            boolean ocr) {
        return dynamicContainer(
                kind,
                mutants(kind, seed, cuts, flips, random).map(m -> dynamicCase(m, () -> cases.add(m, extension, ocr))));
    }

    private static Stream<Mutant> mutants(String kind, byte[] seed, int cuts, int flips, Random random) {
        List<Mutant> all = new ArrayList<>(Mutant.truncations(kind, seed, cuts));
        all.addAll(Mutant.bitFlips(kind, seed, flips, random));
        return all.stream();
    }

    static DynamicNode dynamicCase(Object name, Executable check) {
        return dynamicTest(name.toString(), () -> {
            CASES.incrementAndGet();
            assertTimeoutPreemptively(PER_CASE, check, () -> name + " took over " + PER_CASE.toSeconds() + " s");
        });
    }
}

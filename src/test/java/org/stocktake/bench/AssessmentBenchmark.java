package org.stocktake.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.Actor;
import org.stocktake.shared.persistence.Database;
import org.stocktake.testing.TestWorkspaces;

/**
 * Times the assessment work a panel member waits on: opening a round of 500 recommendations, saving one edit in it,
 * copying a round forward, and verifying an audit trail of 100,000 entries. A benchmark, not a test: it prints
 * figures and asserts nothing. Usage: AssessmentBenchmark [recommendations] [auditEntries]
 */
public final class AssessmentBenchmark {

    private static final String[] LEVELS = {"N", "L", "S", "G", "E"};

    private AssessmentBenchmark() {}

    public static void main(String[] args) throws Exception {
        quietLogs();
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int auditEntries = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path folder = Files.createTempDirectory("stocktake-assessment-bench");
        try (AppContext context = TestWorkspaces.open(folder, Clock.systemUTC(), new Actor("Benchmark"))) {
            AssessmentService assessments = context.assessments();
            Review review = context.recommendations()
                    .createAll(
                            new ReviewDraft("bench-review", "Benchmark review", null, null, null), true, drafts(size));
            AssessmentRound first =
                    assessments.createRound(new RoundDraft(review.id(), "First", LocalDate.of(2024, 1, 1)), null);
            List<Assessment> rows = assessments.assessments(first.id());
            for (int i = 0; i < rows.size(); i++) {
                assessments.save(
                        first.id(),
                        rows.get(i).recommendationUuid(),
                        0,
                        new AssessmentDraft(LEVELS[i % LEVELS.length], Direction.STATIC, "Commentary " + i));
            }

            long copyStart = System.nanoTime();
            AssessmentRound second = assessments.createRound(
                    new RoundDraft(review.id(), "Second", LocalDate.of(2024, 4, 1)), first.id());
            double copyMs = (System.nanoTime() - copyStart) / 1e6;

            double[] open = time(30, () -> assessments.assessments(second.id()));
            List<Assessment> secondRows = assessments.assessments(second.id());
            int[] versions = secondRows.stream().mapToInt(Assessment::version).toArray();
            double[] save = new double[60];
            for (int i = 0; i < save.length; i++) {
                int row = i % secondRows.size();
                UUID uuid = secondRows.get(row).recommendationUuid();
                long start = System.nanoTime();
                Assessment saved = assessments.save(
                        second.id(),
                        uuid,
                        versions[row],
                        new AssessmentDraft(LEVELS[(i + 1) % LEVELS.length], Direction.IMPROVING, "Edited " + i));
                save[i] = (System.nanoTime() - start) / 1e6;
                versions[row] = saved.version();
            }

            System.out.printf("Assessments: %d recommendations per round%n", size);
            System.out.printf("  copy a round forward:         %8.1f ms%n", copyMs);
            report("open a round (service read)", open);
            report("save one edit (incl. audit)", save);

            fillAudit(context.audit(), context.workspace().database(), auditEntries);
            double[] verify = new double[3];
            AuditVerification result = null;
            for (int i = 0; i < verify.length; i++) {
                long start = System.nanoTime();
                result = context.audit().verify();
                verify[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(
                    "Audit trail: %d entries, %s%n", result.entriesChecked(), result.intact() ? "intact" : "BROKEN");
            report("verify the whole trail", verify);
        } finally {
            deleteTree(folder);
        }
    }

    /** Appends entries through the real trail (hashing and head updates included), 10,000 per transaction. */
    private static void fillAudit(AuditTrail audit, Database database, int target) {
        int existing = (int) audit.verify().entriesChecked();
        for (int done = existing; done < target; ) {
            int batch = Math.min(10_000, target - done);
            database.transact(tx -> {
                for (int i = 0; i < batch; i++) {
                    audit.record(
                            tx,
                            "benchmark",
                            UUID.randomUUID(),
                            "update",
                            "{\"before\":" + i + "}",
                            "{\"after\":" + i + "}");
                }
            });
            done += batch;
        }
    }

    private static List<RecommendationDraft> drafts(int size) {
        List<RecommendationDraft> drafts = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            drafts.add(new RecommendationDraft(
                    0,
                    String.valueOf(i),
                    "Theme " + (i % 12),
                    "Recommendation number " + i,
                    "The council should act on point " + i,
                    "Owner " + (i % 7),
                    null,
                    null,
                    null,
                    null,
                    false));
        }
        return drafts;
    }

    private static double[] time(int runs, Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static void report(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "  %-30s median %8.1f ms   p90 %8.1f ms   max %8.1f ms   (n=%d)%n",
                what,
                sorted[sorted.length / 2],
                sorted[(int) Math.floor(sorted.length * 0.9)],
                sorted[sorted.length - 1],
                sorted.length);
    }

    private static void quietLogs() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (var handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}

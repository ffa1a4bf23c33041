package org.stocktake.crash;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RoundStatus;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AddSummary;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.letters.service.Letter;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.ImportTarget;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.Actor;
import org.stocktake.shared.task.Progress;

/**
 * The child the crash harness kills: opens a workspace as the window does and writes through the services without
 * pause (register imports, ratings in the open round, evidence, annotations, letter versions). Only after a write has
 * returned, and so committed, does it append one line saying what it wrote to its log and force the log to disk: every
 * line there is a change the workspace must still hold after any kill.
 *
 * <p>Arguments: the workspace folder, the log file, a scratch folder for the files it adds, and a seed.
 */
public final class HeavyWriter {

    static final String READY = "writing";
    static final String REVIEW = "kerslake-2014";
    static final String LETTER_TITLE = "Letter written under the crash harness";
    private static final String TEMPLATE = "Joint letter with the council";

    private final AppContext context;
    private final FileChannel log;
    private final Path scratch;
    private final Random random;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private int written;
    private long mark;

    private HeavyWriter(AppContext context, FileChannel log, Path scratch, Random random) {
        this.context = context;
        this.log = log;
        this.scratch = scratch;
        this.random = random;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[2]));
        try (FileChannel log = FileChannel.open(
                        Path.of(args[1]),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                AppContext context = AppContext.open(folder, Clock.systemUTC(), new Actor("Crash harness"))) {
            new HeavyWriter(context, log, scratch, new Random(Long.parseLong(args[3]))).writeUntilKilled();
        }
    }

    private void writeUntilKilled() throws IOException {
        Review review = context.recommendations().review(REVIEW);
        AssessmentRound round = context.assessments().rounds(review.id()).stream()
                .filter(r -> r.status() == RoundStatus.DRAFT)
                .findFirst()
                .orElseThrow();
        List<RatingLevel> levels = context.scales().scaleForReview(review.id()).levels();
        Letter letter = context.letters().letters().stream()
                .filter(l -> l.title().equals(LETTER_TITLE))
                .findFirst()
                .orElseGet(() -> context.letters().create(TEMPLATE, LETTER_TITLE, LocalDate.of(2018, 3, 8)));
        System.out.println(READY);
        System.out.flush();
        // Runs until killed; the bound only keeps a child the harness lost from writing for ever.
        for (int i = 0; i < 100_000; i++) {
            switch (random.nextInt(6)) {
                case 0 -> importReview();
                case 1, 2 -> rate(round, levels);
                case 3 -> addEvidence();
                case 4 -> annotate();
                default -> saveVersion(letter);
            }
        }
    }

    private void importReview() throws IOException {
        String code = "crash-" + run + "-" + ++written;
        int count = 1 + random.nextInt(4);
        StringBuilder csv = new StringBuilder("number,theme,title,text\n");
        for (int n = 1; n <= count; n++) {
            csv.append(n)
                    .append(",Crash theme,Recommendation ")
                    .append(n)
                    .append(" of ")
                    .append(code);
            csv.append(",Written by the crash harness\n");
        }
        ImportPreview preview = context.importer()
                .preview(
                        code + ".csv",
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                        ImportTarget.newReview(code, "Review " + code));
        context.importer().apply(preview);
        committed("import " + code + " " + count);
    }

    /** Each rating's commentary carries a number that only grows, so a later save can be told from an earlier one. */
    private void rate(AssessmentRound round, List<RatingLevel> levels) throws IOException {
        List<Assessment> assessments = context.assessments().assessments(round.id());
        Assessment chosen = assessments.get(random.nextInt(assessments.size()));
        mark = Math.max(mark + 1, System.currentTimeMillis() * 1000);
        String level = levels.get(random.nextInt(levels.size())).code();
        context.assessments()
                .save(
                        round.id(),
                        chosen.recommendationUuid(),
                        chosen.version(),
                        new AssessmentDraft(level, null, "Crash write " + mark));
        committed("rating " + round.id() + " " + chosen.recommendationUuid() + " " + mark);
    }

    private void addEvidence() throws IOException {
        String stem = "evidence-" + run + "-" + ++written;
        Path file;
        if (random.nextInt(4) == 0) {
            file = scratch.resolve(stem + ".pdf");
            Files.write(file, SampleFiles.plainPdf("The council's report " + stem + " on the crash harness."));
        } else {
            file = scratch.resolve(stem + ".txt");
            Files.writeString(file, "Minutes " + stem + ".\nThe panel met the council and agreed the plan.\n");
        }
        AddSummary summary = context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
        Files.delete(file);
        for (EvidenceItem item : summary.added()) {
            committed("evidence " + item.id() + " " + item.sha256());
        }
    }

    private void annotate() throws IOException {
        for (EvidenceItem item : context.evidence().items()) {
            List<String> pages = context.evidence().pages(item.id());
            if (!pages.isEmpty() && pages.get(0).length() > 10) {
                Annotation added = context.annotations().add(item.id(), 1, 0, 8, "Crash note " + ++written);
                committed("annotation " + item.id() + " " + added.id());
                return;
            }
        }
    }

    private void saveVersion(Letter letter) throws IOException {
        int number = context.drafts().saveVersion(letter, "Crash version " + ++written);
        committed("version " + letter.id() + " " + number);
    }

    private void committed(String line) throws IOException {
        log.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        log.force(false);
    }
}

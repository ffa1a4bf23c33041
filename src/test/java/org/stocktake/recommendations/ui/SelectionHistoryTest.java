package org.stocktake.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.ui.RecommendationInsight.TimelineItem;
import org.stocktake.shared.task.BackgroundJob;
import org.stocktake.shared.task.Progress;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.testing.TestWorkspaces;

/** The detail pane's history is read on the task runner, for the recommendation selected now, and read again on load. */
class SelectionHistoryTest {

    @TempDir
    Path temp;

    private AppContext context;
    private final HeldJobs tasks = new HeldJobs();
    private final CountingInsight insight = new CountingInsight();
    private RegisterViewModel model;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC());
        model = new RegisterViewModel(context.recommendations(), tasks, insight);
        model.load();
        tasks.runAll();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void selectingReadsTheHistoryOnTheRunnerNotAtOnce() {
        model.selectedProperty().set(number("3"));

        assertThat(insight.asked).as("nothing read on the FX thread").isEmpty();
        assertThat(model.history().itemsProperty().get()).as("being read").isNull();

        tasks.runAll();
        assertThat(insight.asked).containsExactly(number("3").uuid());
        assertThat(model.history().itemsProperty().get())
                .extracting(TimelineItem::round)
                .containsExactly("History of 3");
    }

    @Test
    void anAnswerForAnEarlierSelectionIsDropped() {
        model.selectedProperty().set(number("3"));
        model.selectedProperty().set(number("4"));

        tasks.runAll();

        assertThat(model.history().itemsProperty().get())
                .extracting(TimelineItem::round)
                .containsExactly("History of 4");
    }

    @Test
    void readingTheRegisterAgainReadsTheSelectedHistoryAgain() {
        model.selectedProperty().set(number("3"));
        tasks.runAll();
        insight.round = "Second round";

        model.load();
        tasks.runAll();

        assertThat(model.selectedProperty().get().number()).isEqualTo("3");
        assertThat(model.history().itemsProperty().get())
                .extracting(TimelineItem::round)
                .containsExactly("Second round");
    }

    private Recommendation number(String number) {
        return model.all().stream()
                .filter(r -> r.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    /** Holds each job until the test lets the jobs run, as the background thread would later. */
    private static final class HeldJobs implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                T result;
                try {
                    result = job.run(Progress.NONE);
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.remove(0).run();
            }
        }
    }

    private final class CountingInsight implements RecommendationInsight {
        final List<UUID> asked = new CopyOnWriteArrayList<>();
        String round;

        @Override
        public Map<UUID, RatingMark> latestRatings() {
            return Map.of();
        }

        @Override
        public List<TimelineItem> history(UUID recommendation) {
            asked.add(recommendation);
            String name = round != null
                    ? round
                    : "History of "
                            + context.recommendations()
                                    .recommendation(recommendation)
                                    .number();
            return List.of(new TimelineItem(LocalDate.of(2016, 1, 11), name, null, null, null, true, List.of()));
        }
    }
}

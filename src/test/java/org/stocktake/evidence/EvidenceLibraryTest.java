package org.stocktake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AddSummary;
import org.stocktake.evidence.service.Correspondence;
import org.stocktake.evidence.service.DatePrecision;
import org.stocktake.evidence.service.EvidenceDraft;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.EvidenceSearch;
import org.stocktake.evidence.service.Letter;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** The library over a real workspace: entering, editing, the audit trail, the index kept in step, the register. */
class EvidenceLibraryTest {

    @TempDir
    Path temp;

    private AppContext open() {
        return TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC());
    }

    private AddSummary addSeeds(AppContext context) {
        return context.evidenceImporter()
                .add(List.of(SeedLetters.copyTo(temp.resolve("seeds"))), AddOptions.NONE, Progress.NONE);
    }

    @Test
    void enteringAndEditingDocumentsKeepsTheAuditTrailIntact() {
        try (AppContext context = open()) {
            addSeeds(context);
            EvidenceItem letter = context.evidence().items().get(0);
            EvidenceDraft draft = EvidenceDraft.of(letter);
            context.evidence()
                    .update(
                            letter,
                            new EvidenceDraft(
                                    "Reply on the New Model of Progressive Assurance",
                                    draft.dated(),
                                    draft.precision(),
                                    draft.kind(),
                                    draft.senders(),
                                    draft.recipients(),
                                    "Ministry",
                                    "ref 1",
                                    List.of("final"),
                                    null,
                                    null));

            assertThat(context.audit().verify().intact()).isTrue();
            EvidenceItem saved = context.evidence().item(letter.id());
            assertThat(saved.guessed()).as("saving confirms every guess").isEmpty();
            assertThat(saved.tags()).containsExactly("final");
        }
    }

    @Test
    void anEditOverAChangeMadeMeanwhileIsRefused() {
        try (AppContext context = open()) {
            addSeeds(context);
            EvidenceItem seen = context.evidence().items().get(0);
            context.evidence().update(seen, EvidenceDraft.of(seen));

            assertThatThrownBy(() -> context.evidence().update(seen, EvidenceDraft.of(seen)))
                    .isInstanceOf(StaleEditException.class);
        }
    }

    @Test
    void aFieldAPersonTypedIsCheckedAndRefusedInOneSentence() {
        try (AppContext context = open()) {
            addSeeds(context);
            EvidenceItem seen = context.evidence().items().get(0);
            EvidenceDraft draft = EvidenceDraft.of(seen);
            EvidenceDraft bad = new EvidenceDraft(
                    "Title with an escape \u001b[31m",
                    draft.dated(),
                    draft.precision(),
                    draft.kind(),
                    draft.senders(),
                    draft.recipients(),
                    null,
                    "x".repeat(201),
                    List.of(),
                    null,
                    null);

            assertThatThrownBy(() -> context.evidence().update(seen, bad))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("The title holds a control character")
                    .hasMessageContaining("The reference is longer than 200 characters");
        }
    }

    @Test
    void documentsEnteredButNeverIndexedAreFoundAfterTheNextOpening() throws IOException {
        try (AppContext context = open()) {
            addSeeds(context);
        }
        // As if the process died between a commit and its indexing: the index is gone or behind.
        deleteTree(temp.resolve("workspace").resolve(EvidenceSearch.FOLDER));

        try (AppContext context = open()) {
            var found = context.evidenceSearch().search(SearchQuery.of("Progressive Assurance"));

            assertThat(found.hits()).isNotEmpty();
        }
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheStoredText() throws IOException {
        try (AppContext context = open()) {
            addSeeds(context);
        }
        try (Stream<Path> files = Files.list(temp.resolve("workspace").resolve(EvidenceSearch.FOLDER))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        try (AppContext context = open()) {
            var found = context.evidenceSearch().search(SearchQuery.of("stocktake"));

            assertThat(found.hits()).isNotEmpty();
        }
    }

    @Test
    void anOverdueReplyIsListedAndAReplyAnswersIt() {
        try (AppContext context = open()) {
            addSeeds(context);
            List<EvidenceItem> items = context.evidence().items();
            EvidenceItem march = items.stream()
                    .filter(i -> LocalDate.of(2018, 3, 8).equals(i.dated()))
                    .findFirst()
                    .orElseThrow();
            EvidenceDraft d = EvidenceDraft.of(march);
            EvidenceItem awaiting = context.evidence()
                    .update(
                            march,
                            new EvidenceDraft(
                                    d.title(),
                                    d.dated(),
                                    d.precision(),
                                    d.kind(),
                                    d.senders(),
                                    d.recipients(),
                                    d.source(),
                                    d.reference(),
                                    d.tags(),
                                    null,
                                    LocalDate.of(2018, 4, 8)));
            Correspondence register = new Correspondence(context.evidence(), Clock.systemUTC());

            assertThat(register.overdue()).extracting(l -> l.item().id()).containsExactly(awaiting.id());

            EvidenceItem reply = items.get(0);
            EvidenceDraft r = EvidenceDraft.of(reply);
            context.evidence()
                    .update(
                            reply,
                            new EvidenceDraft(
                                    r.title(),
                                    r.dated(),
                                    r.precision(),
                                    r.kind(),
                                    r.senders(),
                                    r.recipients(),
                                    r.source(),
                                    r.reference(),
                                    r.tags(),
                                    awaiting.id(),
                                    null));

            assertThat(register.overdue()).isEmpty();
            List<Letter> letters = register.letters();
            int asked = indexOf(letters, awaiting.id());
            assertThat(letters.get(asked).reply()).isEqualTo(Letter.ReplyState.ANSWERED);
            assertThat(letters.get(asked + 1).item().id())
                    .as("the reply sits under its letter")
                    .isEqualTo(reply.id());
            assertThat(letters.get(asked + 1).depth()).isEqualTo(1);
        }
    }

    @Test
    void aPressReleaseDatedByMonthIsShownAsTheMonth() {
        try (AppContext context = open()) {
            addSeeds(context);
            EvidenceItem release = context.evidence().items().stream()
                    .filter(i -> i.kind() == EvidenceKind.PRESS_RELEASE)
                    .findFirst()
                    .orElseThrow();

            assertThat(release.precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(release.dateShown()).isEqualTo("March 2016");
        }
    }

    private static int indexOf(List<Letter> letters, long id) {
        for (int i = 0; i < letters.size(); i++) {
            if (letters.get(i).item().id() == id) {
                return i;
            }
        }
        throw new AssertionError("letter " + id + " is not listed");
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

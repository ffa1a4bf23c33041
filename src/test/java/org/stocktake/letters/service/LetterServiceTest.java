package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Run;
import org.stocktake.letters.document.Signatory;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.testing.TestWorkspaces;

class LetterServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private LetterService letters;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(folder, Clock.fixed(Instant.parse("2016-01-10T09:00:00Z"), ZoneOffset.UTC));
        letters = context.letters();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theDemoCarriesTheTwelveMonthLetterAndTheJointLetterAsDraftsFromTheirTemplates() {
        List<Letter> drafts = letters.letters();

        assertThat(drafts)
                .extracting(Letter::title)
                .containsExactlyInAnyOrder("Twelve-month assessment letter", "Joint letter with the Council");
        Letter twelveMonth = drafts.stream()
                .filter(l -> l.document().date().equals(LocalDate.of(2016, 1, 11)))
                .findFirst()
                .orElseThrow();
        assertThat(twelveMonth.templateName()).isEqualTo(BuiltInTemplates.ASSESSMENT);
        assertThat(twelveMonth.document().addressee().name()).isEqualTo("The Rt Hon Greg Clark MP");
        assertThat(twelveMonth.document().body())
                .extracting(Block::plainText)
                .contains("Political leadership of the Council", "Long-term financial strategy", "Next steps");
        assertThat(twelveMonth.document().body()).noneMatch(Block.Note.class::isInstance);
        Letter joint = drafts.stream().filter(l -> l != twelveMonth).findFirst().orElseThrow();
        assertThat(joint.document().signatories())
                .extracting(Signatory::name)
                .containsExactly("Cllr Ian Ward", "John Crabtree");
    }

    @Test
    void anAssessmentLetterGoesToTheSecretaryOfStateInOfficeOnItsDate() {
        Letter letter =
                letters.create(BuiltInTemplates.ASSESSMENT, "Twelve-month assessment", LocalDate.of(2016, 1, 11));

        LetterDocument document = letter.document();
        assertThat(document.addressee().lines())
                .containsExactly(
                        "The Rt Hon Greg Clark MP",
                        "Secretary of State for Communities and Local Government",
                        "2 Marsham Street",
                        "London",
                        "SW1P 4DF");
        assertThat(document.signatories()).extracting(Signatory::name).containsExactly("John Crabtree");
        assertThat(document.signatories().get(0).roleLines())
                .containsExactly("Chair, Birmingham Independent Improvement Panel");
        assertThat(document.subject())
                .isEqualTo("The Panel's assessment of Birmingham City Council's progress towards improvement");
        assertThat(document.letterhead().lines()).containsExactly("Birmingham Independent Improvement Panel");
        assertThat(document.deliveryNote()).isEqualTo("Sent by email");
    }

    @Test
    void aJointLetterIsSignedByTheLeaderAndTheChairOfItsDay() {
        Letter letter = letters.create(BuiltInTemplates.JOINT, "Joint letter", LocalDate.of(2018, 3, 8));

        assertThat(letter.document().addressee().name()).isEqualTo("The Rt Hon Sajid Javid MP");
        assertThat(letter.document().addressee().office())
                .isEqualTo("Secretary of State for Housing, Communities and Local Government");
        assertThat(letter.document().signatories())
                .extracting(Signatory::name)
                .containsExactly("Cllr Ian Ward", "John Crabtree");
        assertThat(letter.document().subject())
                .isEqualTo("Birmingham City Council and Birmingham Independent Improvement Panel");
    }

    @Test
    void aSaveFromAnOlderRevisionIsRefusedAndChangesNothing() {
        Letter first = letters.create(BuiltInTemplates.ASSESSMENT, "Assessment", LocalDate.of(2016, 1, 11));
        Letter saved = letters.save(first, "Assessment, January", withParagraph(first.document(), "One window."));

        assertThatThrownBy(() -> letters.save(first, "Other", withParagraph(first.document(), "Another window.")))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("saved elsewhere");
        Letter now = letters.letter(first.id());
        assertThat(now.revision()).isEqualTo(saved.revision()).isEqualTo(2);
        assertThat(now.title()).isEqualTo("Assessment, January");
        assertThat(lastText(now)).isEqualTo("One window.");
    }

    @Test
    void aLetterSurvivesStorageWholeWithItsStylesAndCitations() {
        Letter letter = letters.create(BuiltInTemplates.ASSESSMENT, "Assessment", LocalDate.of(2016, 1, 11));
        List<Block> body = new ArrayList<>(letter.document().body());
        body.add(new Block.Quotation(
                "q1", List.of(Run.italic("The clear boundaries"), Run.plain(" "), Run.cite("c1")), null));
        body.add(new Block.Items("l1", true, List.of(List.of(Run.bold("First")), List.of(Run.plain("Second"))), null));
        LetterDocument changed = letter.document().withBody(body);

        letters.save(letter, letter.title(), changed);

        assertThat(letters.letter(letter.id()).document()).isEqualTo(changed);
    }

    @Test
    void badTextIsRefusedInOneSentencePerPartAndNothingIsSaved() {
        Letter letter = letters.create(BuiltInTemplates.ASSESSMENT, "Assessment", LocalDate.of(2016, 1, 11));

        assertThatThrownBy(() -> letters.save(letter, "  ", letter.document()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("needs a title");
        assertThatThrownBy(() -> letters.save(letter, "Fine", withParagraph(letter.document(), "bell\u0007")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> letters.save(letter, "Fine", withParagraph(letter.document(), "x".repeat(20_001))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("split it");
        assertThat(letters.letter(letter.id()).revision()).isEqualTo(1);
    }

    @Test
    void aDeletedDraftIsGoneFromTheListAndTheTrailStillVerifies() {
        Letter letter = letters.create(BuiltInTemplates.JOINT, "Joint", LocalDate.of(2018, 3, 8));
        letters.save(letter, "Joint letter", withParagraph(letter.document(), "Text."));

        letters.delete(letters.letter(letter.id()));

        assertThat(letters.letters()).noneMatch(l -> l.id() == letter.id());
        assertThatThrownBy(() -> letters.letter(letter.id())).isInstanceOf(NotFoundException.class);
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void aLetterChangedBehindTheServicesBackIsCaughtByAuditVerify() {
        Letter letter = letters.create(BuiltInTemplates.JOINT, "Joint", LocalDate.of(2018, 3, 8));
        context.workspace()
                .database()
                .dsl()
                .jooq()
                .execute("UPDATE letter SET content = REPLACE(content, 'Dear', 'Hello') WHERE id = " + letter.id());

        assertThat(context.audit().verify().problems())
                .anyMatch(p -> p.toString().contains("Joint"));
    }

    @Test
    void aLetterSavedAsATemplateStartsLaterLettersWithItsTextAndTheOfficeHoldersOfTheirDay() {
        Letter january = letters.create(BuiltInTemplates.ASSESSMENT, "January", LocalDate.of(2016, 1, 11));
        Letter written = letters.save(january, "January", withParagraph(january.document(), "Our usual opening."));
        context.templates().fromLetter(written, "Quarterly letter", null);

        Letter later = letters.create("quarterly letter", "July", LocalDate.of(2018, 7, 2));

        assertThat(later.document().body()).extracting(Block::plainText).contains("Our usual opening.");
        assertThat(later.document().addressee().name()).isEqualTo("The Rt Hon James Brokenshire MP");
        assertThatThrownBy(() -> context.templates().fromLetter(written, "Quarterly letter", ""))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already");
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void anUnknownTemplateIsNamedWithTheOnesThereAre() {
        assertThatThrownBy(() -> context.templates().template("Valentine"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Valentine")
                .hasMessageContaining(BuiltInTemplates.ASSESSMENT);
    }

    private static LetterDocument withParagraph(LetterDocument letter, String text) {
        List<Block> body = new ArrayList<>(letter.body());
        body.add(new Block.Paragraph("p-" + body.size(), List.of(Run.plain(text)), null));
        return letter.withBody(body);
    }

    private static String lastText(Letter letter) {
        List<Block> body = letter.document().body();
        return body.get(body.size() - 1).plainText();
    }
}

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
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Role;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.testing.TestWorkspaces;

/** Changing, renaming and deleting templates: the user's own only, over what was seen, never touching letters made. */
class LetterTemplateEditingTest {

    @TempDir
    Path folder;

    private AppContext context;
    private LetterTemplates templates;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(folder, Clock.fixed(Instant.parse("2016-01-10T09:00:00Z"), ZoneOffset.UTC));
        templates = context.templates();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aDuplicatedBuiltInIsRenamedAndEditedAndLettersMadeFromItCarryTheEdit() {
        LetterTemplate copy = templates.duplicate(templates.template(BuiltInTemplates.ASSESSMENT), "Quarterly");
        TemplateContent joint = templates.template(BuiltInTemplates.JOINT).content();
        TemplateContent edited = new TemplateContent(
                withParagraph(copy.content().document(), "Our quarterly opening."),
                new TemplateContent.Office(Role.LEADER, OrganisationKind.COUNCIL, List.of()),
                joint.signatories());

        LetterTemplate saved = templates.update(copy, "Quarterly to the leader", "Each quarter.", edited);
        Letter letter = context.letters().create(saved.name(), "July", LocalDate.of(2018, 7, 2));

        assertThat(saved.name()).isEqualTo("Quarterly to the leader");
        assertThat(letter.document().body()).extracting(Block::plainText).contains("Our quarterly opening.");
        assertThat(letter.document().addressee().office()).containsIgnoringCase("leader");
        assertThat(letter.document().signatories()).hasSize(2);
        assertThat(templates.template(BuiltInTemplates.ASSESSMENT).content())
                .isEqualTo(templates.template(BuiltInTemplates.ASSESSMENT).content());
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void aBuiltInTemplateCannotBeChangedOrDeleted() {
        LetterTemplate builtIn = templates.template(BuiltInTemplates.PRESS);

        assertThatThrownBy(() -> templates.update(builtIn, "Mine", "", builtIn.content()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("duplicate it");
        assertThatThrownBy(() -> templates.delete(builtIn)).isInstanceOf(ValidationException.class);
        assertThat(templates.template(BuiltInTemplates.PRESS)).isEqualTo(builtIn);
    }

    @Test
    void aSaveOverAnEditMadeElsewhereIsRefusedAndKeepsTheOtherEdit() {
        LetterTemplate copy = templates.duplicate(templates.template(BuiltInTemplates.PRESS), "Release");
        templates.update(copy, "Release", "First window.", copy.content());

        assertThatThrownBy(() -> templates.update(copy, "Release", "Second window.", copy.content()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("The template 'Release' was changed elsewhere");
        assertThat(templates.template("Release").description()).isEqualTo("First window.");
    }

    @Test
    void hostileNamesAreRefusedInOneSentenceAndNothingChanges() {
        LetterTemplate copy = templates.duplicate(templates.template(BuiltInTemplates.PRESS), "Release");

        for (String name : List.of("", "   ", "x".repeat(5_000), "Bell\u0007", "Line\nbreak", "Press release")) {
            assertThatThrownBy(() -> templates.update(copy, name, "", copy.content()))
                    .as(name.length() > 40 ? "a long name" : name)
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e ->
                            assertThat(((ValidationException) e).problems()).hasSize(1));
            assertThatThrownBy(() -> templates.duplicate(copy, name)).isInstanceOf(ValidationException.class);
        }
        assertThat(templates.template(copy.id())).isEqualTo(copy);
    }

    @Test
    void aTemplateIsDeletedOnlyWhenNoDraftIsBeingMadeFromItAndLettersMadeStay() {
        LetterTemplate copy = templates.duplicate(templates.template(BuiltInTemplates.JOINT), "Joint, mine");
        Letter draft = context.letters().create("Joint, mine", "Draft", LocalDate.of(2018, 3, 8));

        assertThatThrownBy(() -> templates.delete(copy))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'Draft'");
        LetterTemplate renamed = templates.update(copy, "Joint, renamed", "", copy.content());
        assertThat(context.letters().letter(draft.id()).templateName()).isEqualTo("Joint, renamed");
        context.letters().delete(context.letters().letter(draft.id()));
        templates.delete(renamed);

        assertThat(templates.templates()).extracting(LetterTemplate::name).doesNotContain("Joint, renamed");
        assertThatThrownBy(() -> templates.update(renamed, "Again", "", renamed.content()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("deleted elsewhere");
        assertThatThrownBy(() -> templates.delete(renamed)).isInstanceOf(NotFoundException.class);
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void aTemplateWhoseOfficeNobodyHoldsStillMakesALetterWithTheOfficeLeftVacant() {
        LetterTemplate copy = templates.duplicate(templates.template(BuiltInTemplates.PRESS), "Auditor's");
        TemplateContent.Office nobody = new TemplateContent.Office(Role.OBSERVER, OrganisationKind.AUDITOR, List.of());
        templates.update(
                copy, "Auditor's", "", new TemplateContent(copy.content().document(), nobody, List.of(nobody)));

        Letter letter = context.letters().create("Auditor's", "To nobody", LocalDate.of(2018, 3, 8));

        assertThat(context.letters().offices()).doesNotContain(nobody);
        assertThat(letter.document().signatories()).singleElement().satisfies(s -> assertThat(s.name())
                .isEmpty());
    }

    private static LetterDocument withParagraph(LetterDocument letter, String text) {
        List<Block> body = new ArrayList<>(letter.body());
        body.add(new Block.Paragraph("p-" + body.size(), List.of(Run.plain(text)), null));
        return letter.withBody(body);
    }
}

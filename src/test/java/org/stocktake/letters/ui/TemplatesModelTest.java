package org.stocktake.letters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.letters.service.LetterTemplate;
import org.stocktake.letters.service.TemplateContent;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Role;
import org.stocktake.testing.TestWorkspaces;

/** The templates window's model over a real workspace: two windows at once, offices gone, names too long. */
class TemplatesModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private LetterTemplate own;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(folder, Clock.fixed(Instant.parse("2018-03-08T09:00:00Z"), ZoneOffset.UTC));
        own = context.templates().duplicate(context.templates().template("Press release"), "Our release");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aTemplateDeletedInOneWindowKeepsWhatTheOtherTypedAndDuplicateSavesIt() {
        TemplatesModel first = opened("Our release");
        TemplatesModel second = opened("Our release");

        assertThat(first.delete()).isTrue();
        second.parts.subject.set("Stepping back");

        assertThat(second.save()).isFalse();
        assertThat(second.statusProperty().get()).contains("deleted elsewhere");
        assertThat(second.dirtyProperty().get()).isTrue();
        assertThat(second.delete()).isTrue();
        assertThat(second.statusProperty().get()).contains("already deleted elsewhere");

        TemplatesModel third = opened("Press release");
        assertThat(third.duplicate("Kept")).isTrue();
        assertThat(context.templates().template("Kept").content().document().subject())
                .isEqualTo(context.templates()
                        .template("Press release")
                        .content()
                        .document()
                        .subject());
    }

    @Test
    void aSaveOverAnotherWindowsSaveIsRefusedAndTheTypingStays() {
        TemplatesModel first = opened("Our release");
        TemplatesModel second = opened("Our release");
        first.description.set("From the first window.");
        second.description.set("From the second window.");

        assertThat(first.save()).isTrue();
        assertThat(second.save()).isFalse();

        assertThat(second.statusProperty().get()).startsWith("The template 'Our release' was changed elsewhere");
        assertThat(second.description.get()).isEqualTo("From the second window.");
        assertThat(context.templates().template("Our release").description()).isEqualTo("From the first window.");
    }

    @Test
    void anOfficeNobodyHoldsIsShownAsItIsAndKeptOnSave() {
        TemplateContent.Office gone = new TemplateContent.Office(Role.OBSERVER, OrganisationKind.AUDITOR, List.of());
        context.templates()
                .update(
                        own,
                        "Our release",
                        "",
                        new TemplateContent(own.content().document(), gone, List.of(gone)));
        TemplatesModel model = opened("Our release");

        assertThat(model.known(model.addressee.get())).isFalse();
        assertThat(model.dirtyProperty().get()).isFalse();
        model.parts.closing.set("Yours faithfully");
        assertThat(model.save()).isTrue();
        assertThat(context.templates().template("Our release").content().addressee())
                .isEqualTo(gone);
        assertThat(context.templates().template("Our release").content().signatories())
                .containsExactly(gone);
    }

    @Test
    void aNameTooLongOrEmptyIsOneSentenceAndNothingIsLost() {
        TemplatesModel model = opened("Our release");
        for (String name : List.of("", "x".repeat(5_000))) {
            model.parts.title.set(name);
            assertThat(model.save()).isFalse();
            assertThat(model.statusProperty().get()).doesNotContain("Exception").endsWith(".");
            assertThat(model.dirtyProperty().get()).isTrue();
            assertThat(model.parts.title.get()).isEqualTo(name);
        }
        assertThat(context.templates().template(own.id()).name()).isEqualTo("Our release");
    }

    private TemplatesModel opened(String name) {
        TemplatesModel model = new TemplatesModel(context.templates(), context.letters());
        model.load();
        model.open(model.templates().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow());
        return model;
    }
}

package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.testing.TestWorkspaces;

/** Shipped templates: a workspace that lacks one gains it on opening, and one that has them all is not written. */
class BuiltInTemplatesTest {

    @TempDir
    Path folder;

    @Test
    void theNamesCheckedOnOpeningAreThoseOfTheTemplatesShipped() {
        assertThat(BuiltInTemplates.NAMES)
                .containsExactlyElementsOf(BuiltInTemplates.all().stream()
                        .map(BuiltInTemplates.Shipped::name)
                        .toList());
    }

    @Test
    void aWorkspaceThatLostAShippedTemplateGainsItBackOnOpening() {
        try (AppContext context = TestWorkspaces.open(folder, Clock.systemUTC())) {
            context.workspace()
                    .database()
                    .dsl()
                    .jooq()
                    .execute("delete from letter_template where name = '" + BuiltInTemplates.PRESS + "'");
            assertThat(names(context)).doesNotContain(BuiltInTemplates.PRESS);
        }
        try (AppContext context = TestWorkspaces.open(folder, Clock.systemUTC())) {
            assertThat(names(context)).containsAll(BuiltInTemplates.NAMES);
        }
    }

    @Test
    void aWorkspaceWithEveryShippedTemplateIsNotWrittenOnOpening() {
        long entries;
        try (AppContext context = TestWorkspaces.open(folder, Clock.systemUTC())) {
            entries = context.audit().verify().entriesChecked();
        }
        try (AppContext context = TestWorkspaces.open(folder, Clock.systemUTC())) {
            assertThat(context.audit().verify().entriesChecked()).isEqualTo(entries);
            assertThat(names(context)).containsAll(BuiltInTemplates.NAMES);
        }
    }

    private static List<String> names(AppContext context) {
        return context.templates().templates().stream()
                .map(LetterTemplate::name)
                .toList();
    }
}

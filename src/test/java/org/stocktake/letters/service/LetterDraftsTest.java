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
import org.stocktake.letters.document.Run;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.testing.TestWorkspaces;

class LetterDraftsTest {

    @TempDir
    Path folder;

    private AppContext context;
    private LetterDrafts drafts;
    private Letter letter;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(folder, Clock.fixed(Instant.parse("2016-01-10T09:00:00Z"), ZoneOffset.UTC));
        drafts = context.drafts();
        letter = context.letters().create(BuiltInTemplates.ASSESSMENT, "Assessment", LocalDate.of(2016, 1, 11));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void versionsAreNumberedInTurnAndKeepTheTextOfTheirDay() {
        int first = drafts.saveVersion(letter, "For the panel");
        List<Block> body = new ArrayList<>(letter.document().body());
        body.add(new Block.Paragraph("new", List.of(Run.plain("Added after.")), null));
        Letter changed =
                context.letters().save(letter, letter.title(), letter.document().withBody(body));
        int second = drafts.saveVersion(changed, "");

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(drafts.versions(letter.id()))
                .extracting(LetterVersion::label)
                .containsExactly("For the panel", "Saved version");
        assertThat(drafts.version(letter.id(), 1).document()).isEqualTo(letter.document());
        assertThat(drafts.version(letter.id(), 2).document().body()).hasSize(body.size());
        assertThatThrownBy(() -> drafts.version(letter.id(), 3)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCommentStaysOpenUntilResolvedAndResolvingTwiceChangesNothing() {
        String blockId = letter.document().body().get(1).id();
        LetterComment comment = drafts.comment(letter, blockId, "Progress since", "Name the round here.");

        assertThat(drafts.comments(letter.id())).singleElement().satisfies(c -> {
            assertThat(c.isOpen()).isTrue();
            assertThat(c.blockId()).isEqualTo(blockId);
        });
        LetterComment resolved = drafts.resolve(comment.id());
        LetterComment again = drafts.resolve(comment.id());

        assertThat(resolved.isOpen()).isFalse();
        assertThat(again.resolvedAt()).isEqualTo(resolved.resolvedAt());
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void anEmptyOrControlCharacterCommentIsRefused() {
        assertThatThrownBy(() -> drafts.comment(letter, null, null, "   "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("needs some words");
        assertThatThrownBy(() -> drafts.comment(letter, null, null, "esc\u001b[2J"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("control character");
        assertThat(drafts.comments(letter.id())).isEmpty();
    }

    @Test
    void aCommentOnAnotherEditIsResolvedByWhoeverActs() {
        LetterComment comment = drafts.comment(letter, null, null, "Shorter, please.");
        assertThatThrownBy(() -> drafts.resolve(comment.id() + 100)).isInstanceOf(NotFoundException.class);
        assertThat(drafts.resolve(comment.id()).resolvedBy())
                .isEqualTo(context.audit().actor().name());
    }
}

package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Citation;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Run;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.shared.Actor;
import org.stocktake.signing.service.CertificateRequest;
import org.stocktake.signing.service.KeyKind;
import org.stocktake.signing.service.SignOptions;
import org.stocktake.signing.service.SigningKey;

/** Issuing a letter signs the audit trail's head, as the chair who issues it, in the same transaction. */
class IssueCheckpointTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final char[] PASSWORD = "secret".toCharArray();

    @TempDir
    Path folder;

    @TempDir
    Path keys;

    @Test
    void anIssuedLetterLeavesACheckpointThatVerifies() {
        PanelMembers.make(folder, CLOCK);
        try (AppContext context = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            Letter started = context.letters().create(BuiltInTemplates.JOINT, "Joint letter", LocalDate.of(2018, 3, 8));
            Letter letter = context.letters().save(started, started.title(), withoutNotes(started.document()));
            byte[] typeset = context.letterPdf().typeset(letter).pdf();
            byte[] signed = sign(
                    context,
                    letter,
                    sign(context, letter, typeset, key(context, "John Crabtree")),
                    key(context, "Ian Ward"));

            Letter issued = context.issuing().issue(letter, signed, null);

            List<Record> made = context.workspace()
                    .database()
                    .dsl()
                    .jooq()
                    .fetch("select seq, signer, occasion from audit_checkpoint");
            assertThat(made).hasSize(1);
            assertThat(made.get(0).get(1, String.class)).isEqualTo("John Crabtree");
            assertThat(made.get(0).get(2, String.class)).isEqualTo("letter '" + issued.title() + "' issued");
            AuditVerification result = context.audit().verify();
            assertThat(result.problems()).isEmpty();
            assertThat(result.checkpoints()).startsWith("1 signed checkpoint checked; the newest, of entry ");
        }
    }

    private SigningKey key(AppContext context, String name) {
        return context.signing()
                .createSelfSigned(
                        new Actor("tester"),
                        new CertificateRequest(name, null, null, 2, KeyKind.EC_P256),
                        keys.resolve(name.replace(' ', '-') + ".p12"),
                        PASSWORD);
    }

    private static byte[] sign(AppContext context, Letter letter, byte[] pdf, SigningKey key) {
        String field = SignatoryFields.of(letter.document(), key.holderName());
        return context.signing()
                .sign(new Actor("tester"), pdf, "letter", key, new SignOptions(field, null, null, null))
                .pdf();
    }

    private static LetterDocument withoutNotes(LetterDocument document) {
        List<Block> body = new ArrayList<>(document.body());
        body.removeIf(Block.Note.class::isInstance);
        body.add(0, new Block.Paragraph("p1", List.of(Run.plain("Significant changes are continuing.")), null));
        return document.withBody(body).withCitations(List.<Citation>of());
    }
}

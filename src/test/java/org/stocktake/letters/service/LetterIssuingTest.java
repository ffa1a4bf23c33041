package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Citation;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Run;
import org.stocktake.shared.Actor;
import org.stocktake.shared.ValidationException;
import org.stocktake.signing.service.CertificateRequest;
import org.stocktake.signing.service.KeyKind;
import org.stocktake.signing.service.SignOptions;
import org.stocktake.signing.service.SigningKey;
import org.stocktake.testing.TestWorkspaces;

/** A joint letter from draft to issued, and each reason the check before sending refuses one. */
class LetterIssuingTest {

    private static final char[] PASSWORD = "secret".toCharArray();

    @TempDir
    Path folder;

    @TempDir
    Path keys;

    private AppContext context;
    private Letter letter;
    private SigningKey chair;
    private SigningKey leader;

    @BeforeEach
    void draftAJointLetter() {
        context = TestWorkspaces.open(folder, Clock.systemUTC());
        Letter started = context.letters().create(BuiltInTemplates.JOINT, "Joint letter", LocalDate.of(2018, 3, 8));
        letter = context.letters().save(started, started.title(), withoutNotes(started.document()));
        Actor actor = new Actor("tester");
        chair = context.signing()
                .createSelfSigned(
                        actor,
                        new CertificateRequest("John Crabtree", null, null, 2, KeyKind.EC_P256),
                        keys.resolve("chair.p12"),
                        PASSWORD);
        leader = context.signing()
                .createSelfSigned(
                        actor,
                        new CertificateRequest("Ian Ward", null, null, 2, KeyKind.EC_P256),
                        keys.resolve("leader.p12"),
                        PASSWORD);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aJointLetterSignedByBothInTurnIsIssuedFiledAndReadOnly() {
        byte[] signed = signedByBoth(letter);

        assertThat(context.readyToSend().check(letter, signed).refusals()).isEmpty();
        Letter issued = context.issuing().issue(letter, signed, LocalDate.of(2018, 4, 30));

        assertThat(issued.isDraft()).isFalse();
        EvidenceItem filed = context.evidence().item(issued.evidenceId());
        assertThat(filed.kind()).isEqualTo(EvidenceKind.LETTER_OUT);
        assertThat(filed.dated()).isEqualTo(LocalDate.of(2018, 3, 8));
        assertThat(filed.replyBy()).isEqualTo(LocalDate.of(2018, 4, 30));
        assertThat(filed.to()).contains("Sajid Javid");
        assertThat(filed.from()).contains("Ian Ward", "John Crabtree");
        assertThatThrownBy(() -> context.letters().save(issued, "Changed", issued.document()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("issued");
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void aLetterSignedByOneOfTwoIsNotReady() {
        byte[] once = sign(context.letterPdf().typeset(letter).pdf(), chair);

        assertThat(context.readyToSend().check(letter, once).refusals())
                .containsExactly("Not every signatory has signed: 1 of 2.");
        assertThatThrownBy(() -> context.issuing().issue(letter, once, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("1 of 2");
        assertThat(context.letters().letter(letter.id()).isDraft()).isTrue();
        assertThat(context.evidence().items()).noneMatch(i -> i.kind() == EvidenceKind.LETTER_OUT);
    }

    @Test
    void aPdfOfAnEarlierRevisionOrTamperedWithIsNotThisLetter() {
        byte[] signed = signedByBoth(letter);
        Letter changed = context.letters().save(letter, "Joint letter, final", letter.document());

        assertThat(context.readyToSend().check(changed, signed).refusals())
                .singleElement()
                .asString()
                .contains("not this letter as it stands");
        byte[] tampered = signedByBoth(changed);
        tampered[400] ^= 1;
        assertThat(context.readyToSend().check(changed, tampered).refusals())
                .singleElement()
                .asString()
                .contains("not this letter as it stands");
    }

    @Test
    void anOpenCommentANoteADanglingCitationAndAnAddresseeOutOfOfficeAreEachRefused() {
        Letter started = context.letters().create(BuiltInTemplates.JOINT, "Second letter", LocalDate.of(2018, 3, 8));
        List<Block> body = new ArrayList<>(started.document().body());
        body.add(new Block.Paragraph("cited", List.of(Run.plain("See the report"), Run.cite("gone")), null));
        LetterDocument wrongDay = started.document().withBody(body).withDate(LocalDate.of(2016, 1, 11));
        Letter draft = context.letters().save(started, started.title(), wrongDay);
        context.drafts().comment(draft, null, null, "Too long.");

        assertThat(context.readyToSend().check(draft, signedByBoth(draft)).refusals())
                .containsExactlyInAnyOrder(
                        "A comment on the draft is still open: resolve it.",
                        "2 drafters' notes are still in the letter: remove them.",
                        "A citation in the text names a document no longer cited: remove the mark or cite it again.",
                        "The Rt Hon Sajid Javid MP did not hold the office of Secretary of State for Housing,"
                                + " Communities and Local Government on the letter's date.");
    }

    @Test
    void anUnsignedLetterIsNotReadyAndAReplyCannotBeDueBeforeTheLetter() {
        byte[] unsigned = context.letterPdf().typeset(letter).pdf();

        assertThat(context.readyToSend().check(letter, unsigned).refusals())
                .containsExactly("Not every signatory has signed: 0 of 2.");
        assertThatThrownBy(() -> context.issuing().issue(letter, signedByBoth(letter), LocalDate.of(2018, 1, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("before the letter is dated");
    }

    @Test
    void onlyAnIssuedLetterIsPublishedOnOrAfterItsDateAtAWebAddress() {
        assertThatThrownBy(() -> context.issuing().publish(letter, LocalDate.of(2018, 3, 9), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("issue it first");
        Letter issued = context.issuing().issue(letter, signedByBoth(letter), null);

        assertThatThrownBy(() -> context.issuing().publish(issued, LocalDate.of(2018, 3, 1), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("on or after its date");
        assertThatThrownBy(() -> context.issuing().publish(issued, LocalDate.of(2018, 3, 9), "javascript:alert(1)"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("web address");
        Letter published = context.issuing().publish(issued, LocalDate.of(2018, 3, 9), "https://example.org/joint");
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2018, 3, 9));
        assertThat(published.publishedLink()).isEqualTo("https://example.org/joint");
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    private byte[] signedByBoth(Letter current) {
        byte[] typeset = context.letterPdf().typeset(current).pdf();
        return sign(sign(typeset, chair), leader);
    }

    private byte[] sign(byte[] pdf, SigningKey key) {
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

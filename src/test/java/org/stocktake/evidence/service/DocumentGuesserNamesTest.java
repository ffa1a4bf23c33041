package org.stocktake.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names as letters and OCR write them, matched to the register or kept as given. */
class DocumentGuesserNamesTest {

    private final DocumentGuesser guesser = DocumentTestRegister.guesser();

    @Test
    void ocrNoiseAndInitialsStillFindTheRegisteredPerson() {
        DocumentGuess guess = guesser.guess(
                "9 May 2016\n\nlean Mr Crabbree,\n\nThank you.\n\nows sincerel\n\nRT HON GREG CLARK MP",
                "x.pdf",
                DocumentHints.NONE);

        assertThat(guess.recipients())
                .extracting(Correspondent::personId)
                .containsExactly(DocumentTestRegister.CRABTREE.uuid());
        assertThat(guess.senders())
                .extracting(Correspondent::personId, Correspondent::office)
                .containsExactly(tuple(DocumentTestRegister.CLARK.uuid(), DocumentTestRegister.DCLG));
    }

    @Test
    void theSamePersonIsNamedInTheOfficeHeldOnTheLettersDate() {
        String letter = "%s\n\nThe Rt Hon Sajid Javid MP\n\nDear Secretary of State,\n\nText.\n\nYours sincerely\n\n"
                + "J R A Crabtree\nChair";

        DocumentGuess before = guesser.guess(letter.formatted("5 December 2017"), "a", DocumentHints.NONE);
        DocumentGuess after = guesser.guess(letter.formatted("5 February 2018"), "a", DocumentHints.NONE);

        assertThat(before.recipients()).extracting(Correspondent::office).containsExactly(DocumentTestRegister.DCLG);
        assertThat(after.recipients()).extracting(Correspondent::office).containsExactly(DocumentTestRegister.MHCLG);
    }

    @Test
    void aDifferentForenameOrInitialIsADifferentPerson() {
        DocumentGuess guess = guesser.guess(
                "Dear Ms Smith\n\nText.\n\nYours sincerely\n\nPeter Crabtree\n\nP. Clark", "a", DocumentHints.NONE);

        assertThat(guess.senders()).extracting(Correspondent::personId).containsOnlyNulls();
    }

    @Test
    void peopleTheRegisterDoesNotKnowAreKeptByName() {
        DocumentGuess guess = guesser.guess(
                "12 April 2017\n\nMs Jane Doe\nDirector of Finance\nAcme Housing Trust\n\nDear Ms Doe,\n\nText.\n\n"
                        + "Yours faithfully\n\nRobert Brown\nChief Executive",
                "a",
                DocumentHints.NONE);

        assertThat(guess.kind()).isEqualTo(EvidenceKind.LETTER_IN);
        assertThat(guess.recipients())
                .extracting(Correspondent::name, Correspondent::personId)
                .containsExactly(tuple("Jane Doe", null));
        assertThat(guess.senders())
                .extracting(Correspondent::name, Correspondent::personId, Correspondent::office)
                .containsExactly(tuple("Robert Brown", null, "Chief Executive"));
        assertThat(guess.title()).isEqualTo("Letter from Robert Brown to Jane Doe, 12 April 2017");
    }

    @Test
    void anEmailAddressNamesItsPerson() {
        DocumentHints hints = new DocumentHints(
                null,
                null,
                "greg.clark@example.gov.uk",
                "Ian Ward <ian@example.org>; Someone Else",
                "Budget",
                LocalDate.of(2016, 1, 5));

        DocumentGuess guess = guesser.guess("", "mail.eml", hints);

        assertThat(guess.senders())
                .extracting(Correspondent::personId)
                .containsExactly(DocumentTestRegister.CLARK.uuid());
        assertThat(guess.recipients())
                .extracting(Correspondent::name, Correspondent::personId)
                .containsExactly(tuple("Ian Ward", DocumentTestRegister.WARD.uuid()), tuple("Someone Else", null));
    }

    @Test
    void withoutARegisterTheLettersOwnNamesAreKeptOnceEach() {
        DocumentGuess guess = new DocumentGuesser(List.of())
                .guess(
                        "Mr JRA Crabtree Chair\n\n23 July 2019\n\nlean Mr Crabbree,\n\nThank you.\n\nows sincerel\n\n"
                                + "RT HON JANE BLOGGS MP",
                        "a",
                        DocumentHints.NONE);

        assertThat(guess.recipients()).extracting(Correspondent::name).containsExactly("JRA Crabtree");
        assertThat(guess.senders()).extracting(Correspondent::name).containsExactly("Jane Bloggs");
    }
}

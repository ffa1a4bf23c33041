package org.stocktake.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Made-up documents of each kind, with the in-memory register. */
class DocumentGuesserKindTest {

    private final DocumentGuesser guesser = DocumentTestRegister.guesser();

    @Test
    void aPressReleaseIsKnownByItsEnds() {
        DocumentGuess guess = guesser.guess(
                "Panel welcomes council's new plan\n\nThe Birmingham Independent Improvement Panel today said it"
                        + " welcomed the plan.\n\nENDS\n\nNotes for editors: none.",
                "news.txt",
                DocumentHints.NONE);

        assertThat(guess.kind()).isEqualTo(EvidenceKind.PRESS_RELEASE);
        assertThat(guess.title()).isEqualTo("Panel welcomes council's new plan");
        assertThat(guess.senders())
                .extracting(Correspondent::organisation)
                .containsExactly("Birmingham Independent Improvement Panel");
    }

    @Test
    void aPressReleaseIsKnownByItsHeading() {
        DocumentGuess guess = guesser.guess(
                "PRESS RELEASE\nFor immediate release: 4 May 2017\nCouncil agrees its budget\n\nThe council met.",
                "x.txt",
                DocumentHints.NONE);

        assertThat(guess.kind()).isEqualTo(EvidenceKind.PRESS_RELEASE);
        assertThat(guess.date()).isEqualTo(LocalDate.of(2017, 5, 4));
    }

    @Test
    void minutesAreKnownByWhoWasPresent() {
        DocumentGuess guess = guesser.guess(
                "Birmingham Independent Improvement Panel\nMeeting with the Council's Cabinet\n"
                        + "Date: 5 March 2016\n\nPresent: John Crabtree (chair), Cllr John Clancy\n"
                        + "Apologies: Frances Done\n\n1. Budget\nThe panel asked about the budget.",
                "meeting.txt",
                DocumentHints.NONE);

        assertThat(guess.kind()).isEqualTo(EvidenceKind.MINUTES);
        assertThat(guess.date()).isEqualTo(LocalDate.of(2016, 3, 5));
        assertThat(guess.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(guess.title()).isEqualTo("Birmingham Independent Improvement Panel");
    }

    @Test
    void aBudgetIsKnownByItsHeading() {
        DocumentGuess guess = guesser.guess(
                "Revenue Budget 2016/17\nFebruary 2016\n\nThe net revenue budget is set out below.",
                "b.pdf",
                DocumentHints.NONE);

        assertThat(guess.kind()).isEqualTo(EvidenceKind.BUDGET);
        assertThat(guess.title()).isEqualTo("Revenue Budget 2016/17");
        assertThat(guess.date()).isEqualTo(LocalDate.of(2016, 2, 1));
        assertThat(guess.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void aStocktakeIsKnownByItsHeadingButALetterCoveringOneStaysALetter() {
        DocumentGuess stocktake = guesser.guess(
                "Birmingham City Council\nImprovement Stocktake Report\nJune 2018\n\nIntroduction\n"
                        + "This report sets out where the council stands.",
                "s.pdf",
                DocumentHints.NONE);
        DocumentGuess covering = guesser.guess(
                "29 June 2018\n\nDear Secretary of State,\n\nImprovement Stocktake Report\n\nPlease find attached"
                        + " our stocktake.\n\nYours sincerely\n\nJohn Crabtree\nChair",
                "s.pdf",
                DocumentHints.NONE);

        assertThat(stocktake.kind()).isEqualTo(EvidenceKind.STOCKTAKE);
        assertThat(stocktake.date()).isEqualTo(LocalDate.of(2018, 6, 1));
        assertThat(covering.kind()).isEqualTo(EvidenceKind.LETTER_OUT);
        assertThat(covering.title()).isEqualTo("Improvement Stocktake Report");
    }

    @Test
    void aLongDocumentWithHeadingsIsAReport() {
        String paragraph = "The council has made progress in several areas and the panel has seen evidence of it in"
                + " the papers it has read over the last quarter of the year. ";
        StringBuilder text = new StringBuilder("An account of progress\n\n");
        for (String heading : new String[] {"Leadership", "Finance", "Partnerships", "Next steps"}) {
            text.append(heading).append('\n').append(paragraph.repeat(20)).append("\n\n");
        }

        assertThat(guesser.guess(text.toString(), "a.pdf", DocumentHints.NONE).kind())
                .isEqualTo(EvidenceKind.REPORT);
    }

    @Test
    void aLetterFromSomeoneOutsideThePanelComesIn() {
        DocumentGuess guess = guesser.guess(
                "Our ref: FIN/2016/04\n\n3 February 2016\n\nDear Mr Crabtree\n\nThank you for your letter.\n\n"
                        + "Yours sincerely\n\nCllr John Clancy\nLeader",
                "reply.pdf",
                DocumentHints.NONE);

        assertThat(guess.kind()).isEqualTo(EvidenceKind.LETTER_IN);
        assertThat(guess.senders())
                .extracting(Correspondent::personId)
                .containsExactly(DocumentTestRegister.CLANCY.uuid());
        assertThat(guess.recipients())
                .extracting(Correspondent::personId)
                .containsExactly(DocumentTestRegister.CRABTREE.uuid());
        assertThat(guess.reference()).isEqualTo("FIN/2016/04");
        assertThat(guess.title()).isEqualTo("Letter from John Clancy to John Crabtree, 3 February 2016");
    }

    @Test
    void aLetterToTheSecretaryOfStateByOfficeReachesWhoeverHeldItThatDay() {
        DocumentGuess guess = guesser.guess(
                "1 March 2018\n\nDear Secretary of State,\n\nWe write again.\n\nYours sincerely\n\nJohn Crabtree",
                "l.pdf",
                DocumentHints.NONE);

        assertThat(guess.recipients())
                .extracting(Correspondent::name, Correspondent::office)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sajid Javid", DocumentTestRegister.MHCLG));
    }

    @Test
    void anythingElseIsOtherAndTheFileNameIsAWeakHint() {
        assertThat(guesser.guess("A list of phone numbers\n0121 1234", "numbers.txt", DocumentHints.NONE)
                        .kind())
                .isEqualTo(EvidenceKind.OTHER);
        assertThat(guesser.guess("A list of phone numbers\n0121 1234", "cabinet_minutes.txt", DocumentHints.NONE)
                        .kind())
                .isEqualTo(EvidenceKind.MINUTES);
    }

    @Test
    void theFilesOwnDateAndTitleFillWhatTheTextLacks() {
        DocumentHints hints = new DocumentHints(
                "Microsoft Word - draft3.docx",
                null,
                "John Crabtree <chair@example.org>",
                null,
                "Notes from the away day",
                LocalDate.of(2016, 9, 2));

        DocumentGuess guess = guesser.guess("some notes without a date", "notes.eml", hints);

        assertThat(guess.date()).isEqualTo(LocalDate.of(2016, 9, 2));
        assertThat(guess.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(guess.title()).isEqualTo("Notes from the away day");
        assertThat(guess.senders())
                .extracting(Correspondent::personId)
                .containsExactly(DocumentTestRegister.CRABTREE.uuid());
    }

    @Test
    void aLettersOwnDateBeatsTheDatesInItsBodyAndTheFilesDate() {
        DocumentHints hints = new DocumentHints(null, null, null, null, null, LocalDate.of(2020, 1, 1));

        DocumentGuess guess = guesser.guess(
                "The Rt Hon Greg Clark MP\n\n11th January 2016\n\nDear Secretary of State,\n\nOn 5 November 2015"
                        + " I wrote to you.\n\nYours sincerely\n\nJohn Crabtree",
                "l.pdf",
                hints);

        assertThat(guess.date()).isEqualTo(LocalDate.of(2016, 1, 11));
        assertThat(guess.precision()).isEqualTo(DatePrecision.DAY);
    }
}

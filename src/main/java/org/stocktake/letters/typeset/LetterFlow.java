package org.stocktake.letters.typeset;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stocktake.letters.document.Citation;
import org.stocktake.letters.document.CitationNumbers;
import org.stocktake.letters.document.HeaderOrder;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Run;
import org.stocktake.letters.typeset.LetterFonts.Face;

/**
 * A whole letter or press release as chunks, in reading order: what stands above the body, the body, then the closing
 * with its signatures (or, in a press release, "ENDS", the contact and the notes to editors), then the documents
 * referred to.
 */
final class LetterFlow {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final float HEADLINE_SIZE = 17f;
    private static final float HEADLINE_LEADING = 21f;

    private final LetterDocument letter;
    private final BodyFlow body;
    private final SignatureBlock signatures;
    private final CitationNumbers numbers;

    LetterFlow(LetterDocument letter, LineBreaker breaker, float measure) {
        this.letter = letter;
        this.numbers = new CitationNumbers(letter);
        this.body = new BodyFlow(breaker, numbers, measure);
        this.signatures = new SignatureBlock(breaker, measure);
    }

    List<Chunk> chunks() {
        List<Chunk> chunks = new ArrayList<>();
        if (letter.isPressRelease()) {
            pressRelease(chunks);
        } else {
            letter(chunks);
        }
        if (letter.annex() && !numbers.cited().isEmpty()) {
            chunks.addAll(annex());
        }
        return chunks;
    }

    static String date(LetterDocument letter) {
        return letter.date() == null ? "" : DATE.format(letter.date());
    }

    private void letter(List<Chunk> chunks) {
        List<Chunk> addressee = body.lines(letter.addressee().lines(), BodyFlow.GAP);
        List<Chunk> delivery = body.line(letter.deliveryNote(), Face.BOLD, BodyFlow.GAP);
        List<Chunk> dated = new ArrayList<>(reference());
        dated.addAll(body.line(date(letter), Face.REGULAR, BodyFlow.GAP));
        if (letter.headerOrder() == HeaderOrder.DATE_FIRST) {
            chunks.addAll(dated);
            chunks.addAll(delivery);
            chunks.addAll(addressee);
        } else {
            chunks.addAll(addressee);
            chunks.addAll(delivery);
            chunks.addAll(dated);
        }
        chunks.addAll(body.line(letter.salutation(), Face.REGULAR, BodyFlow.GAP * 1.6f));
        chunks.addAll(body.heading(letter.subject(), Face.BOLD, BodyFlow.SIZE, BodyFlow.LEADING));
        chunks.addAll(body.blocks(letter.body()));
        List<Chunk> closing = signatures.chunks(letter.closing(), letter.signatories());
        if (!closing.isEmpty() && !chunks.isEmpty()) {
            // A page holding only the closing and the signatures reads as detached from the letter: the last lines
            // of the body go over with it.
            Chunk last = chunks.remove(chunks.size() - 1);
            chunks.add(new Chunk(last.spaceBefore(), last.lines(), true));
        }
        chunks.addAll(closing);
    }

    private List<Chunk> reference() {
        return letter.reference().isBlank()
                ? List.of()
                : body.line("Our reference: " + letter.reference(), Face.REGULAR, BodyFlow.GAP);
    }

    private void pressRelease(List<Chunk> chunks) {
        chunks.addAll(body.line("PRESS RELEASE", Face.BOLD, 0));
        chunks.addAll(reference());
        chunks.addAll(body.line(date(letter), Face.REGULAR, 2));
        chunks.addAll(body.heading(letter.subject(), Face.BOLD, HEADLINE_SIZE, HEADLINE_LEADING));
        chunks.addAll(body.blocks(letter.body()));
        // "ENDS" closes the release and introduces the contact: the two stand on one page.
        centred(body.line("ENDS", Face.BOLD, BodyFlow.GAP * 2))
                .forEach(ends -> chunks.add(new Chunk(ends.spaceBefore(), ends.lines(), true)));
        chunks.addAll(body.paragraph(List.of(Run.plain(letter.contact())), false));
        if (!letter.notesToEditors().isEmpty()) {
            chunks.addAll(body.heading("Notes to editors", Face.BOLD, BodyFlow.SIZE, BodyFlow.LEADING));
            chunks.addAll(body.blocks(letter.notesToEditors()));
        }
    }

    private List<Chunk> centred(List<Chunk> chunks) {
        return chunks.stream()
                .map(chunk -> new Chunk(
                        chunk.spaceBefore(),
                        chunk.lines().stream()
                                .map(line -> line.shifted((signatures.measure() - line.width()) / 2))
                                .toList(),
                        chunk.keepWithNext()))
                .toList();
    }

    private List<Chunk> annex() {
        List<Chunk> chunks =
                new ArrayList<>(body.heading("Documents referred to", Face.BOLD, BodyFlow.SIZE, BodyFlow.LEADING));
        int number = 1;
        for (Citation citation : numbers.cited()) {
            String description = citation == null || citation.description() == null ? "" : citation.description();
            chunks.addAll(body.item(
                    number + ".",
                    body.spans(List.of(Run.plain(description.isBlank() ? "(no description)" : description)), false),
                    number == 1 ? BodyFlow.GAP : 4f));
            number++;
        }
        if (!chunks.isEmpty()) {
            Chunk heading = chunks.get(0);
            chunks.set(0, new Chunk(BodyFlow.GAP * 3, heading.lines(), true));
        }
        return chunks;
    }
}

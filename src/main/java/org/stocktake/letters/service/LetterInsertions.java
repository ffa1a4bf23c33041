package org.stocktake.letters.service;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Citation;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Run;
import org.stocktake.shared.ValidationException;

/** Putting drafted passages and citations into a letter, where the writer asks. */
public final class LetterInsertions {

    private LetterInsertions() {}

    /**
     * The letter with {@code blocks} after the block {@code afterId}, or at the end when it is null.
     *
     * @throws ValidationException if the letter has no such block
     */
    public static LetterDocument after(LetterDocument letter, String afterId, List<Block> blocks) {
        List<Block> body = new ArrayList<>(letter.body());
        int at = afterId == null ? body.size() : indexOf(body, afterId) + 1;
        body.addAll(at, blocks);
        return letter.withBody(body);
    }

    /** The letter citing {@code citation} in its list (once, however often it is cited). */
    public static LetterDocument withCitation(LetterDocument letter, Citation citation) {
        if (letter.citations().stream().anyMatch(c -> c.key().equals(citation.key()))) {
            return letter;
        }
        List<Citation> citations = new ArrayList<>(letter.citations());
        citations.add(citation);
        return letter.withCitations(citations);
    }

    /**
     * The letter citing {@code cited} at the end of the block {@code blockId} (a paragraph, quotation or list).
     *
     * @throws ValidationException if there is no such block, or it is a heading or a note
     */
    public static LetterDocument cite(LetterDocument letter, String blockId, Cited cited) {
        List<Block> body = new ArrayList<>(letter.body());
        int at = indexOf(body, blockId);
        Block block = body.get(at);
        Block marked;
        if (block instanceof Block.Paragraph p) {
            marked = new Block.Paragraph(p.id(), append(p.runs(), cited.mark()), p.origin());
        } else if (block instanceof Block.Quotation q) {
            marked = new Block.Quotation(q.id(), append(q.runs(), cited.mark()), q.origin());
        } else if (block instanceof Block.Items i && !i.items().isEmpty()) {
            List<List<Run>> items = new ArrayList<>(i.items());
            items.set(items.size() - 1, append(items.get(items.size() - 1), cited.mark()));
            marked = new Block.Items(i.id(), i.numbered(), items, i.origin());
        } else {
            throw new ValidationException("A citation goes in a paragraph, a quotation or a list, not a heading or a"
                    + " note; choose another part.");
        }
        body.set(at, marked);
        return withCitation(letter.withBody(body), cited.citation());
    }

    private static List<Run> append(List<Run> runs, Run mark) {
        List<Run> marked = new ArrayList<>(runs);
        marked.add(mark);
        return marked;
    }

    private static int indexOf(List<Block> body, String blockId) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).id().equals(blockId)) {
                return i;
            }
        }
        throw new ValidationException(
                "The letter has no part '" + blockId + "'; `stocktake letter show --parts`" + " lists them.");
    }
}

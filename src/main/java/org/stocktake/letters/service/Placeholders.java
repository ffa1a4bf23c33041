package org.stocktake.letters.service;

import java.util.List;
import java.util.function.UnaryOperator;
import org.stocktake.letters.document.Addressee;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Letterhead;
import org.stocktake.letters.document.Run;
import org.stocktake.letters.document.Signatory;

/** Puts the register's names where a template says {@code {panel}} and {@code {council}}. */
final class Placeholders {

    private Placeholders() {}

    static LetterDocument filled(LetterDocument letter, String panel, String council) {
        UnaryOperator<String> fill = text -> text.replace("{panel}", panel).replace("{council}", council);
        Addressee to = letter.addressee();
        return new LetterDocument(
                letter.kind(),
                new Letterhead(
                        letter.letterhead().lines().stream().map(fill).toList(),
                        fill.apply(letter.letterhead().continuation())),
                fill.apply(letter.reference()),
                letter.date(),
                fill.apply(letter.deliveryNote()),
                letter.headerOrder(),
                new Addressee(to.name(), to.office(), to.address(), to.person()),
                fill.apply(letter.salutation()),
                fill.apply(letter.subject()),
                blocks(letter.body(), fill),
                fill.apply(letter.closing()),
                letter.signatories().stream()
                        .map(s -> new Signatory(
                                s.name(), s.roleLines().stream().map(fill).toList(), s.person(), s.signatureImage()))
                        .toList(),
                letter.citations(),
                letter.annex(),
                fill.apply(letter.contact()),
                blocks(letter.notesToEditors(), fill));
    }

    private static List<Block> blocks(List<Block> blocks, UnaryOperator<String> fill) {
        return blocks.stream().map(block -> block(block, fill)).toList();
    }

    private static Block block(Block block, UnaryOperator<String> fill) {
        if (block instanceof Block.Heading h) {
            return new Block.Heading(h.id(), fill.apply(h.text()), h.origin());
        } else if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(p.id(), runs(p.runs(), fill), p.origin());
        } else if (block instanceof Block.Quotation q) {
            return new Block.Quotation(q.id(), runs(q.runs(), fill), q.origin());
        } else if (block instanceof Block.Items i) {
            return new Block.Items(
                    i.id(),
                    i.numbered(),
                    i.items().stream().map(item -> runs(item, fill)).toList(),
                    i.origin());
        } else if (block instanceof Block.Note n) {
            return new Block.Note(n.id(), fill.apply(n.text()), n.origin());
        }
        return block;
    }

    private static List<Run> runs(List<Run> runs, UnaryOperator<String> fill) {
        return runs.stream()
                .map(r -> new Run(fill.apply(r.text()), r.style(), r.citation()))
                .toList();
    }
}

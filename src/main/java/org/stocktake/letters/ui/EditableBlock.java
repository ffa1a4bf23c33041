package org.stocktake.letters.ui;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.InlineMarkup;
import org.stocktake.letters.document.Origin;
import org.stocktake.letters.document.Run;

/**
 * One part of the body as the editor holds it: its kind and its text with inline marks, one line per item for a list.
 * Its id and origin go with it, so comments and inserted data stay attached while it is edited.
 */
final class EditableBlock {

    private final String id;
    private final Origin origin;
    private final ObjectProperty<BlockKind> kind;
    private final StringProperty text;

    EditableBlock(String id, BlockKind kind, String text, Origin origin) {
        this.id = id;
        this.origin = origin;
        this.kind = new SimpleObjectProperty<>(kind);
        this.text = new SimpleStringProperty(text);
    }

    static EditableBlock fresh(BlockKind kind) {
        return new EditableBlock(UUID.randomUUID().toString().substring(0, 8), kind, "", null);
    }

    static EditableBlock of(Block block) {
        if (block instanceof Block.Heading h) {
            return new EditableBlock(h.id(), BlockKind.HEADING, h.text(), h.origin());
        } else if (block instanceof Block.Quotation q) {
            return new EditableBlock(q.id(), BlockKind.QUOTATION, InlineMarkup.write(q.runs()), q.origin());
        } else if (block instanceof Block.Items i) {
            String lines = String.join(
                    "\n", i.items().stream().map(InlineMarkup::write).toList());
            return new EditableBlock(i.id(), i.numbered() ? BlockKind.NUMBERED : BlockKind.BULLETS, lines, i.origin());
        } else if (block instanceof Block.Note n) {
            return new EditableBlock(n.id(), BlockKind.NOTE, n.text(), n.origin());
        }
        Block.Paragraph p = (Block.Paragraph) block;
        return new EditableBlock(p.id(), BlockKind.PARAGRAPH, InlineMarkup.write(p.runs()), p.origin());
    }

    /** The block as the letter keeps it; line breaks typed in a paragraph become spaces, since it prints as one. */
    Block toBlock() {
        String value = text.get() == null ? "" : text.get();
        String oneLine = value.replaceAll("\\s*\\R\\s*", " ").strip();
        return switch (kind.get()) {
            case HEADING -> new Block.Heading(id, oneLine, origin);
            case QUOTATION -> new Block.Quotation(id, InlineMarkup.read(oneLine), origin);
            case BULLETS, NUMBERED -> new Block.Items(id, kind.get() == BlockKind.NUMBERED, items(value), origin);
            case NOTE -> new Block.Note(id, oneLine, origin);
            case PARAGRAPH -> new Block.Paragraph(id, InlineMarkup.read(oneLine), origin);
        };
    }

    private static List<List<Run>> items(String value) {
        return Arrays.stream(value.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> InlineMarkup.read(line.replaceFirst("^([-•*]|\\d+[.)])\\s+", "")))
                .toList();
    }

    String id() {
        return id;
    }

    Origin origin() {
        return origin;
    }

    ObjectProperty<BlockKind> kindProperty() {
        return kind;
    }

    StringProperty textProperty() {
        return text;
    }
}

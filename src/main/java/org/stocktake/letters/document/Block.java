package org.stocktake.letters.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One part of a letter's body. Each block keeps an id for as long as it lives, so comments stay attached to it while
 * the text around it changes, and an {@link Origin} when it was inserted from the panel's data.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.Quotation.class, name = "quotation"),
    @JsonSubTypes.Type(value = Block.Items.class, name = "list"),
    @JsonSubTypes.Type(value = Block.Note.class, name = "note")
})
public sealed interface Block {

    String id();

    /** Null unless the block was inserted from the panel's data. */
    Origin origin();

    /** The block's words without styling, for search, diff and checks. */
    String plainText();

    /** A section heading, bold, kept on the page with what follows it. */
    record Heading(String id, String text, Origin origin) implements Block {
        @Override
        public String plainText() {
            return text;
        }
    }

    record Paragraph(String id, List<Run> runs, Origin origin) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        @Override
        public String plainText() {
            return Runs.plainText(runs);
        }
    }

    /** A passage quoted from another document, indented and in italics as in the panel's letters. */
    record Quotation(String id, List<Run> runs, Origin origin) implements Block {
        public Quotation {
            runs = List.copyOf(runs);
        }

        @Override
        public String plainText() {
            return Runs.plainText(runs);
        }
    }

    /** A bulleted or numbered list; each item is a line of runs. */
    record Items(String id, boolean numbered, List<List<Run>> items, Origin origin) implements Block {
        public Items {
            items = items.stream().map(List::copyOf).toList();
        }

        @Override
        public String plainText() {
            return String.join("\n", items.stream().map(Runs::plainText).toList());
        }
    }

    /** A note among the drafters, never printed; a letter with one left in is not ready to send. */
    record Note(String id, String text, Origin origin) implements Block {
        @Override
        public String plainText() {
            return text;
        }
    }
}

package org.stocktake.letters.ui;

/** What a part of the letter's body is, as the editor offers it. */
enum BlockKind {
    PARAGRAPH("Paragraph"),
    HEADING("Heading"),
    QUOTATION("Quotation"),
    BULLETS("Bulleted list"),
    NUMBERED("Numbered list"),
    NOTE("Note");

    private final String label;

    BlockKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}

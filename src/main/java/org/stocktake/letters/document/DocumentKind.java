package org.stocktake.letters.document;

/** What is being written: a letter with an addressee and signatories, or a press release with a headline. */
public enum DocumentKind {
    LETTER,
    PRESS_RELEASE
}

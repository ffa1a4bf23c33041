package org.stocktake.panel.service;

/** The part a person plays in an organisation. Panel roles come first; the others name who a panel deals with. */
public enum Role {
    CHAIR("Chair"),
    VICE_CHAIR("Vice chair"),
    MEMBER("Member"),
    ADVISER("Adviser"),
    OBSERVER("Observer"),
    EX_OFFICIO("Ex officio member"),
    LEADER("Leader"),
    CHIEF_EXECUTIVE("Chief executive"),
    SECRETARY_OF_STATE("Secretary of State"),
    OTHER("Other");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.stocktake.shared;

/**
 * What a service call does, as far as the panel's roles are concerned. Reading is open to every member and so is not
 * an action here. Each names itself as it ends a sentence: "may not {@link #phrase}".
 */
public enum Action {
    /** Add, change or remove reviews and recommendations, or the panel register. */
    EDIT_REGISTER("change the register"),
    /** Add documents to the evidence library, change their details or link them to recommendations. */
    ADD_EVIDENCE("add or change evidence"),
    /** Add, change or remove notes on evidence, and link them to recommendations. */
    ANNOTATE("annotate evidence"),
    /** Open rounds and rate, correct or cite evidence in them, and accept or dismiss proposed ratings. */
    RATE("rate recommendations"),
    /** Propose a rating and a short commentary for a member to accept or dismiss. */
    PROPOSE_RATING("propose ratings"),
    /** Finalise a round. */
    FINALISE("finalise a round"),
    /** Write letters and their templates, and save their versions. */
    DRAFT_LETTER("draft letters"),
    /** Comment on a letter's draft, and resolve comments. */
    COMMENT("comment on drafts"),
    /** Sign a letter as one of its named signatories. */
    SIGN("sign this letter"),
    /** Issue or publish a letter. */
    ISSUE("issue letters"),
    /** Add or remove certificates on the workspace's trust list, which decides whose signatures count as trusted. */
    TRUST_CERTIFICATES("change the workspace's trust list"),
    /** Add or remove members, change their roles or others' passwords. */
    MANAGE_MEMBERS("manage the workspace's members");

    private final String phrase;

    Action(String phrase) {
        this.phrase = phrase;
    }

    /** The action as the end of "may not …". */
    public String phrase() {
        return phrase;
    }
}

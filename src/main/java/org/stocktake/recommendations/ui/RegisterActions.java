package org.stocktake.recommendations.ui;

/** What the register's buttons, keys and menus ask the window to do. */
public interface RegisterActions {
    void create();

    void edit();

    void delete();

    /** Proposes recommendations from a review in the library, to check and import. */
    default void proposeFromDocument() {}
}

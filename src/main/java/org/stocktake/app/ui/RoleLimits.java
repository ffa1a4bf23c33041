package org.stocktake.app.ui;

import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.stocktake.members.service.SignedIn;
import org.stocktake.shared.Action;
import org.stocktake.shared.ui.Withheld;

/**
 * Greys out what the member signed in may not do, as a courtesy: the services refuse it anyway. Which actions a role
 * may take is asked of the signed-in member's permissions, the same the services hold every call to; this class
 * only knows which control starts which action. A workspace without members withholds nothing.
 */
final class RoleLimits {

    /** The window's controls, by id, and the action each starts. */
    static final Map<String, Action> CONTROLS = Map.ofEntries(
            Map.entry("new-recommendation", Action.EDIT_REGISTER),
            Map.entry("edit-recommendation", Action.EDIT_REGISTER),
            Map.entry("delete-recommendation", Action.EDIT_REGISTER),
            Map.entry("propose-from-document", Action.EDIT_REGISTER),
            Map.entry("new-round", Action.RATE),
            Map.entry("finalise-round", Action.FINALISE),
            Map.entry("correct-assessment", Action.RATE),
            Map.entry("cite-evidence", Action.RATE),
            Map.entry("evidence-add-files", Action.ADD_EVIDENCE),
            Map.entry("evidence-add-folder", Action.ADD_EVIDENCE),
            Map.entry("evidence-save", Action.ADD_EVIDENCE),
            Map.entry("evidence-link", Action.ADD_EVIDENCE),
            Map.entry("evidence-annotate", Action.ANNOTATE),
            Map.entry("note-link", Action.ANNOTATE),
            Map.entry("note-unlink", Action.ANNOTATE),
            Map.entry("new-letter", Action.DRAFT_LETTER),
            Map.entry("letter-templates", Action.DRAFT_LETTER),
            Map.entry("delete-letter", Action.DRAFT_LETTER),
            Map.entry("add-part", Action.DRAFT_LETTER),
            Map.entry("letter-editor", Action.DRAFT_LETTER),
            Map.entry("comment-letter", Action.COMMENT),
            Map.entry("send-issue", Action.ISSUE));

    /** The menus' items, by id, and the action each starts. */
    static final Map<String, Action> MENU_ITEMS = Map.of(
            "menu-import", Action.EDIT_REGISTER,
            "menu-new", Action.EDIT_REGISTER,
            "menu-edit", Action.EDIT_REGISTER,
            "menu-scales", Action.EDIT_REGISTER,
            "menu-encrypt", Action.MANAGE_MEMBERS);

    private final SignedIn signedIn;
    private Runnable walk;

    RoleLimits(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    /** Why the one signed in may not take {@code action}, or empty when they may. */
    Optional<String> refusal(Action action) {
        return signedIn.permissions().refusal(action);
    }

    /** Whether anything is withheld at all: not in a workspace without members, nor from its chair. */
    boolean limitsAnything() {
        return CONTROLS.values().stream().anyMatch(a -> refusal(a).isPresent())
                || MENU_ITEMS.values().stream().anyMatch(a -> refusal(a).isPresent());
    }

    /**
     * Keeps the window's controls withheld as areas are built and documents opened: after each layout the scene is
     * walked for controls not yet withheld, which costs a walk only where something is withheld at all.
     */
    void hold(Scene scene) {
        if (limitsAnything()) {
            walk = () -> withhold(scene.getRoot());
            scene.addPostLayoutPulseListener(walk);
        }
    }

    /** Stops following {@code scene}, when the workspace is closed in the window. */
    void release(Scene scene) {
        if (walk != null) {
            scene.removePostLayoutPulseListener(walk);
            walk = null;
        }
    }

    /** Withholds the menus' items the one signed in may not use; call after the menus are bound. */
    void hold(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                Action action = item.getId() == null ? null : MENU_ITEMS.get(item.getId());
                if (action != null) {
                    refusal(action).ifPresent(why -> Withheld.menuItem(item, why, note()));
                }
            }
        }
    }

    private void withhold(Node node) {
        String id = node.getId();
        if (id != null && !Withheld.is(node)) {
            Action action = CONTROLS.get(id);
            if (action != null) {
                refusal(action).ifPresent(why -> Withheld.node(node, why));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                withhold(child);
            }
        }
    }

    /** "not for an observer": short enough for a menu. */
    private String note() {
        return signedIn.member().map(m -> "not for " + m.role().withArticle()).orElse("not allowed");
    }
}

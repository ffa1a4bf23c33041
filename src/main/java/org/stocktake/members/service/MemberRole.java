package org.stocktake.members.service;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.stocktake.shared.Action;

/**
 * A member's part in the panel's work, and what it lets them do. Everyone reads; beyond that each role adds to the one
 * below it, except that only the chair issues letters and manages the members.
 */
public enum MemberRole {
    CHAIR(EnumSet.allOf(Action.class)),
    VICE_CHAIR(EnumSet.complementOf(EnumSet.of(Action.ISSUE, Action.MANAGE_MEMBERS))),
    MEMBER(EnumSet.complementOf(EnumSet.of(Action.ISSUE, Action.MANAGE_MEMBERS))),
    ADVISOR(EnumSet.of(Action.ADD_EVIDENCE, Action.ANNOTATE, Action.COMMENT, Action.PROPOSE_RATING, Action.SIGN)),
    OBSERVER(EnumSet.noneOf(Action.class));

    private final Set<Action> allowed;

    MemberRole(Set<Action> allowed) {
        this.allowed = allowed;
    }

    public boolean may(Action action) {
        return allowed.contains(action);
    }

    /** As the panel says it: "vice chair". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "the chair", "a member", "an advisor". */
    public String withArticle() {
        return switch (this) {
            case CHAIR, VICE_CHAIR -> "the " + label();
            case ADVISOR, OBSERVER -> "an " + label();
            case MEMBER -> "a " + label();
        };
    }

    /** The roles that may do {@code action}, in words: "the chair, the vice chair or a member". */
    public static String whoMay(Action action) {
        java.util.List<String> roles = java.util.Arrays.stream(values())
                .filter(role -> role.may(action))
                .map(MemberRole::withArticle)
                .toList();
        if (roles.size() == 1) {
            return "only " + roles.get(0);
        }
        return String.join(", ", roles.subList(0, roles.size() - 1)) + " or " + roles.get(roles.size() - 1);
    }

    /** The role a user typed: "vice chair", "vice-chair" and "VICE_CHAIR" alike. */
    public static MemberRole parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (MemberRole role : values()) {
            if (role.name().equals(key)) {
                return role;
            }
        }
        throw new org.stocktake.shared.ValidationException(
                "'" + text + "' is not a role; choose chair, vice chair, member, advisor or observer.");
    }
}

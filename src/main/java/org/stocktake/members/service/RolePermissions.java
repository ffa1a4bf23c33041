package org.stocktake.members.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stocktake.shared.Action;
import org.stocktake.shared.Permissions;

/** What a signed-in member may do: their role's actions, and signing only the letters that name them. */
final class RolePermissions implements Permissions {

    private final Member member;

    RolePermissions(Member member) {
        this.member = member;
    }

    @Override
    public Optional<String> refusal(Action action) {
        if (member.role().may(action)) {
            return Optional.empty();
        }
        return Optional.of(member.personName() + " is " + member.role().withArticle()
                + " in this workspace and may not " + action.phrase() + "; " + MemberRole.whoMay(action) + " may.");
    }

    @Override
    public Optional<String> refusalToSign(List<String> signatories) {
        String self = normalised(member.personName());
        boolean named = signatories.stream()
                .map(RolePermissions::normalised)
                .anyMatch(name -> !name.isEmpty()
                        && (name.equals(self) || name.endsWith(" " + self) || self.endsWith(" " + name)));
        if (named) {
            return Optional.empty();
        }
        List<String> shown =
                signatories.stream().filter(name -> !name.isBlank()).toList();
        return Optional.of(
                shown.isEmpty()
                        ? "This letter names no signatory, so nobody may sign it yet; name its signatories first."
                        : "Only this letter's named signatories (" + String.join(", ", shown) + ") may sign it, and "
                                + member.personName() + " is not one of them.");
    }

    /**
     * Whether a letter's signatory, named as the letter prints them ("John Crabtree OBE", "J R A Crabtree"), is the
     * person of the register's full name {@code self}: the whole name within it, or the same surname after the same
     * first initial.
     */
    static boolean names(String signatory, String self) {
        if (signatory.isEmpty() || self.isEmpty()) {
            return false;
        }
        if ((" " + signatory + " ").contains(" " + self + " ")) {
            return true;
        }
        String[] theirs = signatory.split(" ");
        String[] ours = self.split(" ");
        String surname = ours[ours.length - 1];
        for (int i = 1; i < theirs.length; i++) {
            if (theirs[i].equals(surname) && theirs[0].charAt(0) == ours[0].charAt(0)) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String name) {
        return name == null
                ? ""
                : name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

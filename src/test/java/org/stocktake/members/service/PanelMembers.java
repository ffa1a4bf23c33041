package org.stocktake.members.service;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.app.AppContext;
import org.stocktake.shared.Actor;
import org.stocktake.shared.crypto.Passphrase;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.testing.TestWorkspaces;

/**
 * The demo workspace with one member in each role: the chair (with a password), the vice chair, a member, an advisor
 * and an observer (each signing in by name alone), for tests of what each may do.
 */
public final class PanelMembers {

    public static final String CHAIR_PASSWORD = "crab apple orchard";

    private PanelMembers() {}

    /** Makes the demo workspace in {@code folder} and its members. */
    public static void make(Path folder, Clock clock) {
        try (AppContext context = TestWorkspaces.open(folder, clock, new Actor("setting up"))) {
            MemberService members = context.members();
            members.add("John Crabtree", "john", MemberRole.CHAIR, CHAIR_PASSWORD.toCharArray());
            members.add("Frances Done", "frances", MemberRole.VICE_CHAIR, null);
            members.add("Keith Wakefield", "keith", MemberRole.MEMBER, null);
            members.add("Steve Robinson", "steve", MemberRole.ADVISOR, null);
            members.add("Mike Tomlinson", "mike", MemberRole.OBSERVER, null);
        }
    }

    /**
     * A copy of a workspace made once by {@link #make} in {@code template}, in {@code folder}: members' passwords take
     * a second each to hash, so tests share them.
     */
    public static void copy(Path template, Path folder) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(template)) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(template.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(file, target);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The workspace opened with {@code user} signed in, giving {@code password} when asked. */
    public static AppContext as(Path folder, Clock clock, String user, String password) {
        return AppContext.open(
                folder, clock, new Actor(user), Access.WRITE, Storage.DISK, Passphrase.none(), member -> {
                    if (password == null) {
                        throw new AssertionError("No password should be asked of " + member.userName());
                    }
                    return password.toCharArray();
                });
    }
}

package org.stocktake.members.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.members.service.Member;
import org.stocktake.members.service.MemberRole;
import org.stocktake.members.service.MemberService;
import org.stocktake.panel.service.PanelService;
import org.stocktake.panel.service.Person;
import org.stocktake.shared.Action;
import org.stocktake.shared.Permissions;
import org.stocktake.shared.task.TaskRunner;

/**
 * The workspace's members as the Members screen shows them, and the changes made there. Each change runs in the
 * background through the member service, which alone decides what is allowed; its refusal comes back as its own
 * sentence, and what the user typed is kept so they can put it right.
 */
public final class MembersViewModel {

    private static final Logger LOG = Logger.getLogger(MembersViewModel.class.getName());

    private final MemberService members;
    private final PanelService panel;
    private final Permissions permissions;
    private final TaskRunner tasks;
    private final ObservableList<Member> list = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObjectProperty<Member> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding empty = Bindings.isEmpty(list);

    /** What was read: the members, and the people of the register who are not yet members. */
    private record Read(List<Member> members, List<String> others) {}

    public MembersViewModel(MemberService members, PanelService panel, Permissions permissions, TaskRunner tasks) {
        this.members = members;
        this.panel = panel;
        this.permissions = permissions;
        this.tasks = tasks;
    }

    /** Reads the members and the panel register afresh. */
    public void load() {
        working.set(true);
        tasks.run(
                "Reading the members",
                progress -> {
                    List<Member> all = members.members();
                    Set<Long> taken = all.stream().map(Member::personId).collect(Collectors.toSet());
                    List<String> others = panel.people().stream()
                            .filter(p -> !taken.contains(p.id()))
                            .map(Person::fullName)
                            .sorted()
                            .toList();
                    return new Read(all, others);
                },
                read -> {
                    working.set(false);
                    Member was = selected.get();
                    list.setAll(read.members());
                    people.setAll(read.others());
                    selected.set(
                            was == null
                                    ? null
                                    : read.members().stream()
                                            .filter(m -> m.id() == was.id())
                                            .findFirst()
                                            .orElse(null));
                },
                error -> {
                    working.set(false);
                    LOG.log(Level.WARNING, "The members could not be read", error);
                    tell("The members could not be read. Close and reopen the workspace to try again.", true);
                });
    }

    /**
     * Makes {@code person} a member; {@code done} is told once they are added, {@code refusal} the sentence when they
     * are not (for the dialog to show, which stays open; the screen's message keeps its last). The password (typed twice) is cleared once used; null or empty for none.
     */
    public void add(
            String person,
            String userName,
            MemberRole role,
            char[] password,
            char[] again,
            Runnable done,
            Consumer<String> refusal) {
        Optional<String> mismatch = mismatch(password, again);
        if (mismatch.isPresent()) {
            clear(password, again);
            refusal.accept(mismatch.get());
            return;
        }
        if (person == null || person.isBlank()) {
            clear(password, again);
            refusal.accept("Choose the person from the panel register who is to be a member.");
            return;
        }
        char[] given = password == null || password.length == 0 ? null : password;
        change(
                "Adding " + person + " as a member",
                () -> members.add(person, userName, role, given),
                added -> "Added " + added.personName() + " as " + added.role().withArticle() + ", signing in as "
                        + added.userName() + ".",
                done,
                refusal,
                password,
                again);
    }

    /** Gives the selected member {@code role}; a refusal is told in the screen's message, as a removal's is. */
    public void changeRole(Member member, MemberRole role) {
        if (member.role() == role) {
            return;
        }
        change(
                "Changing " + member.personName() + "'s role",
                () -> members.changeRole(member.userName(), role),
                changed -> changed.personName() + " is now " + changed.role().withArticle() + ".",
                () -> {},
                sentence -> tell(sentence, true),
                null,
                null);
    }

    /** Sets {@code member}'s password (typed twice), or removes it when both are empty. */
    public void setPassword(Member member, char[] password, char[] again, Runnable done, Consumer<String> refusal) {
        Optional<String> mismatch = mismatch(password, again);
        if (mismatch.isPresent()) {
            clear(password, again);
            refusal.accept(mismatch.get());
            return;
        }
        char[] given = password == null || password.length == 0 ? null : password;
        change(
                given == null ? "Removing a password" : "Setting a password",
                () -> members.setPassword(member.userName(), given),
                changed -> given == null
                        ? changed.personName() + " now signs in without a password."
                        : changed.personName() + "'s password is set; it is asked when they sign in.",
                done,
                refusal,
                password,
                again);
    }

    /** Ends {@code member}'s membership; they stay in the panel register. */
    public void remove(Member member) {
        change(
                "Removing " + member.personName(),
                () -> {
                    members.remove(member.userName());
                    return member;
                },
                gone -> gone.personName() + " is no longer a member; they stay in the panel register.",
                () -> {},
                sentence -> tell(sentence, true),
                null,
                null);
    }

    /** Why the one signed in may not manage the members, or empty when they may. */
    public Optional<String> manageRefusal() {
        return permissions.refusal(Action.MANAGE_MEMBERS);
    }

    /**
     * Why the one signed in may not set {@code member}'s password, or empty when they may: their own, or anyone's for
     * one who manages the members.
     */
    public Optional<String> passwordRefusal(Member member) {
        boolean own = members.signedIn()
                .map(m -> m.userName().equalsIgnoreCase(member.userName()))
                .orElse(false);
        return own ? Optional.empty() : manageRefusal();
    }

    /** The roles a new member may be given: only the chair while there are no members, as the service requires. */
    public List<MemberRole> rolesForNew() {
        return list.isEmpty() ? List.of(MemberRole.CHAIR) : List.of(MemberRole.values());
    }

    public ObservableList<Member> members() {
        return list;
    }

    /** The people of the panel register who are not yet members, by full name. */
    public ObservableList<String> people() {
        return people;
    }

    public ObjectProperty<Member> selectedProperty() {
        return selected;
    }

    /** The last outcome or refusal, as one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message is a refusal (or a failure) rather than an outcome. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True while the workspace has no members: the screen leads the user to add the chair. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    private interface Change {
        Member make();
    }

    private void change(
            String title,
            Change make,
            java.util.function.Function<Member, String> outcome,
            Runnable done,
            Consumer<String> refusal,
            char[] password,
            char[] again) {
        working.set(true);
        tasks.run(
                title,
                progress -> {
                    try {
                        return make.make();
                    } finally {
                        clear(password, again);
                    }
                },
                changed -> {
                    working.set(false);
                    tell(outcome.apply(changed), false);
                    done.run();
                    load();
                },
                error -> {
                    working.set(false);
                    String sentence = sentence(error);
                    refusal.accept(sentence);
                    load();
                });
    }

    private void tell(String sentence, boolean refusal) {
        refused.set(refusal);
        message.set(sentence);
    }

    private static Optional<String> mismatch(char[] password, char[] again) {
        boolean none = (password == null || password.length == 0) && (again == null || again.length == 0);
        if (none || Arrays.equals(password, again)) {
            return Optional.empty();
        }
        return Optional.of("The two passwords differ; type the same one twice.");
    }

    private static void clear(char[] password, char[] again) {
        if (password != null) {
            Arrays.fill(password, ' ');
        }
        if (again != null) {
            Arrays.fill(again, ' ');
        }
    }

    /** The service's own sentence for a refusal; a plain one for anything unexpected, which goes to the log. */
    static String sentence(Throwable error) {
        boolean expected = error instanceof org.stocktake.shared.ValidationException
                || error instanceof org.stocktake.shared.NotAllowedException
                || error instanceof org.stocktake.shared.NotFoundException
                || error instanceof org.stocktake.shared.WorkspaceException;
        String message = error.getMessage();
        if (expected && message != null && !message.isBlank()) {
            return message;
        }
        LOG.log(Level.WARNING, "A change to the members failed", error);
        return "The members could not be changed; details are in the log. Nothing was changed.";
    }
}

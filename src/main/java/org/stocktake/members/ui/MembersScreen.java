package org.stocktake.members.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.members.service.Member;
import org.stocktake.members.service.MemberRole;
import org.stocktake.shared.ui.Icons;
import org.stocktake.shared.ui.Withheld;

/**
 * Who may sign in to the workspace and in which role: each member's person, user name, role and whether a password
 * is set, with adding, changing a role, setting a password and removing. While there are no members the screen leads
 * the user to add the chair first, as the first member must be.
 */
public final class MembersScreen {

    private final MembersViewModel model;
    private final BorderPane view = new BorderPane();
    private final TableView<Member> table = new TableView<>();
    private final ComboBox<MemberRole> role = new ComboBox<>();

    public MembersScreen(MembersViewModel model) {
        this.model = model;
        view.setId("members-view");
        Label heading = new Label("Members");
        heading.getStyleClass().add("title-3");
        Label about = wrapped(
                "Members sign in to this workspace under a user name, each in a role: the chair may do everything;"
                        + " the vice chair and members everything but issuing letters and managing members; an"
                        + " advisor adds evidence, annotates and comments; an observer reads.",
                "text-muted");
        VBox top = new VBox(8, heading, about, lead(), toolbar());
        top.setPadding(new Insets(12, 12, 8, 12));
        view.setTop(top);
        table();
        view.setCenter(table);
        Label message = wrapped("", null);
        message.setId("members-message");
        message.textProperty().bind(model.messageProperty());
        model.refusedProperty().addListener((obs, was, now) -> {
            message.getStyleClass().removeAll("danger", "success");
            message.getStyleClass().add(now ? "danger" : "success");
        });
        BorderPane.setMargin(message, new Insets(8, 12, 12, 12));
        view.setBottom(message);
        // Read afresh each time the screen is shown: the command line may have changed the members meanwhile.
        view.sceneProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                model.load();
            }
        });
    }

    public Node view() {
        return view;
    }

    public MembersViewModel model() {
        return model;
    }

    /** While there are no members: anyone may do anything, and the chair is to be added first. */
    private Node lead() {
        Label text = wrapped(
                "This workspace has no members yet, so whoever opens it may do everything. To give people roles, add"
                        + " the chair first: the chair manages the members, and the first member must be the chair.",
                null);
        text.setId("members-lead-text");
        Button addChair = new Button("Add the chair\u2026", Icons.of(Feather.USER_PLUS));
        addChair.setId("members-add-chair");
        addChair.setMinWidth(Region.USE_PREF_SIZE);
        addChair.setOnAction(e -> add());
        VBox lead = new VBox(8, text, addChair);
        lead.setId("members-lead");
        lead.getStyleClass().add("members-lead");
        lead.setPadding(new Insets(10));
        lead.setStyle("-fx-border-color: -color-accent-emphasis; -fx-border-radius: 4; -fx-background-radius: 4;"
                + " -fx-background-color: -color-accent-subtle;");
        lead.visibleProperty().bind(model.emptyProperty());
        lead.managedProperty().bind(model.emptyProperty());
        return lead;
    }

    private Node toolbar() {
        Button add = button("Add member\u2026", Feather.USER_PLUS, "members-add");
        add.setOnAction(e -> add());
        add.disableProperty().bind(model.workingProperty());

        role.setId("members-role");
        role.getItems().setAll(MemberRole.values());
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MemberRole value) {
                return value == null ? "" : value.label();
            }

            @Override
            public MemberRole fromString(String text) {
                return MemberRole.parse(text);
            }
        });
        role.setMinWidth(Region.USE_PREF_SIZE);
        role.disableProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((obs, old, now) -> role.setValue(now == null ? null : now.role()));
        Button changeRole = button("Change role", Feather.SHIELD, "members-change-role");
        changeRole.setOnAction(e -> model.changeRole(model.selectedProperty().get(), role.getValue()));
        changeRole
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.selectedProperty().get() == null
                                || role.getValue() == null
                                || role.getValue()
                                        == model.selectedProperty().get().role()
                                || model.workingProperty().get(),
                        model.selectedProperty(),
                        role.valueProperty(),
                        model.workingProperty()));

        Button password = button("Set password\u2026", Feather.KEY, "members-password");
        password.setOnAction(e -> MemberPasswordDialog.ask(
                view.getScene().getWindow(), model, model.selectedProperty().get()));
        password.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.selectedProperty().get() == null
                                || model.passwordRefusal(
                                                model.selectedProperty().get())
                                        .isPresent()
                                || model.workingProperty().get(),
                        model.selectedProperty(),
                        model.workingProperty()));
        Tooltip whyNot = new Tooltip();
        whyNot.setWrapText(true);
        whyNot.setMaxWidth(380);
        whyNot.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.selectedProperty().get() == null
                                ? "Choose a member to set their password"
                                : model.passwordRefusal(model.selectedProperty().get())
                                        .orElse("Set or change this member's password"),
                        model.selectedProperty()));
        password.setTooltip(whyNot);

        Button remove = button("Remove\u2026", Feather.USER_X, "members-remove");
        remove.setOnAction(e -> remove());
        remove.disableProperty().bind(model.selectedProperty().isNull().or(model.workingProperty()));

        FlowPane bar = new FlowPane(8, 6, add, role, changeRole, password, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        // The service refuses these too; greyed out, they say so before anyone tries.
        model.manageRefusal().ifPresent(why -> {
            for (Node control : List.of(add, role, changeRole, remove)) {
                Withheld.node(control, why);
            }
        });
        return bar;
    }

    private void table() {
        table.setId("members-table");
        table.setItems(model.members());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No members yet."));
        table.getColumns()
                .setAll(List.of(
                        column("Person", 260, Member::personName),
                        column("User name", 180, Member::userName),
                        column("Role", 140, m -> m.role().label()),
                        column("Password", 140, m -> m.passwordSet() ? "set" : "none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    private void add() {
        AddMemberDialog.ask(view.getScene().getWindow(), model);
    }

    private void remove() {
        Member member = model.selectedProperty().get();
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                member.personName() + " will no longer sign in to this workspace; they stay in the panel register,"
                        + " and everything they did stays in the audit trail.",
                ButtonType.OK,
                ButtonType.CANCEL);
        confirm.initOwner(view.getScene().getWindow());
        confirm.setHeaderText("Remove " + member.personName() + " as a member?");
        confirm.getDialogPane().setId("members-remove-confirm");
        confirm.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.remove(member));
    }

    private static Button button(String text, Feather icon, String id) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    private static TableColumn<Member, String> column(String name, double width, Function<Member, String> value) {
        TableColumn<Member, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setMinWidth(90);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}

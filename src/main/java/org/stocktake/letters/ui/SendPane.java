package org.stocktake.letters.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterPdf;
import org.stocktake.shared.ui.FileDialogs;
import org.stocktake.shared.ui.UkDates;

/**
 * Sending the open letter, in the order it happens: export it (signed by you when you give your key), sign a copy a
 * co-signatory signed first, check the signed copy, issue it, and later record its publication.
 */
final class SendPane extends ScrollPane {

    private final LetterSendingModel model;
    private final LettersViewModel letters;
    private final FileDialogs files;
    private final TextField keystore = new TextField();
    private final TextField alias = new TextField("signing");
    private final PasswordField password = new PasswordField();
    private final TextField timestamps = new TextField();
    private Path image;

    SendPane(LetterSendingModel model, LettersViewModel letters, FileDialogs files) {
        this.model = model;
        this.letters = letters;
        this.files = files;
        setId("letter-send");
        setFitToWidth(true);
        keystore.setId("send-keystore");
        keystore.setPromptText("Your keystore (.p12)");
        alias.setId("send-alias");
        password.setId("send-password");
        password.setPromptText("Its password");
        timestamps.setId("send-tsa");
        timestamps.setPromptText("Time-stamp server, if any (https://\u2026)");
        Button chooseKeystore = new Button("Choose\u2026");
        chooseKeystore.setOnAction(e -> files.open(owner(), "Your signing keystore", "PKCS#12 keystores", "p12", "pfx")
                .ifPresent(p -> keystore.setText(p.toString())));
        Button chooseImage = new Button("Another picture for this signature\u2026");
        chooseImage.setId("send-image");
        chooseImage.setOnAction(
                e -> files.open(owner(), "A picture of your signature", "PNG or JPEG pictures", "png", "jpg", "jpeg")
                        .ifPresent(p -> {
                            image = p;
                            chooseImage.setText(p.getFileName().toString());
                        }));
        ComboBox<String> person = new ComboBox<>();
        person.setId("send-picture-person");
        person.setPromptText("Signatory");
        person.setMinWidth(Region.USE_PREF_SIZE);
        person.setMaxWidth(Double.MAX_VALUE);
        person.setOnShowing(e -> person.getItems().setAll(signatoryNames()));
        Button keepPicture = new Button("Keep a signature picture\u2026");
        keepPicture.setId("send-picture-keep");
        keepPicture.disableProperty().bind(person.valueProperty().isNull());
        keepPicture.setOnAction(
                e -> files.open(owner(), "A picture of the signature", "PNG or JPEG pictures", "png", "jpg", "jpeg")
                        .ifPresent(p -> model.keepPicture(person.getValue(), p)));
        Button clearPicture = new Button("Clear");
        clearPicture.setId("send-picture-clear");
        clearPicture.disableProperty().bind(person.valueProperty().isNull());
        clearPicture.setOnAction(e -> model.clearPicture(person.getValue()));
        Button certificate = new Button("Make a self-signed certificate\u2026");
        certificate.setId("send-certificate");
        certificate.setOnAction(
                e -> CertificateDialog.ask(owner(), signatoryName()).ifPresent(request -> files.save(
                                owner(), "Where to keep your new keystore", "signing.p12", "PKCS#12 keystores", "p12")
                        .ifPresent(out -> model.createCertificate(
                                request.name(), out, request.password(), made -> keystore.setText(made.toString())))));
        Button export = new Button("Export PDF\u2026");
        export.setId("send-export");
        export.setOnAction(e -> save().ifPresent(out -> model.export(out, null)));
        Button exportSigned = new Button("Export signed by me\u2026");
        exportSigned.setId("send-export-signed");
        exportSigned.setOnAction(e -> key().ifPresent(k -> save().ifPresent(out -> model.export(out, k))));
        Button signCopy = new Button("Sign a copy signed by another\u2026");
        signCopy.setId("send-sign-copy");
        signCopy.setOnAction(e -> key().ifPresent(k -> files.open(owner(), "The copy to sign", "PDF documents", "pdf")
                .ifPresent(copy -> save().ifPresent(out -> model.signCopy(copy, out, k)))));
        Button check = new Button("Check a signed copy\u2026");
        check.setId("send-check");
        check.setOnAction(e ->
                files.open(owner(), "The signed letter", "PDF documents", "pdf").ifPresent(model::check));
        ListView<String> signatures = new ListView<>(model.signatures());
        signatures.setId("send-signatures");
        signatures.setPrefHeight(90);
        Label unchecked = new Label("Each signature of the checked copy, with its certificate, is listed here.");
        unchecked.setWrapText(true);
        unchecked.setPadding(new Insets(8));
        signatures.setPlaceholder(unchecked);
        signatures.setCellFactory(view -> wrapping());
        ListView<String> refusals = new ListView<>(model.refusals());
        refusals.setId("send-refusals");
        refusals.setPrefHeight(140);
        Label none = new Label("Check a signed copy to see whether it may go.");
        none.setWrapText(true);
        none.setPadding(new Insets(8));
        refusals.setPlaceholder(none);
        refusals.setCellFactory(view -> wrapping());
        DatePicker replyBy = new DatePicker();
        replyBy.setId("send-reply-by");
        replyBy.setConverter(new UkDates());
        replyBy.setPromptText("Reply due by (optional)");
        Button issue = new Button("Issue");
        issue.setId("send-issue");
        issue.getStyleClass().add("accent");
        issue.disableProperty().bind(model.checkedProperty().isNull());
        issue.setOnAction(e -> model.issue(replyBy.getValue()));
        DatePicker publishedOn = new DatePicker();
        publishedOn.setId("send-published-on");
        publishedOn.setConverter(new UkDates());
        TextField link = new TextField();
        link.setId("send-link");
        link.setPromptText("https://\u2026 (optional)");
        Button publish = new Button("Record publication");
        publish.setId("send-publish");
        publish.setOnAction(e -> model.publish(publishedOn.getValue(), link.getText()));
        VBox issued = new VBox(6, heading("Published"), publishedOn, link, publish);
        issued.visibleProperty()
                .bind(letters.openProperty()
                        .isNotNull()
                        .and(javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> letters.openProperty().get() != null
                                        && !letters.openProperty().get().isDraft(),
                                letters.openProperty())));
        issued.managedProperty().bind(issued.visibleProperty());
        VBox drafting = new VBox(
                6,
                heading("1. Export"),
                export,
                heading("2. Sign"),
                new HBox(6, keystore, chooseKeystore),
                alias,
                password,
                timestamps,
                chooseImage,
                hint("Without another picture, a signatory's kept picture is drawn in their field."),
                person,
                pictureButtons(keepPicture, clearPicture),
                certificate,
                exportSigned,
                signCopy,
                hint("Each signatory signs their own field; a joint letter goes to the second signatory after the"
                        + " first."),
                heading("3. Check and issue"),
                check,
                signatures,
                refusals,
                replyBy,
                issue);
        drafting.disableProperty().bind(issued.visibleProperty());
        VBox content = new VBox(10, drafting, new Separator(), issued);
        content.setPadding(new Insets(10));
        setContent(content);
    }

    private String signatoryName() {
        Letter letter = letters.openProperty().get();
        return letter == null || letter.document().signatories().isEmpty()
                ? ""
                : letter.document().signatories().get(0).name();
    }

    private java.util.List<String> signatoryNames() {
        Letter letter = letters.openProperty().get();
        return letter == null
                ? java.util.List.of()
                : letter.document().signatories().stream()
                        .map(s -> s.name())
                        .filter(name -> !name.isBlank())
                        .toList();
    }

    /** Side by side when there is room, one under the other in a narrow window; never cut. */
    private static FlowPane pictureButtons(Button... buttons) {
        for (Button button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane row = new FlowPane(6, 6, buttons);
        row.setMinHeight(Region.USE_PREF_SIZE);
        return row;
    }

    private static ListCell<String> wrapping() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    private Optional<LetterSendingModel.Key> key() {
        if (keystore.getText().isBlank()) {
            letters.say("Choose your keystore (.p12) first: it holds the key you sign with.");
            return Optional.empty();
        }
        char[] typed = password.getText().toCharArray();
        password.clear();
        return Optional.of(new LetterSendingModel.Key(
                Path.of(keystore.getText().strip()), alias.getText(), typed, image, timestamps.getText()));
    }

    private Optional<Path> save() {
        Letter letter = letters.openProperty().get();
        return letter == null
                ? Optional.empty()
                : files.save(owner(), "Export the letter", LetterPdf.fileName(letter), "PDF documents", "pdf");
    }

    private Window owner() {
        return getScene().getWindow();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("text-small", "text-muted");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}

package org.stocktake.letters.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stocktake.letters.service.LetterComment;

/** The open letter's comments, open ones with a button to resolve them. */
final class CommentsPane extends BorderPane {

    CommentsPane(LettersViewModel model, Runnable commentOnLetter) {
        setId("letter-comments");
        ListView<LetterComment> list = new ListView<>(model.comments());
        list.setPlaceholder(new Label("No comments on this letter."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(LetterComment comment, boolean empty) {
                super.updateItem(comment, empty);
                if (empty || comment == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label who =
                        new Label(comment.author() + ", " + comment.createdAt().toLocalDate()
                                + (comment.isOpen() ? "" : " \u2014 resolved by " + comment.resolvedBy()));
                who.getStyleClass().addAll("text-small", "text-muted");
                Label body = new Label(comment.body());
                body.setWrapText(true);
                body.setMinHeight(Region.USE_PREF_SIZE);
                body.maxWidthProperty().bind(view.widthProperty().subtract(40));
                VBox box = new VBox(4, who);
                if (comment.quote() != null) {
                    Label quote = new Label("\u201c" + shortened(comment.quote()) + "\u201d");
                    quote.getStyleClass().addAll("text-small", "text-muted");
                    quote.setWrapText(true);
                    quote.maxWidthProperty().bind(view.widthProperty().subtract(40));
                    box.getChildren().add(quote);
                }
                box.getChildren().add(body);
                if (comment.isOpen()) {
                    Button resolve = new Button("Resolve");
                    resolve.getStyleClass().add("small");
                    resolve.setId("resolve-" + comment.id());
                    resolve.setOnAction(e -> model.resolve(comment));
                    box.getChildren().add(resolve);
                } else {
                    body.getStyleClass().add("text-muted");
                }
                setGraphic(box);
            }
        });
        setCenter(list);
        Button add = new Button("Comment on the letter\u2026");
        add.setId("comment-letter");
        add.setOnAction(e -> commentOnLetter.run());
        setBottom(add);
        BorderPane.setMargin(add, new Insets(8));
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "\u2026";
    }
}

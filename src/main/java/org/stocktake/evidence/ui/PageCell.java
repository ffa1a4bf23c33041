package org.stocktake.evidence.ui;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.stocktake.evidence.text.PdfWordBoxes;

/**
 * One page in the pages view, or its thumbnail: the picture as drawn, the size of the page before it is, and on the
 * page (not the thumbnail) the marks of the words found.
 */
final class PageCell extends ListCell<Integer> {

    private final PageView view;
    private final Supplier<Float> dpi;
    private final boolean thumbnail;
    private final ImageView image = new ImageView();
    private final Label number = new Label();
    /** The found words' marks, over the page's picture and the size of it. */
    private final Pane layer = new Pane();

    private final StackPane sheet = new StackPane(image, layer);
    private final VBox box = new VBox(2, sheet, number);

    PageCell(PageView view, Supplier<Float> dpi, boolean thumbnail) {
        this.view = view;
        this.dpi = dpi;
        this.thumbnail = thumbnail;
        box.setAlignment(Pos.CENTER);
        number.getStyleClass().add("text-muted");
        image.setPreserveRatio(true);
        layer.setMouseTransparent(true);
        layer.setMinSize(0, 0);
        layer.getStyleClass().add("find-marks");
        sheet.setAlignment(Pos.TOP_LEFT);
        sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        if (thumbnail) {
            image.setFitWidth(72);
        }
    }

    @Override
    protected void updateItem(Integer page, boolean empty) {
        super.updateItem(page, empty);
        PdfWordBoxes.Box size = page == null ? null : view.size(page);
        if (empty || size == null) {
            setGraphic(null);
            return;
        }
        number.setText(thumbnail ? String.valueOf(page) : "Page " + page);
        image.setImage(view.image(page, dpi.get(), this));
        // The page takes its room before it is drawn, so the list's scroll stays where it was put.
        double scale = thumbnail ? 72 / size.width() : view.scale();
        sheet.setMinSize(size.width() * scale, size.height() * scale);
        layMarks();
        setGraphic(box);
    }

    /** Shows the page drawn, if this cell still shows that page; says whether it did. */
    boolean take(int page, Image drawn) {
        if (Integer.valueOf(page).equals(getItem())) {
            image.setImage(drawn);
            return true;
        }
        return false;
    }

    void layMarks() {
        if (!thumbnail && getItem() != null) {
            view.marks().lay(layer, getItem(), view.scale());
        }
    }
}

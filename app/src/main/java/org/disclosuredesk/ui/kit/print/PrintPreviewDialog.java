// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.print;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.disclosuredesk.ui.kit.Dialogs;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;

/**
 * 打印预览: the pages as they will print, small pages down the side, 上一页/下一页 (or ←/→), 打印… for
 * the system's print dialog, 取消 to close. Fits a 1024×700 screen. Only binds to its view model.
 */
public final class PrintPreviewDialog extends Dialog<Void> {

    private static final double THUMB_WIDTH = 96;

    private final PrintPreviewViewModel model;
    private final ImageView page = new ImageView();
    private final VBox thumbs = new VBox(8);
    private List<Image> images = List.of();

    public PrintPreviewDialog(Window owner, String title, PrintPreviewViewModel model) {
        this.model = model;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(Texts.get("print.title", title));
        setResizable(true);
        ButtonType print = new ButtonType(Texts.get("print.print"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(print, Dialogs.cancelButton());
        Button printButton = (Button) getDialogPane().lookupButton(print);
        printButton.disableProperty().bind(model.canPrintProperty().not());
        // 打印… keeps the preview open: the person may print again or page on while the job runs.
        printButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.print(getDialogPane().getScene().getWindow());
        });
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(880, 600);
        Theme.style(getDialogPane());
        model.pages().addListener((ListChangeListener<Object>) c -> showPages());
        model.currentProperty().addListener((o, a, b) -> showCurrent());
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN) {
                model.next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
                model.previous();
                e.consume();
            }
        });
    }

    /** Builds the dialog and starts drawing the pages. */
    public static PrintPreviewDialog open(Window owner, String title, PrintPreviewViewModel model) {
        PrintPreviewDialog dialog = new PrintPreviewDialog(owner, title, model);
        model.load();
        dialog.show();
        // As large as the window allows (a 1024×700 laptop included), at most a comfortable 900×680.
        if (owner != null) {
            dialog.setWidth(Math.min(900, owner.getWidth() - 24));
            dialog.setHeight(Math.min(680, owner.getHeight() - 16));
            dialog.setX(owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2);
            dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - dialog.getHeight()) / 2));
        }
        return dialog;
    }

    private Node content() {
        Button previous = new Button(Texts.get("print.previous"));
        previous.setOnAction(e -> model.previous());
        previous.disableProperty().bind(model.atFirstProperty());
        previous.setMinWidth(Region.USE_PREF_SIZE);
        Button next = new Button(Texts.get("print.next"));
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.atLastProperty());
        Label pageLabel = new Label();
        pageLabel.textProperty().bind(model.pageLabel());
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.styleProperty().bind(Bindings.when(model.failedProperty()).then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, previous, pageLabel, next, busy, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));

        page.setPreserveRatio(true);
        page.setSmooth(true);
        StackPane sheet = new StackPane(page);
        sheet.setPadding(new Insets(12));
        sheet.setStyle("-fx-background-color: -color-bg-subtle;");
        ScrollPane pageScroll = new ScrollPane(sheet);
        pageScroll.setFitToWidth(true);
        page.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(200, pageScroll.getViewportBounds().getWidth() - 30), pageScroll.viewportBoundsProperty()));

        thumbs.setPadding(new Insets(4));
        ScrollPane thumbScroll = new ScrollPane(thumbs);
        thumbScroll.setPrefWidth(THUMB_WIDTH + 44);
        thumbScroll.setMinWidth(THUMB_WIDTH + 44);
        thumbScroll.setFitToWidth(true);
        thumbScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane pane = new BorderPane(pageScroll);
        pane.setTop(bar);
        pane.setLeft(thumbScroll);
        BorderPane.setMargin(thumbScroll, new Insets(0, 8, 0, 0));
        return pane;
    }

    private void showPages() {
        images = model.pages().stream().map(p -> (Image) PageImages.toFx(p)).toList();
        thumbs.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            ImageView small = new ImageView(images.get(i));
            small.setPreserveRatio(true);
            small.setFitWidth(THUMB_WIDTH);
            int index = i;
            Button thumb = new Button(Integer.toString(i + 1), small);
            thumb.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            thumb.setOnAction(e -> model.show(index));
            thumb.setFocusTraversable(false);
            thumbs.getChildren().add(thumb);
        }
        showCurrent();
    }

    private void showCurrent() {
        int i = model.currentProperty().get();
        page.setImage(i < images.size() ? images.get(i) : null);
        for (int t = 0; t < thumbs.getChildren().size(); t++) {
            thumbs.getChildren().get(t).setStyle(t == i ? "-fx-border-color: -color-accent-emphasis; -fx-border-width: 2;" : "");
        }
    }
}

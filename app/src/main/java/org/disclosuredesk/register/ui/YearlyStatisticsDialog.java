// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import org.disclosuredesk.ui.kit.Texts;

/** 年度统计: the rows of table 二 that no ledger holds, with a note on where the figures come from. */
final class YearlyStatisticsDialog extends Dialog<Void> {

    private final YearlyStatisticsViewModel model;
    private final GridPane grid = new GridPane();
    private int row;

    YearlyStatisticsDialog(YearlyStatisticsViewModel model, Runnable onSaved) {
        this.model = model;
        setTitle(Texts.get("register.stats.title", String.valueOf(model.year())));
        setHeaderText(Texts.get("register.stats.header", String.valueOf(model.year())));
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(8, 4, 4, 4));
        TextField first = field("licensingDecisions", Texts.get("register.stats.licensing"), model.licensingProperty(), new TextField());
        field("penaltyDecisions", Texts.get("register.stats.penalty"), model.penaltyProperty(), new TextField());
        field("coercionDecisions", Texts.get("register.stats.coercion"), model.coercionProperty(), new TextField());
        field("adminFee", Texts.get("register.stats.fee"), model.feeWanYuanProperty(), new TextField());
        TextArea note = new TextArea();
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(Texts.get("register.stats.note.hint"));
        field("sourceNote", Texts.get("register.stats.note"), model.sourceNoteProperty(), note);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("error-text");
        grid.add(message, 0, row, 2, 1);
        getDialogPane().setContent(grid);

        ButtonType save = new ButtonType(Texts.get("register.stats.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("register.stats.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button ok = (Button) getDialogPane().lookupButton(save);
        ok.disableProperty().bind(model.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(() -> {
                onSaved.run();
                close();
            });
        });
        setOnShown(e -> first.requestFocus());
        model.load();
    }

    private <T extends TextInputControl> T field(String key, String label, StringProperty property, T input) {
        input.textProperty().bindBidirectional(property);
        Label caption = new Label(label);
        caption.setLabelFor(input);
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        input.setPrefWidth(300);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        model.fieldErrors().addListener((MapChangeListener<String, String>) c -> error.setText(model.fieldErrors().getOrDefault(key, "")));
        grid.add(caption, 0, row);
        grid.add(input, 1, row++);
        grid.add(error, 1, row++);
        return input;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings.ui;

import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** 设置 → 机关信息. Enter in any field saves; problems appear under their field. */
public final class OrgSettingsPane extends BorderPane {

    private final OrgSettingsViewModel model;
    private final GridPane form = new GridPane();
    private int row;

    public OrgSettingsPane(SettingsContext context) {
        TaskExecutor executor = context.executor();
        this.model = new OrgSettingsViewModel(context.settings(), executor);
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(16));
        field("officeName", Texts.get("settings.org.officeName"), model.officeNameProperty(), Texts.get("settings.org.officeName.hint"));
        field("organName", Texts.get("settings.org.organName"), model.organNameProperty(), Texts.get("settings.org.organName.hint"));
        field("signatory", Texts.get("settings.org.signatory"), model.signatoryProperty(), "");
        field("requestNumberPrefix", Texts.get("settings.org.requestNumberPrefix"), model.requestNumberPrefixProperty(), Texts.get("settings.org.requestNumberPrefix.hint"));
        field("dueSoonWorkingDays", Texts.get("settings.org.dueSoonWorkingDays"), model.dueSoonWorkingDaysProperty(), "");
        field("interpretationWorkingDays", Texts.get("settings.org.interpretationWorkingDays"), model.interpretationWorkingDaysProperty(), "");
        field("indexNumberPattern", Texts.get("settings.org.indexNumberPattern"), model.indexNumberPatternProperty(), Texts.get("settings.org.indexNumberPattern.hint"));
        field("operatorName", Texts.get("settings.org.operatorName"), model.operatorNameProperty(), Texts.get("settings.org.operatorName.hint"));
        field("creditCode", Texts.get("settings.org.creditCode"), model.creditCodeProperty(), Texts.get("settings.org.creditCode.hint"));

        Button save = new Button(Texts.get("settings.org.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        VBox bottom = new VBox(8, save, message);
        bottom.setPadding(new Insets(0, 16, 16, 16));
        // The fields scroll and 保存 stays in view: at 1024×700 the form is taller than the screen (issue 13, item 8).
        javafx.scene.control.ScrollPane fields = new javafx.scene.control.ScrollPane(form);
        fields.setFitToWidth(true);
        fields.getStyleClass().add("edge-to-edge");
        setCenter(fields);
        setBottom(bottom);
        // Esc asks before throwing typing away, as the request and document forms do; 放弃修改 shows the stored values again.
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && model.hasChanges()) {
                e.consume();
                if (org.disclosuredesk.ui.kit.Dialogs.accepted(org.disclosuredesk.ui.kit.Dialogs.confirm(
                        Texts.get("form.discard.question"), Texts.get("form.discard.yes")))) {
                    model.discardChanges();
                }
            }
        });
        model.load();
    }

    OrgSettingsViewModel model() {
        return model;
    }

    private void field(String key, String label, StringProperty property, String hint) {
        Label caption = new Label(label);
        TextField input = new TextField();
        input.setId(key);
        input.setPrefColumnCount(36);
        input.textProperty().bindBidirectional(property);
        input.setPromptText(hint);
        input.setOnAction(e -> model.save());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        // An empty error line takes no room: the nine fields fit at 1366×768 without scrolling.
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        model.fieldErrors().addListener((MapChangeListener<String, String>) change -> error.setText(model.fieldErrors().getOrDefault(key, "")));
        caption.setLabelFor(input);
        form.add(caption, 0, row);
        form.add(input, 1, row);
        form.add(error, 1, row + 1);
        row += 2;
    }
}

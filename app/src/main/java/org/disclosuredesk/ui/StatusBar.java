// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line: which database file is in use, its schema version, and a short message. */
public final class StatusBar extends HBox {

    private final Label message = new Label();

    public StatusBar(String databaseFile, String schemaVersion) {
        getStyleClass().add("status-bar");
        setSpacing(12);
        setPadding(new Insets(4, 12, 4, 12));
        Label db = new Label(Texts.get("status.database", databaseFile), new FontIcon("mdi2d-database-outline"));
        db.getStyleClass().add("status-db");
        Label version = new Label(Texts.get("status.schema", schemaVersion));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(db, spacer, message, version);
    }

    public void showMessage(String text) {
        message.setText(text);
    }
}

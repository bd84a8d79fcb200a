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

    static final String DATABASE_ICON = "mdi2d-database-outline";

    private final Label message = new Label();
    private final Label version = new Label();

    public StatusBar(String databaseFile, String schemaVersion) {
        this(databaseFile);
        showSchemaVersion(schemaVersion);
    }

    /** While the database opens: the file is known, its schema version not yet. */
    public StatusBar(String databaseFile) {
        getStyleClass().add("status-bar");
        setSpacing(12);
        setPadding(new Insets(4, 12, 4, 12));
        Label db = new Label(Texts.get("status.database", databaseFile), new FontIcon(DATABASE_ICON));
        db.getStyleClass().add("status-db");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(db, spacer, message, version);
    }

    public void showSchemaVersion(String schemaVersion) {
        version.setText(Texts.get("status.schema", schemaVersion));
    }

    public void showMessage(String text) {
        message.setText(text);
    }
}

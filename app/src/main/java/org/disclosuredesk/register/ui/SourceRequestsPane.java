// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.disclosuredesk.register.SourceRequest;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The requests listed by their 登记号 (依申请〔2025〕第3号) with the day they were linked. The link is made
 * and removed in the request's detail (依申请公开 → 转为主动公开), so here it is only shown.
 */
final class SourceRequestsPane extends VBox {

    private final SourceRequestsViewModel model;

    SourceRequestsPane(SourceRequestsViewModel model) {
        super(2);
        this.model = model;
        setId("register-sourceRequests");
        model.sources().addListener((ListChangeListener<SourceRequest>) c -> show());
        model.messageProperty().addListener((o, old, text) -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        if (!model.messageProperty().get().isEmpty()) {
            getChildren().add(new Label(model.messageProperty().get()));
        }
        if (model.sources().isEmpty()) {
            Label none = new Label(Texts.get("register.sources.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            getChildren().add(none);
        }
        for (SourceRequest s : model.sources()) {
            Label line = new Label(Texts.get("register.sources.line", s.number(), s.linkedOn())
                    + (s.note() == null ? "" : "　" + s.note()));
            line.setWrapText(true);
            getChildren().add(line);
        }
    }
}

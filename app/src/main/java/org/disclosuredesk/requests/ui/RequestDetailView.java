// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** One request: the intake form on the left; the clock, timeline and linked cases on the right. */
public final class RequestDetailView extends BorderPane {

    private final RequestFormView formView;
    private final VBox rightBox;
    private final RequestFormViewModel form;

    public RequestDetailView(RequestFormViewModel form, RequestTimelineViewModel timeline, ReviewCasesViewModel cases,
            Runnable onBack, Node history) {
        getStyleClass().add("request-detail");
        this.form = form;
        // The arrow alone (its name in the tooltip, Esc does the same): at 1024 px the bar needs the room for
        // the request's number and its four buttons.
        Button back = new Button(null, new FontIcon("mdi2a-arrow-left"));
        back.setTooltip(new javafx.scene.control.Tooltip(Texts.get("requests.detail.back")));
        back.setAccessibleText(Texts.get("requests.detail.back"));
        back.setId("backToList");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> onBack.run());
        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(form.headingProperty());
        Button save = new Button(Texts.get("requests.form.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveRequest");
        save.getStyleClass().add("accent");
        save.textProperty().bind(Bindings.when(form.currentProperty().isNull())
                .then(Texts.get("requests.form.register")).otherwise(Texts.get("requests.form.save")));
        save.disableProperty().bind(form.busyProperty());
        save.setOnAction(e -> form.save());
        Label message = new Label();
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.textProperty().bind(form.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, back, heading, spacer, message, history, save);
        keepButtonsWhole(back, history, save);
        heading.setMinWidth(0);
        message.setMinWidth(0);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 24, 10, 16));
        bar.getStyleClass().add("detail-bar");
        setTop(bar);

        formView = new RequestFormView(form);
        ScrollPane left = new ScrollPane(formView);
        left.setFitToWidth(true);
        left.setPadding(new Insets(12, 8, 12, 20));

        Label preview = new Label();
        preview.getStyleClass().add("deadline-explanation");
        preview.setWrapText(true);
        preview.textProperty().bind(form.deadlinePreviewProperty());
        preview.visibleProperty().bind(form.currentProperty().isNull());
        preview.managedProperty().bind(preview.visibleProperty());
        Label notYet = new Label(Texts.get("requests.detail.registerFirst"));
        notYet.getStyleClass().add("muted");
        notYet.setWrapText(true);
        notYet.visibleProperty().bind(form.currentProperty().isNull());
        notYet.managedProperty().bind(notYet.visibleProperty());
        RequestTimelineView timelineView = new RequestTimelineView(timeline);
        ReviewCasesView casesView = new ReviewCasesView(cases);
        timelineView.visibleProperty().bind(form.currentProperty().isNotNull());
        timelineView.managedProperty().bind(timelineView.visibleProperty());
        casesView.visibleProperty().bind(form.currentProperty().isNotNull());
        casesView.managedProperty().bind(casesView.visibleProperty());
        rightBox = new VBox(20, preview, notYet, timelineView, casesView);
        rightBox.setPadding(new Insets(4, 20, 20, 12));
        ScrollPane right = new ScrollPane(rightBox);
        right.setFitToWidth(true);
        right.setPadding(new Insets(12, 4, 12, 8));

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.44);
        setCenter(split);
    }

    /** Adds a section below the linked cases, shown once the request is stored (like the timeline). */
    public void addSection(Region section, RequestFormViewModel form) {
        section.visibleProperty().bind(form.currentProperty().isNotNull());
        section.managedProperty().bind(section.visibleProperty());
        rightBox.getChildren().add(section);
    }

    /** A further pane under the timeline (e.g. 一事一申请's items), shown once the request is registered. */
    public void addPane(Node pane) {
        pane.visibleProperty().bind(form.currentProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        rightBox.getChildren().add(rightBox.getChildren().size() - 1, pane);
    }

    public void focusFirstField() {
        formView.focusFirstField();
    }

    /**
     * At 1024 px the bar holds more than fits: the buttons keep their full text (返回, 打印登记表, 生成告知书,
     * 操作记录, 保存) and the heading and message give way, instead of every label ending in 「…」.
     */
    private static void keepButtonsWhole(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Region) {
                ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
            }
            if (node instanceof javafx.scene.Parent && !(node instanceof Button)) {
                ((javafx.scene.Parent) node).getChildrenUnmodifiable().forEach(RequestDetailView::keepButtonsWhole);
            }
        }
    }
}

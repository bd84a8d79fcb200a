// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.overview.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.overview.OverviewFigures;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** 概览: today's figures and what is due, refreshed whenever the screen is shown. */
public final class OverviewScreen extends BorderPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", java.util.Locale.CHINA);

    private final OverviewViewModel model;
    private final Label today = new Label();
    private final Label openRequests = figure();
    private final Label dueSoon = figure();
    private final Label overdue = figure();
    private final Label tasksThisMonth = figure();
    private final Label overdueTasks = figure();
    private final Label documents = figure();
    private final ListView<OverviewFigures.DueItem> dueRequests = dueList();
    private final ListView<OverviewFigures.DueItem> dueTasks = dueList();

    public OverviewScreen(OverviewContext context) {
        TaskExecutor executor = context.executor();
        this.model = new OverviewViewModel(context.overview(), executor);
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));

        Label title = new Label(Texts.get("overview.title"));
        title.getStyleClass().add("screen-title");
        Button refresh = new Button(Texts.get("overview.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        today.getStyleClass().add("muted");
        HBox header = new HBox(12, new VBox(2, title, today), spacer, refresh);
        setTop(header);

        GridPane cards = new GridPane();
        cards.setHgap(14);
        cards.setVgap(14);
        cards.add(card(Texts.get("overview.openRequests"), openRequests, "mdi2e-email-open-outline"), 0, 0);
        cards.add(card(Texts.get("overview.dueSoon"), dueSoon, "mdi2c-clock-alert-outline"), 1, 0);
        cards.add(card(Texts.get("overview.overdue"), overdue, "mdi2a-alert-circle-outline"), 2, 0);
        cards.add(card(Texts.get("overview.tasksThisMonth"), tasksThisMonth, "mdi2c-clipboard-check-outline"), 0, 1);
        cards.add(card(Texts.get("overview.overdueTasks"), overdueTasks, "mdi2c-clipboard-alert-outline"), 1, 1);
        cards.add(card(Texts.get("overview.documentsThisYear"), documents, "mdi2f-file-document-multiple-outline"), 2, 1);
        for (int i = 0; i < 3; i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(33.3);
            cards.getColumnConstraints().add(c);
        }

        HBox lists = new HBox(14, listBox(Texts.get("overview.dueRequestsList"), dueRequests),
                listBox(Texts.get("overview.dueTasksList"), dueTasks));
        VBox.setVgrow(lists, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("error-text");
        VBox body = new VBox(16, cards, lists, message);
        body.setPadding(new Insets(16, 0, 0, 0));
        setCenter(body);

        model.figuresProperty().addListener((obs, old, f) -> show(f));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
    }

    private void show(OverviewFigures f) {
        if (f == null) {
            return;
        }
        today.setText(Texts.get("overview.today", DAY.format(f.today())));
        openRequests.setText(String.valueOf(f.openRequests()));
        dueSoon.setText(String.valueOf(f.requestsDueThisWeek()));
        overdue.setText(String.valueOf(f.overdueRequests()));
        tasksThisMonth.setText(String.valueOf(f.tasksDueThisMonth()));
        overdueTasks.setText(String.valueOf(f.overdueTasks()));
        // Colour means "look here": a card is tinted only when its figure is not zero.
        tone(dueSoon, f.requestsDueThisWeek() > 0, "warning");
        tone(overdue, f.overdueRequests() > 0, "danger");
        tone(overdueTasks, f.overdueTasks() > 0, "danger");
        documents.setText(String.valueOf(f.documentsThisYear()));
        dueRequests.getItems().setAll(f.dueRequests());
        dueTasks.getItems().setAll(f.dueTasks());
    }

    private static void tone(Label figure, boolean on, String tone) {
        var card = figure.getParent().getStyleClass();
        card.remove(tone);
        if (on) {
            card.add(tone);
        }
    }

    private static Label figure() {
        Label l = new Label("–");
        l.getStyleClass().add("card-figure");
        return l;
    }

    private static VBox card(String caption, Label figure, String icon) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("card-icon");
        Label label = new Label(caption, glyph);
        label.getStyleClass().add("card-caption");
        VBox card = new VBox(6, label, figure);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14, 16, 14, 16));
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private static VBox listBox(String caption, ListView<OverviewFigures.DueItem> list) {
        Label label = new Label(caption);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(6, label, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static ListView<OverviewFigures.DueItem> dueList() {
        ListView<OverviewFigures.DueItem> list = new ListView<>();
        list.setPlaceholder(new Label(Texts.get("overview.nothingDue")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // A long title ends in … within the list's width (full text in the tooltip), no horizontal scroll bar.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(OverviewFigures.DueItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String due = item.overdue() ? Texts.get("overview.overdueSince", item.dueOn()) : Texts.get("overview.dueOn", item.dueOn());
                setText(due + (item.provisional() ? Texts.get("overview.calendarNotUpdated") : "") + "　" + item.reference() + "　" + item.title());
                setTooltip(new javafx.scene.control.Tooltip(getText()));
                if (item.overdue()) {
                    getStyleClass().add("overdue");
                }
            }
        });
        return list;
    }

    List<OverviewFigures.DueItem> shownRequests() {
        return dueRequests.getItems();
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import org.kordamp.ikonli.javafx.FontIcon;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.RequestStatus;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.WrappingRow;

/** The request log: counts by status, filters, and the table sorted by due date. */
public final class RequestListView extends BorderPane {

    private final RequestListViewModel model;
    private final TableView<RequestRow> table = new TableView<>();
    private final HBox chips = new HBox(6);
    private final Label total = new Label();
    private final ShortDates dates;
    private static final Function<RequestRow, String> NO_NOTE = r -> "";

    public RequestListView(RequestListViewModel model, Consumer<RequestRow> onOpen, Runnable onNew, Runnable onImport,
            Runnable onExport) {
        this.model = model;
        this.dates = new ShortDates(() -> model.yearProperty().get() == null ? RequestListViewModel.ALL_YEARS : model.yearProperty().get());
        getStyleClass().add("request-list");
        setPadding(new Insets(20, 24, 12, 24));

        Label title = new Label(Texts.get("requests.title"));
        title.getStyleClass().add("screen-title");
        total.getStyleClass().add("muted");
        total.textProperty().bind(model.summaryProperty());
        Button add = new Button(Texts.get("requests.list.new"), new FontIcon("mdi2p-plus"));
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip(Texts.get("requests.list.newTip")));
        add.setOnAction(e -> onNew.run());
        Button importButton = new Button(Texts.get("requests.list.import"), new FontIcon("mdi2f-file-import-outline"));
        importButton.setOnAction(e -> onImport.run());
        Button exportButton = new Button(Texts.get("requests.list.export"), new FontIcon("mdi2f-file-excel-outline"));
        exportButton.setOnAction(e -> onExport.run());
        exportButton.disableProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, total, spacer, importButton, exportButton, add);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Integer> year = RequestControls.combo(y -> y == RequestListViewModel.ALL_YEARS
                ? Texts.get("requests.list.allYears") : Texts.get("requests.list.year", String.valueOf(y)), Texts.get("requests.list.allYears"));
        year.setItems(model.years());
        year.valueProperty().bindBidirectional(model.yearProperty());
        ComboBox<RequestStatus> status = RequestControls.combo(RequestStatus::label, Texts.get("requests.list.allStatuses"));
        status.getItems().add(null);
        status.getItems().addAll(RequestStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<ApplicantKind> kind = RequestControls.combo(ApplicantKind::displayLabel, Texts.get("requests.list.allApplicants"));
        kind.getItems().add(null);
        kind.getItems().addAll(ApplicantKind.values());
        kind.valueProperty().bindBidirectional(model.applicantKindProperty());
        ComboBox<ResultRow> result = RequestControls.combo(ResultRow::fullLabel, Texts.get("requests.list.allResults"));
        result.getItems().add(null);
        result.getItems().addAll(Arrays.asList(ResultRow.values()));
        result.valueProperty().bindBidirectional(model.resultProperty());
        result.setPrefWidth(220);
        TextField search = new TextField();
        search.setId("requestSearch");
        search.setPromptText(Texts.get("requests.list.searchPrompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        // Enter in the search opens the only match, else goes to the first line; Down goes to the table.
        search.setOnAction(e -> fromSearch(onOpen));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                e.consume();
                focusTable();
            }
        });
        Button clear = new Button(Texts.get("requests.list.clearFilters"), new FontIcon("mdi2f-filter-remove-outline"));
        clear.setOnAction(e -> model.clearFilters());
        search.setPrefColumnCount(16);
        FlowPane filters = WrappingRow.of(8, year, status, kind, result, search, clear);

        chips.setAlignment(Pos.CENTER_LEFT);
        model.counts().addListener((MapChangeListener<RequestStatus, Integer>) c -> showCounts());
        model.statusProperty().addListener((o, old, s) -> showCounts());
        model.rows().addListener((javafx.collections.ListChangeListener<RequestRow>) c -> showCounts());

        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        // A problem in red; "已导出" is not one.
        message.getStyleClass().add(model.failedProperty().get() ? "error-text" : "success-text");
        model.failedProperty().addListener((o, was, failed) -> message.getStyleClass().setAll("label", failed ? "error-text" : "success-text"));
        message.setWrapText(true);

        VBox top = new VBox(10, titleRow, chips, filters);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);
        buildTable(onOpen);
        // The request just saved: selected and scrolled to, in whichever year the list had to switch to.
        model.revealedProperty().addListener((o, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
        setCenter(table);
        setBottom(message);
    }

    private void showCounts() {
        chips.getChildren().clear();
        for (RequestStatus s : RequestStatus.values()) {
            Label chip = new Label(s.label() + " " + model.counts().getOrDefault(s, 0));
            chip.getStyleClass().addAll("badge", RequestControls.tone(s), "status-chip");
            if (s == model.statusProperty().get()) {
                chip.getStyleClass().add("selected");
            }
            chip.setTooltip(new Tooltip(Texts.get("requests.list.chipTip", s.label())));
            chip.setOnMouseClicked(e -> model.statusProperty().set(s == model.statusProperty().get() ? null : s));
            chips.getChildren().add(chip);
        }
    }

    private void buildTable(Consumer<RequestRow> onOpen) {
        table.getStyleClass().add("requests-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Texts.get("requests.list.empty")));
        // Every column stays in view at 1024 px (no sideways scrolling): each shrinks towards its minimum,
        // the content column keeps room to read, and the dates drop their year when the table is narrow.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<RequestRow, RequestRow> number = twoLines(Texts.get("requests.col.number"), 172, 172,
                RequestRow::regNumber, RequestRow::numberNote, "muted");
        TableColumn<RequestRow, RequestRow> status = new TableColumn<>(Texts.get("requests.col.status"));
        status.setPrefWidth(88);
        status.setMinWidth(88);
        status.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RequestRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : RequestControls.badge(row.status()));
            }
        });
        TableColumn<RequestRow, RequestRow> applicant = twoLines(Texts.get("requests.col.applicant"), 200, 110,
                RequestRow::applicant, RequestRow::applicantNote, "muted");
        TableColumn<RequestRow, RequestRow> content = twoLines(Texts.get("requests.col.content"), 300, 150,
                RequestRow::content, NO_NOTE, "muted");
        content.getStyleClass().add("primary-column");
        TableColumn<RequestRow, RequestRow> received = twoLines(Texts.get("requests.col.received"), 104, 56,
                r -> dates.text(r.receivedOn()), r -> "", "muted");
        TableColumn<RequestRow, RequestRow> due = twoLines(Texts.get("requests.col.due"), 112, 88,
                r -> r.dueOn() == null ? r.dueText() : dates.text(r.dueOn()), RequestRow::dueNote, "provisional");
        TableColumn<RequestRow, RequestRow> result = twoLines(Texts.get("requests.col.result"), 190, 100,
                RequestRow::result, RequestRow::noticeNote, "warning-text");
        table.getColumns().setAll(java.util.List.of(number, status, applicant, content, received, due, result));
        // The registration number and the status badge are read whole: they keep their width; the others give way.
        number.setMaxWidth(number.getMinWidth());
        status.setMaxWidth(status.getMinWidth());
        received.setMaxWidth(received.getPrefWidth());
        due.setMaxWidth(due.getPrefWidth());
        table.getColumns().forEach(col -> {
            col.setSortable(false);
            col.getStyleClass().add("key-column");
        });
        dates.follow(received, table, narrow -> {
            received.setText(Texts.get(narrow ? "requests.col.received.short" : "requests.col.received"));
            due.setText(Texts.get(narrow ? "requests.col.due.short" : "requests.col.due"));
        });

        table.setRowFactory(t -> {
            TableRow<RequestRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    /**
     * A cell with a main line and, when there is one, a small second line (kind and ID, 上年结转, 日历未更新).
     * A line cut short by a narrow column ends in …; the tooltip holds the whole text.
     */
    private static TableColumn<RequestRow, RequestRow> twoLines(String title, double width, double minWidth,
            Function<RequestRow, String> main, Function<RequestRow, String> note, String noteStyle) {
        TableColumn<RequestRow, RequestRow> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setMinWidth(minWidth);
        col.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RequestRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String first = main.apply(row);
                Label line = new Label(first);
                if (note == NO_NOTE) {
                    // A line with nothing under it (the content) wraps onto the row's second line before it is cut.
                    line.setWrapText(true);
                    line.setMaxHeight(2.6 * line.getFont().getSize() * 1.25);
                }
                VBox box = new VBox(1, line);
                box.setAlignment(Pos.CENTER_LEFT);
                String second = note.apply(row);
                if (!second.isEmpty()) {
                    Label small = new Label(second);
                    small.getStyleClass().addAll("request-kind", noteStyle);
                    box.getChildren().add(small);
                }
                setGraphic(box);
                String whole = second.isEmpty() ? first : first + "\n" + second;
                setTooltip(whole == null || whole.isBlank() ? null : new Tooltip(whole));
            }
        });
        return col;
    }

    private void fromSearch(Consumer<RequestRow> onOpen) {
        if (table.getItems().size() == 1) {
            onOpen.accept(table.getItems().get(0));
        } else if (!table.getItems().isEmpty()) {
            focusTable();
        }
    }

    private void focusTable() {
        if (table.getSelectionModel().getSelectedItem() == null) {
            table.getSelectionModel().select(0);
        }
        table.requestFocus();
    }

    TableView<RequestRow> table() {
        return table;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation.ui;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.disclosuredesk.consolidation.CountyTables;
import org.disclosuredesk.consolidation.OfficeKind;
import org.disclosuredesk.consolidation.OfficeStatus;
import org.disclosuredesk.report.format.ReportGrids;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.format.ReportTable;
import org.disclosuredesk.report.ui.ReportGridView;
import org.disclosuredesk.shared.ArchitectureException;
import org.disclosuredesk.ui.kit.Texts;

/**
 * 「全县汇总」: who has reported (drop packages anywhere on the screen), the county's tables with each
 * office's share of a cell, the reminder list and the figures for the county's own report text.
 */
@ArchitectureException("Uses the report feature's ReportGridView (another feature's ui) so the county tables look and behave "
        + "exactly like an office's own tables; the grid depends on report.format, so it cannot move to the ui kit, and a "
        + "copy would drift from the report's.")
public final class CountyScreen extends BorderPane {

    private final CountyViewModel model;
    private final Supplier<String> countyName;
    private final ReportGridView[] grids = new ReportGridView[ReportTable.values().length];
    private final VBox tables = new VBox(12);

    public static CountyScreen of(ConsolidationContext context) {
        return new CountyScreen(new CountyViewModel(context.consolidation(), context.exports(), context.packages(),
                context.executor()), context.organName());
    }

    public CountyScreen(CountyViewModel model, Supplier<String> countyName) {
        this.model = model;
        this.countyName = countyName;
        getStyleClass().add("county-screen");
        setPadding(new Insets(12));
        setTop(header());
        setCenter(tabs());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        setBottom(message);
        acceptDroppedFiles();
        model.countyProperty().addListener((o, a, county) -> showTables(county));
        model.refresh();
    }

    private VBox header() {
        Label title = new Label(Texts.get("county.title"));
        title.getStyleClass().add("title-3");
        ComboBox<Integer> year = new ComboBox<>();
        int now = LocalDate.now().getYear();
        IntStream.rangeClosed(now - 4, now).boxed().sorted((a, b) -> b - a).forEach(year.getItems()::add);
        year.setValue(model.yearProperty().get());
        year.valueProperty().addListener((o, a, y) -> {
            model.yearProperty().set(y);
            model.refresh();
        });
        CheckBox government = new CheckBox(Texts.get("county.includeGovernment"));
        government.selectedProperty().bindBidirectional(model.includeCountyGovernmentProperty());
        HBox first = new HBox(8, title, new Label(Texts.get("county.year")), year, government);
        first.setAlignment(Pos.CENTER_LEFT);
        Button receive = new Button(Texts.get("county.receive.files"));
        receive.setOnAction(e -> chooseFiles());
        Button folder = new Button(Texts.get("county.receive.folder"));
        folder.setOnAction(e -> chooseFolder());
        Button xlsx = new Button(Texts.get("county.export.xlsx"));
        xlsx.setOnAction(e -> saveAs("xlsx").ifPresent(model::exportWorkbook));
        Button pdf = new Button(Texts.get("county.export.pdf"));
        pdf.setOnAction(e -> saveAs("pdf").ifPresent(f -> model.exportPdf(countyName.get(), f)));
        Button own = new Button(Texts.get("county.package.export"));
        own.setTooltip(new javafx.scene.control.Tooltip(Texts.get("county.package.tip")));
        own.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Texts.get("county.package.export"));
            File dir = chooser.showDialog(getScene().getWindow());
            if (dir != null) {
                model.exportOwnPackage(dir.toPath());
            }
        });
        FlowPane actions = new FlowPane(8, 6, receive, folder, xlsx, pdf, own);
        List.of(receive, folder, xlsx, pdf, own).forEach(b -> b.disableProperty().bind(model.busyProperty()));
        VBox box = new VBox(8, first, actions);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private TabPane tabs() {
        TabPane tabs = new TabPane(
                new Tab(Texts.get("county.tab.status"), statusPane()),
                new Tab(Texts.get("county.tab.tables"), tablesPane()),
                new Tab(Texts.get("county.tab.reminders"), copyable(model.remindersProperty())),
                new Tab(Texts.get("county.tab.figures"), copyable(model.figuresProperty())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private VBox statusPane() {
        TableView<OfficeStatus> table = new TableView<>(model.offices());
        table.setPlaceholder(new Label(Texts.get("county.status.empty")));
        table.getColumns().add(column(Texts.get("county.col.office"), s -> s.name(), 200));
        table.getColumns().add(column(Texts.get("county.col.kind"), s -> s.kind().label(), 110));
        table.getColumns().add(column(Texts.get("county.col.situation"), OfficeStatus::situation, 260));
        table.getColumns().add(column(Texts.get("county.col.checks"), s -> String.join("；", s.failedChecks()), 300));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && s.hasSecondVersion()) {
                model.showDifferences(s);
            } else {
                model.differencesProperty().set("");
                model.alternativeProperty().set(null);
            }
        });
        TextField name = new TextField();
        name.setPromptText(Texts.get("county.offices.namePrompt"));
        ComboBox<OfficeKind> kind = new ComboBox<>();
        kind.getItems().setAll(OfficeKind.values());
        kind.setValue(OfficeKind.DEPARTMENT);
        kind.setCellFactory(l -> kindCell());
        kind.setButtonCell(kindCell());
        Button add = new Button(Texts.get("county.offices.add"));
        add.setDefaultButton(false);
        add.setOnAction(e -> {
            model.addOffice(name.getText(), kind.getValue());
            name.clear();
        });
        name.setOnAction(add.getOnAction());
        Button importList = new Button(Texts.get("county.offices.import"));
        importList.setOnAction(e -> importList());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox addRow = new HBox(8, name, kind, add, importList);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label differences = new Label();
        differences.setWrapText(true);
        differences.textProperty().bind(model.differencesProperty());
        Button choose = new Button(Texts.get("county.versions.choose"));
        choose.visibleProperty().bind(model.alternativeProperty().isNotNull());
        choose.managedProperty().bind(choose.visibleProperty());
        choose.setOnAction(e -> model.choose(model.alternativeProperty().get()));
        VBox box = new VBox(8, table, addRow, differences, choose);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static ListCell<OfficeKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OfficeKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }

    private static TableColumn<OfficeStatus, String> column(String title, java.util.function.Function<OfficeStatus, String> value,
                                                            double width) {
        TableColumn<OfficeStatus, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private SplitPane tablesPane() {
        for (ReportTable t : ReportTable.values()) {
            grids[t.ordinal()] = new ReportGridView(model::select);
        }
        ScrollPane scroll = new ScrollPane(tables);
        scroll.setFitToWidth(true);
        ListView<CountyTables.Share> shares = new ListView<>(model.breakdown());
        shares.getStyleClass().add("county-shares");
        shares.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CountyTables.Share item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.organ() + "：" + item.value());
            }
        });
        Label shareTitle = new Label();
        shareTitle.setWrapText(true);
        // A wrapping label in a VBox keeps one line unless it may grow to its wrapped height.
        shareTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        shareTitle.textProperty().bind(model.breakdownTitleProperty());
        VBox.setVgrow(shares, Priority.ALWAYS);
        VBox side = new VBox(6, shareTitle, shares);
        side.setPadding(new Insets(0, 0, 0, 8));
        side.setMinWidth(170);
        SplitPane split = new SplitPane(scroll, side);
        // The tables need the room at 1024 px; the shares are short lines.
        split.setDividerPositions(0.8);
        return split;
    }

    private void showTables(CountyTables county) {
        tables.getChildren().clear();
        if (county == null) {
            return;
        }
        Label note = new Label(Texts.get("county.tables.note", county.offices().size()));
        note.setWrapText(true);
        tables.getChildren().add(note);
        for (ReportSection section : county.total().format().sections()) {
            ReportTable.of(section).ifPresent(t -> {
                Label heading = new Label(section.title());
                heading.getStyleClass().add("title-4");
                grids[t.ordinal()].show(ReportGrids.of(t, county.total().format(), county.total()::value));
                tables.getChildren().addAll(heading, grids[t.ordinal()]);
            });
        }
    }

    private VBox copyable(javafx.beans.property.StringProperty text) {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.textProperty().bind(text);
        VBox.setVgrow(area, Priority.ALWAYS);
        Button copy = new Button(Texts.get("county.copy"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text.get());
            Clipboard.getSystemClipboard().setContent(c);
        });
        copy.disableProperty().bind(Bindings.createBooleanBinding(() -> text.get() == null || text.get().isBlank(), text));
        VBox box = new VBox(8, area, copy);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.receive(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("county.receive.files"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("county.receive.filter"), "*.zip"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            model.receive(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("county.receive.folder"));
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            model.receive(List.of(dir.toPath()));
        }
    }

    private void importList() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("county.offices.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("county.offices.filter"), "*.txt", "*.csv"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            try {
                model.importOffices(java.nio.file.Files.readAllLines(file.toPath(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException | java.io.UncheckedIOException ex) {
                model.messageProperty().set(Texts.get("county.offices.unreadable", file.getName()));
            }
        }
    }

    private java.util.Optional<java.nio.file.Path> saveAs(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("pdf".equals(extension) ? Texts.get("county.export.pdf") : Texts.get("county.export.xlsx"));
        chooser.setInitialFileName(countyName.get() + model.yearProperty().get() + "年度全县汇总表." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        File file = chooser.showSaveDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import org.kordamp.ikonli.javafx.FontIcon;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.disclosuredesk.ui.kit.Shortcuts;
import org.disclosuredesk.ui.kit.audit.AuditHistoryDialog;
import org.disclosuredesk.report.Evidence;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.report.export.ReportFileType;
import org.disclosuredesk.report.format.ReportGrids;
import org.disclosuredesk.report.format.ReportTable;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.print.PrintPreview;
import org.disclosuredesk.ui.kit.Dialogs;
import org.disclosuredesk.ui.kit.WrappingRow;

/**
 * 年度报告: the year's tables live from the ledgers (click a figure to see the records behind it), the
 * check results (each opens its cause), the narrative editor with 「生成初稿」, charts, and export to PDF
 * or Word with progress, then 打开报告 / 打开所在文件夹. A final export locks the year.
 */
public final class ReportScreen extends BorderPane {

    private final ReportViewModel model;
    private final NarrativeViewModel narrative;
    private final ExportViewModel export;
    private final ReportGridView[] grids = new ReportGridView[ReportTable.values().length];
    private final ListView<Evidence> evidence = new ListView<>();
    private final FindingsView findings;
    private final NarrativeEditor editor;
    private final ReportCharts charts = new ReportCharts();
    private final TabPane tabs = new TabPane();
    private final Tab tablesTab = new Tab(Texts.get("report.tab.tables"));
    private final Tab checksTab = new Tab(Texts.get("report.tab.checks"));
    private final Tab narrativeTab = new Tab(Texts.get("report.tab.narrative"));
    private final Tab chartsTab = new Tab(Texts.get("report.tab.charts"));
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Label format = new Label();
    private final Label checkBadge = new Label();
    private final Label lockState = new Label();
    private final Button unlock = new Button(Texts.get("report.lock.unlock"), new FontIcon("mdi2l-lock-open-variant-outline"));
    private Path lastFolder = Path.of(System.getProperty("user.home"));
    private boolean revertingYear;
    private final ReportContext context;

    private final javafx.scene.control.Button history;

    public ReportScreen(ReportContext context) {
        TaskExecutor executor = context.executor();
        model = new ReportViewModel(context.report(), executor, context.clock());
        history = new AuditHistoryDialog(context.audit(), executor).button("report_draft",
                () -> model.yearProperty().get() == null ? null : model.yearProperty().get().longValue(),
                () -> Texts.get("report.history.what", String.valueOf(model.yearProperty().get())));
        narrative = new NarrativeViewModel(context.report(), executor, model::refresh);
        export = new ExportViewModel(context.reportExporter(), context.report(), executor, model::refresh, context.opener());
        this.context = context;
        findings = new FindingsView(this::open);
        editor = new NarrativeEditor(narrative);
        getStyleClass().add("screen");
        getStylesheets().add(ReportScreen.class.getResource("/css/report.css").toExternalForm());
        setPadding(new Insets(20, 24, 12, 24));
        setTop(header());
        tablesTab.setContent(tables());
        checksTab.setContent(findings);
        narrativeTab.setContent(editor);
        chartsTab.setContent(charts);
        tabs.getTabs().addAll(tablesTab, checksTab, narrativeTab, chartsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane.setMargin(tabs, new Insets(12, 0, 8, 0));
        setCenter(tabs);
        setBottom(exportBar());

        model.loadedProperty().addListener((o, old, loaded) -> {
            if (loaded != null) {
                show(loaded, old == null || old.report().year() != loaded.report().year());
            }
        });
        model.highlighted().addListener((javafx.collections.ListChangeListener<Object>) c -> mark());
        model.selectedCellProperty().addListener((o, a, b) -> mark());
        export.pendingConfirmationProperty().addListener((o, a, c) -> {
            if (c != null) {
                confirmWarnings(c);
            }
        });
        setOnKeyPressed(e -> {
            if (Shortcuts.SAVE.match(e)) {
                narrative.save();
                e.consume();
            } else if (Shortcuts.REFRESH.match(e)) {
                model.refresh();
                e.consume();
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && old == null) {
                model.loadYears();
            }
        });
    }

    private FlowPane header() {
        Label title = new Label(Texts.get("report.title"));
        title.getStyleClass().add("screen-title");
        Label yearLabel = new Label(Texts.get("report.year"));
        yearLabel.setLabelFor(year);
        year.setItems(model.years());
        year.setButtonCell(yearCell());
        year.setCellFactory(v -> yearCell());
        year.valueProperty().addListener((o, old, y) -> changeYear(old, y));
        model.yearProperty().addListener((o, old, y) -> year.setValue(y));
        Button refresh = new Button(Texts.get("report.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setTooltip(new Tooltip(Texts.get("report.refreshTip")));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.busyProperty());
        format.getStyleClass().add("muted");
        checkBadge.getStyleClass().add("badge");
        checkBadge.setOnMouseClicked(e -> tabs.getSelectionModel().select(checksTab));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.setMaxWidth(520);
        // On a 1024-pixel screen the format and the check state go to a second line, never to "…".
        return WrappingRow.of(12, title, yearLabel, year, refresh, format, checkBadge, message);
    }

    private static ListCell<Integer> yearCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty || y == null ? null : Texts.get("report.yearItem", String.valueOf(y)));
            }
        };
    }

    private SplitPane tables() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        for (ReportTable table : ReportTable.values()) {
            ReportGridView view = new ReportGridView(model::select);
            grids[table.ordinal()] = view;
            Label heading = new Label(table.section().title());
            heading.getStyleClass().add("section-title");
            box.getChildren().addAll(heading, view);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Label evidenceTitle = new Label(Texts.get("report.evidence.empty"));
        evidenceTitle.setWrapText(true);
        evidenceTitle.getStyleClass().add("section-title");
        model.evidenceTitleProperty().addListener((o, a, t) -> evidenceTitle.setText(t));
        evidence.setItems(model.evidence());
        evidence.setPlaceholder(new Label(Texts.get("report.evidence.none")));
        evidence.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.reference() + "　" + item.date() + "\n" + item.title() + "\n" + item.detail());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox side = new VBox(8, evidenceTitle, evidence);
        side.setPadding(new Insets(12));
        VBox.setVgrow(evidence, Priority.ALWAYS);
        SplitPane split = new SplitPane(scroll, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.70);
        return split;
    }

    /** 打印…: the PDF that 导出 PDF would write, in a preview; the 落款 box applies as to the export. */
    private void printReport() {
        int y = model.yearProperty().get();
        boolean withSignature = export.signedProperty().get();
        PrintPreview.open(getScene().getWindow(), Texts.get("print.reportTitle", y),
                () -> context.reportExporter().printable(y, withSignature), context.executor());
    }

    private HBox exportBar() {
        Button pdf = new Button(Texts.get("report.export.pdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setOnAction(e -> chooseAndExport(ReportFileType.PDF));
        Button docx = new Button(Texts.get("report.export.docx"), new FontIcon("mdi2f-file-word-box"));
        docx.setOnAction(e -> chooseAndExport(ReportFileType.DOCX));
        pdf.disableProperty().bind(export.runningProperty().or(model.busyProperty()));
        docx.disableProperty().bind(pdf.disableProperty());
        // Icon and tooltip only: at 1024 px the bar has no room for one more worded button.
        Button print = new Button(null, new FontIcon("mdi2p-printer"));
        print.setTooltip(new Tooltip(Texts.get("print.report")));
        print.setAccessibleText(Texts.get("print.report"));
        print.setId("printReport");
        print.setOnAction(e -> printReport());
        print.disableProperty().bind(pdf.disableProperty().or(model.yearProperty().isNull()));
        CheckBox finalExport = new CheckBox(Texts.get("report.export.final"));
        finalExport.setTooltip(new Tooltip(Texts.get("report.export.finalTip")));
        finalExport.selectedProperty().bindBidirectional(export.finalExportProperty());
        CheckBox signed = new CheckBox(Texts.get("report.export.signed"));
        signed.setTooltip(new Tooltip(Texts.get("report.export.signedTip")));
        signed.selectedProperty().bindBidirectional(export.signedProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(export.progressProperty());
        progress.visibleProperty().bind(export.runningProperty());
        progress.setPrefWidth(140);
        Label status = new Label();
        status.textProperty().bind(export.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(520);
        export.failedProperty().addListener((o, a, failed) -> status.getStyleClass().setAll(failed ? "error-text" : "label"));
        Button openFile = new Button(Texts.get("report.export.open"), new FontIcon("mdi2f-file-eye-outline"));
        openFile.setOnAction(e -> openSafely(export::openLastFile));
        Button openFolder = new Button(Texts.get("report.export.openFolder"), new FontIcon("mdi2f-folder-open-outline"));
        openFolder.setOnAction(e -> openSafely(export::showLastFileInFolder));
        openFile.visibleProperty().bind(export.lastFileProperty().isNotNull());
        openFolder.visibleProperty().bind(export.lastFileProperty().isNotNull());
        openFile.managedProperty().bind(openFile.visibleProperty());
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        lockState.getStyleClass().add("muted");
        unlock.setOnAction(e -> askUnlock());
        unlock.managedProperty().bind(unlock.visibleProperty());
        unlock.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, pdf, docx, print, signed, finalExport, progress, status, openFile, openFolder, spacer, lockState, unlock, history);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("rg-export-bar");
        return bar;
    }

    private void show(ReportViewModel.Loaded loaded, boolean yearChanged) {
        Report r = loaded.report();
        for (ReportTable table : ReportTable.values()) {
            grids[table.ordinal()].show(ReportGrids.of(table, r.format(), r.tables()::value));
        }
        mark();
        findings.show(r);
        charts.show(loaded);
        format.setText(Texts.get("report.format", r.format().notice()));
        checkBadge.setText(FindingsView.badge(r));
        checkBadge.getStyleClass().removeAll("ok", "warning", "danger");
        checkBadge.getStyleClass().add(!r.exportable() ? "danger" : r.warnings().isEmpty() ? "ok" : "warning");
        if (yearChanged || !narrative.isDirty()) {
            narrative.load(r.year(), r.narrative(), r.state().locked());
        }
        if (r.state().locked()) {
            lockState.setText(Texts.get("report.lock.locked", r.state().finalExportedAt() == null ? "" : r.state().finalExportedAt().replace('T', ' ')));
        } else if (r.state().needsReexport()) {
            lockState.setText(Texts.get("report.lock.needsReexport"));
        } else {
            lockState.setText("");
        }
        unlock.setVisible(r.state().locked());
    }

    private void mark() {
        for (ReportGridView g : grids) {
            if (g != null) {
                g.mark(model.highlighted(), model.selectedCellProperty().get());
            }
        }
    }

    /** A check result opens its cause: the cells in the tables, or the words in the narrative. */
    private void open(Finding f) {
        if (f.narrativeSection().isPresent() && f.start() >= 0) {
            tabs.getSelectionModel().select(narrativeTab);
            editor.reveal(f.section(), f.start(), f.end());
        } else if (!f.cells().isEmpty()) {
            tabs.getSelectionModel().select(tablesTab);
            model.highlight(f.cells());
            ReportGridView g = grids[f.cells().get(0).table().ordinal()];
            Optional.ofNullable(g.figureButton(f.cells().get(0))).ifPresent(Button::requestFocus);
        } else if (f.narrativeSection().isPresent()) {
            tabs.getSelectionModel().select(narrativeTab);
            editor.reveal(f.section(), f.start(), f.end());
        }
    }

    private void changeYear(Integer old, Integer y) {
        if (revertingYear || y == null || y.equals(model.yearProperty().get())) {
            return;
        }
        if (narrative.isDirty()) {
            if (!Dialogs.accepted(Dialogs.confirm(Texts.get("report.narrative.discard"), Texts.get("report.narrative.discardYes")))) {
                revertingYear = true;
                year.setValue(old);
                revertingYear = false;
                return;
            }
        }
        model.yearProperty().set(y);
    }

    private void chooseAndExport(ReportFileType type) {
        Report r = model.report();
        if (r == null) {
            return;
        }
        if (export.finalExportProperty().get()) {
            if (!Dialogs.accepted(Dialogs.confirm(Texts.get("report.export.finalConfirm", r.year()), Texts.get("report.export.finalYes")))) {
                return;
            }
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("report.export.chooseTitle", type.label()));
        chooser.setInitialFileName(r.title() + type.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.label(), "*" + type.extension()));
        if (lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            lastFolder = file.toPath().toAbsolutePath().getParent();
            export.export(r.year(), type, file.toPath());
        }
    }

    /** The export confirmation listing the check's warnings (the dialog that once showed boxes and "Cancel"). */
    public static Alert warningsDialog(String warnings) {
        TextArea list = new TextArea(warnings);
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(10);
        return Dialogs.warning(Texts.get("report.export.confirmHeader"), list, Texts.get("report.export.confirmYes"));
    }

    private void confirmWarnings(ExportViewModel.Confirmation c) {
        if (Dialogs.accepted(warningsDialog(c.warnings()))) {
            export.confirm();
        } else {
            export.cancelConfirmation();
        }
    }

    private void askUnlock() {
        Report r = model.report();
        if (r == null) {
            return;
        }
        Dialogs.askText(Texts.get("report.lock.unlockTitle", r.year()), Texts.get("report.lock.unlockHeader", r.year()),
                Texts.get("report.lock.reason"), Texts.get("report.lock.unlock")).showAndWait().ifPresent(reason -> export.unlock(r.year(), reason));
    }

    private void openSafely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Dialogs.problem(UserMessages.of(e)).showAndWait();
        }
    }

    ReportViewModel model() {
        return model;
    }

    ReportGridView grid(ReportTable table) {
        return grids[table.ordinal()];
    }
}

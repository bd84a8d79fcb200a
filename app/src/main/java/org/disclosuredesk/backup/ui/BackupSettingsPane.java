// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** 设置 → 备份与恢复: back up now to a chosen folder, the list of backups, restore one. */
public final class BackupSettingsPane extends BorderPane {

    /** Another office's backup stands out in the list (theme: {@code .table-row-cell:other-office}). */
    private static final PseudoClass OTHER_OFFICE = PseudoClass.getPseudoClass("other-office");

    private final BackupSettingsViewModel model;
    private final TableView<BackupRow> table = new TableView<>();

    public BackupSettingsPane(BackupContext context) {
        TaskExecutor executor = context.executor();
        this.model = new BackupSettingsViewModel(context.backups(), context.settings(), executor);
        setPadding(new Insets(16));

        Label explanation = new Label(Texts.get("backup.explanation"));
        explanation.setWrapText(true);
        TextField folder = new TextField(model.backupFolder());
        folder.setEditable(false);
        folder.setFocusTraversable(false);
        folder.setId("backupFolder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label folderCaption = new Label(Texts.get("backup.folder"));
        folderCaption.setLabelFor(folder);
        HBox folderRow = new HBox(8, folderCaption, folder);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        Button backupNow = new Button(Texts.get("backup.now"), new FontIcon("mdi2d-database-export-outline"));
        backupNow.setId("backupNow");
        backupNow.setTooltip(new Tooltip(Texts.get("backup.now.tooltip")));
        backupNow.disableProperty().bind(model.busyProperty());
        backupNow.setOnAction(e -> chooseFolder().ifPresent(model::backupNow));
        Button refresh = new Button(Texts.get("backup.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> model.load());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, backupNow, refresh, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, explanation, folderRow, actions);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        buildTable();
        setCenter(table);

        Button restoreSelected = new Button(Texts.get("backup.restore.selected"), new FontIcon("mdi2b-backup-restore"));
        restoreSelected.setId("restoreSelected");
        restoreSelected.disableProperty().bind(model.canRestoreSelectedProperty().not());
        restoreSelected.setOnAction(e -> confirmAndRestore(model.selectedProperty().get().path()));
        Button restoreOther = new Button(Texts.get("backup.restore.other"), new FontIcon("mdi2f-folder-open-outline"));
        restoreOther.disableProperty().bind(model.busyProperty());
        restoreOther.setOnAction(e -> chooseBackupFile().ifPresent(this::confirmAndRestore));
        Label hint = new Label();
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(model.restoreHintProperty());
        Label message = new Label();
        message.setId("backupMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox restoreRow = new HBox(10, restoreSelected, restoreOther, hint);
        restoreRow.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(8, restoreRow, message);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        setBottom(bottom);

        model.load();
    }

    private void buildTable() {
        table.setId("backupTable");
        table.setItems(model.backups());
        table.setPlaceholder(new Label(Texts.get("backup.list.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(Texts.get("backup.column.takenAt"), BackupRow::takenAt, 130));
        table.getColumns().add(column(Texts.get("backup.column.kind"), BackupRow::kind, 90));
        table.getColumns().add(number(column(Texts.get("backup.column.requests"), r -> String.valueOf(r.requests()), 70)));
        table.getColumns().add(number(column(Texts.get("backup.column.documents"), r -> String.valueOf(r.documents()), 90)));
        table.getColumns().add(number(column(Texts.get("backup.column.tasks"), r -> String.valueOf(r.tasks()), 70)));
        table.getColumns().add(number(column(Texts.get("backup.column.size"), BackupRow::size, 70)));
        table.getColumns().add(column(Texts.get("backup.column.status"), BackupRow::status, 80));
        table.getColumns().add(column(Texts.get("backup.column.office"), BackupRow::office, 150));
        table.getColumns().add(column(Texts.get("backup.column.file"), BackupRow::fileName, 260));
        table.setRowFactory(t -> {
            TableRow<BackupRow> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, item) -> {
                // At 1024 px the 单位 column is cut short: the tooltip names the other office in full.
                row.setTooltip(item == null ? null
                        : new Tooltip(item.otherOffice() ? item.office() + "\n" + item.path() : item.path().toString()));
                row.pseudoClassStateChanged(OTHER_OFFICE, item != null && item.otherOffice());
            });
            return row;
        });
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
    }

    private static TableColumn<BackupRow, String> column(String title, Function<BackupRow, String> value, double width) {
        TableColumn<BackupRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<BackupRow, String> number(TableColumn<BackupRow, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private void confirmAndRestore(Path file) {
        model.checkOffice(file, office -> {
            javafx.stage.Window owner = getScene() == null ? null : getScene().getWindow();
            if (!RestoreConfirmation.ask(owner, model.restoreQuestion(file))) {
                return;
            }
            if (office.other() && !RestoreConfirmation.askOtherOffice(owner, model.otherOfficeQuestion(office))) {
                return;
            }
            model.restore(file, office.other());
        });
    }

    private java.util.Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("backup.now.chooseFolder"));
        File initial = new File(model.lastFolderProperty().get());
        if (initial.isDirectory()) {
            chooser.setInitialDirectory(initial);
        }
        return java.util.Optional.ofNullable(chooser.showDialog(getScene().getWindow())).map(File::toPath);
    }

    private java.util.Optional<Path> chooseBackupFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("backup.restore.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("backup.restore.fileFilter"), "*.db"));
        File initial = new File(model.lastFolderProperty().get());
        chooser.setInitialDirectory(initial.isDirectory() ? initial : new File(model.backupFolder()).isDirectory() ? new File(model.backupFolder()) : null);
        return java.util.Optional.ofNullable(chooser.showOpenDialog(getScene().getWindow())).map(File::toPath);
    }
}

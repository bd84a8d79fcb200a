// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosuredesk.ui.kit.Shortcuts;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.shared.BackgroundTask;
import org.kordamp.ikonli.javafx.FontIcon;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.disclosuredesk.ui.kit.audit.AuditHistoryDialog;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.Attachment;
import org.disclosuredesk.register.DocumentFlags;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.TableTwoMeasure;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.Theme;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.WrappingRow;

/**
 * 主动公开台账: the year's table-二 figures on top (each a link to its documents), filters and the
 * search box, the register list, and the detail panel. Ctrl+N new entry, Ctrl+F search, Enter opens.
 */
public final class RegisterScreen extends BorderPane {

    static final String STYLESHEET = "/css/register.css";

    private final RegisterContext context;
    private final TaskExecutor executor;
    private final RegisterViewModel list;
    private final DocumentFormViewModel form;
    private final RegisterFilesViewModel files;
    private final ColumnChoiceViewModel columns;
    private final RegisterTable table;
    private final DocumentFormView formView;
    private final TextField search = new TextField();
    private final SplitPane split;
    private final Label exportMessage = new Label();
    private final KeyCombination newKey = Shortcuts.NEW;
    private final KeyCombination findKey = Shortcuts.FIND;

    public RegisterScreen(RegisterContext context) {
        this.context = context;
        this.executor = context.executor();
        this.list = new RegisterViewModel(context.register(), executor);
        this.form = new DocumentFormViewModel(context.register(), executor);
        this.files = new RegisterFilesViewModel(context.registerExporter(), context.opener(), executor);
        this.columns = new ColumnChoiceViewModel(context.settings(), executor);
        getStyleClass().addAll("screen", "register-screen");
        getStylesheets().add(RegisterScreen.class.getResource(STYLESHEET).toExternalForm());

        TableTwoStrip strip = new TableTwoStrip(list::showFigure, this::editStatistics);
        list.figuresProperty().addListener((obs, old, f) -> strip.show(f));
        table = new RegisterTable(list, this::open);
        Button history = new AuditHistoryDialog(context.audit(), executor).button(RegisterService.ENTITY, form.idProperty()::get,
                () -> form.docNumberProperty().get() == null || form.docNumberProperty().get().isBlank()
                        ? form.titleProperty().get() : form.docNumberProperty().get());
        history.disableProperty().bind(form.idProperty().isNull());
        formView = new DocumentFormView(form, formActions(), history,
                new SourceRequestsPane(new SourceRequestsViewModel(context.sourceRequests(), executor, form.idProperty())));
        form.setOnSaved(this::saved);
        list.revealedProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                table.getSelectionModel().select(entry);
                table.scrollTo(entry);
            }
        });
        form.setOnDeleted(list::refresh);

        // The document's panel stands beside the figures, the filters and the table, from under the header to
        // the status line: at 1024×700 beside the table alone it had room for three fields before it scrolled.
        VBox listSide = new VBox(strip, filters(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        split = new SplitPane(listSide);
        form.openProperty().addListener((obs, was, open) -> showForm(open));
        form.shownProperty().addListener((obs, was, n) -> formView.focusFirstField());
        setTop(header());
        setCenter(split);
        setBottom(statusBar());
        rememberColumns();
        sceneProperty().addListener((obs, old, scene) -> attached(old, scene));
    }

    /** Ctrl+N and Ctrl+F work while the screen is shown, and belong to no other screen. */
    private void attached(Scene old, Scene scene) {
        if (old != null) {
            old.getAccelerators().remove(newKey);
            old.getAccelerators().remove(findKey);
        }
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(newKey, this::newDocument);
        scene.getAccelerators().put(findKey, () -> {
            search.requestFocus();
            search.selectAll();
        });
        // Deadlines follow the calendar and the 解读 setting, which other screens change.
        list.refreshDeadlines();
    }

    private HBox header() {
        Label title = new Label(Texts.get("register.title"));
        title.getStyleClass().add("screen-title");
        ComboBox<Integer> year = new ComboBox<>();
        int thisYear = list.thisYear();
        year.getItems().add(null);
        for (int y = thisYear; y >= thisYear - 9; y--) {
            year.getItems().add(y);
        }
        year.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? Texts.get("register.filter.allYears") : Texts.get("register.filter.year", String.valueOf(y));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        year.valueProperty().bindBidirectional(list.yearProperty());
        // A document saved for a year outside the last ten switches the list there: the choice must exist.
        list.yearProperty().addListener((obs, old, y) -> {
            if (y != null && !year.getItems().contains(y)) {
                year.getItems().add(y);
            }
        });
        year.setTooltip(new Tooltip(Texts.get("register.filter.year.hint")));
        Button add = new Button(Texts.get("register.new"), new FontIcon("mdi2p-plus"));
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip(Texts.get("register.new.hint")));
        add.setOnAction(e -> newDocument());
        Button importButton = new Button(Texts.get("register.import"), new FontIcon("mdi2f-file-import-outline"));
        importButton.setOnAction(e -> importLedger());
        Button export = new Button(Texts.get("register.export"), new FontIcon("mdi2f-file-export-outline"));
        export.setTooltip(new Tooltip(Texts.get("register.export.hint")));
        export.setOnAction(e -> export());
        HBox header = new HBox(10, title, year, spacer(), add, importButton, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 20, 10, 20));
        return header;
    }

    private VBox filters() {
        search.setPromptText(Texts.get("register.search.hint"));
        search.setId("register-search");
        search.textProperty().bindBidirectional(list.searchTextProperty());
        search.setPrefColumnCount(24);
        search.setMinWidth(220);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnAction(e -> table.focusFirstRow());
        ComboBox<DocType> docType = Choices.of(DocType.values(), DocType::label, Texts.get("register.filter.allTypes"));
        docType.valueProperty().bindBidirectional(list.docTypeProperty());
        ComboBox<Validity> validity = Choices.of(Validity.values(), Validity::label, Texts.get("register.filter.allValidity"));
        validity.valueProperty().bindBidirectional(list.validityProperty());
        ComboBox<DisclosureAttribute> attribute = Choices.of(DisclosureAttribute.values(), DisclosureAttribute::label,
                Texts.get("register.filter.allAttributes"));
        attribute.valueProperty().bindBidirectional(list.attributeProperty());
        ToggleButton late = new ToggleButton(DocumentFlags.LATE, new FontIcon("mdi2c-clock-alert-outline"));
        late.selectedProperty().bindBidirectional(list.lateOnlyProperty());
        late.setTooltip(new Tooltip(Texts.get("register.filter.late.hint")));
        ToggleButton noInterpretation = new ToggleButton(DocumentFlags.NO_INTERPRETATION, new FontIcon("mdi2c-comment-alert-outline"));
        noInterpretation.selectedProperty().bindBidirectional(list.missingInterpretationOnlyProperty());
        noInterpretation.setTooltip(new Tooltip(Texts.get("register.filter.noInterpretation.hint")));
        Button clear = new Button(Texts.get("register.filter.clear"), new FontIcon("mdi2f-filter-remove-outline"));
        clear.setOnAction(e -> list.clearFilters());
        FontIcon glass = new FontIcon("mdi2m-magnify");
        search.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane row = WrappingRow.of(8, glass, search, docType, validity, attribute, late, noInterpretation, clear);
        row.setPadding(new Insets(10, 20, 8, 20));

        Label figure = new Label();
        figure.getStyleClass().add("figure-filter");
        figure.textProperty().bind(Bindings.createStringBinding(() -> figureText(), list.measureProperty(), list.docTypeProperty(),
                list.yearProperty()));
        Button back = new Button(Texts.get("register.figure.back"), new FontIcon("mdi2a-arrow-left"));
        back.getStyleClass().add("small");
        back.setOnAction(e -> list.measureProperty().set(null));
        HBox figureRow = new HBox(8, figure, back);
        figureRow.setAlignment(Pos.CENTER_LEFT);
        figureRow.setPadding(new Insets(0, 20, 8, 20));
        figureRow.visibleProperty().bind(list.measureProperty().isNotNull());
        figureRow.managedProperty().bind(figureRow.visibleProperty());
        return new VBox(row, figureRow);
    }

    private String figureText() {
        TableTwoMeasure m = list.measureProperty().get();
        if (m == null) {
            return "";
        }
        DocType type = list.docTypeProperty().get();
        return Texts.get("register.figure.showing", String.valueOf(list.yearProperty().get()), type == null ? "" : type.label(), m.label());
    }

    private HBox statusBar() {
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int total = list.totalProperty().get();
            int shown = list.rows().size();
            return total < 0 ? Texts.get("register.status.counting", shown) : Texts.get("register.status.count", total, shown);
        }, list.totalProperty(), list.rows()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(list.busyProperty());
        Label message = new Label();
        message.textProperty().bind(list.messageProperty());
        message.getStyleClass().add("error-text");
        exportMessage.textProperty().bind(files.messageProperty());
        exportMessage.getStyleClass().add("muted");
        HBox bar = new HBox(10, count, busy, message, spacer(), exportMessage);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 20, 8, 20));
        bar.getStyleClass().add("register-status");
        return bar;
    }

    private void showForm(boolean open) {
        if (open && !split.getItems().contains(formView)) {
            split.getItems().add(formView);
            split.setDividerPositions(0.62);
        } else if (!open) {
            split.getItems().remove(formView);
            table.requestFocus();
        }
    }

    private void newDocument() {
        Integer year = list.yearProperty().get();
        form.newDocument(year == null ? list.thisYear() : year);
    }

    private void open(RegisterEntry entry) {
        form.load(entry.id());
    }

    private void saved(RegisterEntry entry) {
        if (list.saved(entry)) {
            table.getItems().stream().filter(e -> e.id() == entry.id()).findFirst().ifPresent(e -> table.getSelectionModel().select(e));
        }
    }

    private DocumentFormView.Actions formActions() {
        return new DocumentFormView.Actions() {
            @Override
            public void abolish() {
                AbolishDialog dialog = new AbolishDialog(form);
                styled(dialog.getDialogPane());
                dialog.showAndWait();
            }

            @Override
            public void chooseReplacement() {
                link(LinkDocumentDialog.Purpose.REPLACEMENT).ifPresent(form::chooseReplacement);
            }

            @Override
            public void chooseInterpretation() {
                link(LinkDocumentDialog.Purpose.INTERPRETATION).ifPresent(form::chooseInterpretation);
            }

            private java.util.Optional<org.disclosuredesk.register.DocumentRef> link(LinkDocumentDialog.Purpose purpose) {
                LinkDocumentDialog dialog = new LinkDocumentDialog(form, purpose);
                styled(dialog.getDialogPane());
                return dialog.showAndWait();
            }

            @Override
            public void delete() {
                ButtonType yes = new ButtonType(Texts.get("register.delete.confirm"), ButtonBar.ButtonData.OK_DONE);
                ButtonType no = new ButtonType(Texts.get("register.delete.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("register.delete.question", form.title()), yes, no);
                alert.setHeaderText(Texts.get("register.delete.header"));
                styled(alert.getDialogPane());
                alert.showAndWait().filter(b -> b == yes).ifPresent(b -> form.delete());
            }

            @Override
            public void attach() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Texts.get("register.form.attach"));
                File f = chooser.showOpenDialog(getScene().getWindow());
                if (f != null) {
                    form.addAttachment(f.toPath());
                }
            }

            @Override
            public void open(Attachment a) {
                files.openAttachment(form.attachmentFile(a));
            }
        };
    }

    private void editStatistics() {
        Integer year = list.yearProperty().get();
        int y = year == null ? list.thisYear() : year;
        YearlyStatisticsDialog dialog = new YearlyStatisticsDialog(
                new YearlyStatisticsViewModel(context.yearlyStatistics(), executor, y), list::refresh);
        styled(dialog.getDialogPane());
        dialog.showAndWait();
    }

    private void importLedger() {
        RegisterImportDialog dialog = new RegisterImportDialog(new RegisterImportViewModel(context.registerImporter(), executor),
                list::refresh);
        styled(dialog.getDialogPane());
        dialog.showAndWait();
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("register.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        Integer year = list.yearProperty().get();
        chooser.setInitialFileName(Texts.get("register.export.fileName", year == null ? "" : String.valueOf(year)));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f == null) {
            return;
        }
        files.export(list.query(), f.toPath());
    }

    /** The column chooser's choice is kept between sessions. */
    private void rememberColumns() {
        columns.load(hidden -> {
            table.hideColumns(hidden.orElse(RegisterTable.HIDDEN_AT_FIRST));
            table.getColumns().forEach(c -> c.visibleProperty().addListener((obs, was, now) -> columns.save(table.hiddenColumns())));
        });
    }

    private static void styled(javafx.scene.control.DialogPane pane) {
        Theme.style(pane);
        pane.getStylesheets().add(RegisterScreen.class.getResource(STYLESHEET).toExternalForm());
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    RegisterViewModel listModel() {
        return list;
    }

    DocumentFormViewModel formModel() {
        return form;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.io.File;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.scene.control.Button;
import org.disclosuredesk.ui.kit.Shortcuts;
import org.disclosuredesk.ui.kit.audit.AuditHistoryDialog;
import org.disclosuredesk.requests.notices.ui.NoticesDialog;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.Texts;
import org.disclosuredesk.ui.kit.print.PrintPreview;
import org.kordamp.ikonli.javafx.FontIcon;
import org.disclosuredesk.ui.kit.Dialogs;
/**
 * 依申请公开: the list, one request's detail, and the import, one at a time. Ctrl+N registers a new
 * application from anywhere on the screen; Esc goes back to the list.
 */
public final class RequestsScreen extends BorderPane {

    private final StackPane content = new StackPane();
    private final RequestListViewModel list;
    private final RequestFormViewModel form;
    private final RequestTimelineViewModel timeline;
    private final ReviewCasesViewModel cases;
    private final LinkedDocumentsViewModel links;
    private final RequestItemsViewModel items;
    private final RequestImportViewModel importer;
    private final RequestListView listView;
    private final RequestDetailView detailView;
    private final RequestImportView importView;
    private boolean formStale;
    private org.disclosuredesk.requests.Request lastSaved;

    /** 打印登记表…: the open request's 登记表 in the print preview. */
    private void printRecord(RequestsContext context) {
        var shown = form.currentProperty().get();
        if (shown == null) {
            return;
        }
        long id = shown.id();
        PrintPreview.open(getScene().getWindow(), Texts.get("print.requestTitle", shown.number().text()),
                () -> context.requests().recordPdf(id), context.executor());
    }

    public RequestsScreen(RequestsContext context) {
        TaskExecutor executor = context.executor();
        getStyleClass().add("screen");
        getStylesheets().add(RequestsScreen.class.getResource("/css/requests.css").toExternalForm());
        list = new RequestListViewModel(context.requests(), context.requestTransfer(), executor);
        list.setLackingNotices(requests -> NoticesDialog.lackingLabels(context.notices(), requests));
        list.setMixedResults(context.items()::mixedResults);
        form = new RequestFormViewModel(context.requests(), executor);
        timeline = new RequestTimelineViewModel(context.requests(), executor);
        cases = new ReviewCasesViewModel(context.reviewCases(), executor);
        items = new RequestItemsViewModel(context.items(), executor);
        importer = new RequestImportViewModel(context.requestTransfer(), executor);
        links = new LinkedDocumentsViewModel(context.documentLinks(), executor);

        listView = new RequestListView(list, row -> openRequest(row.id()), this::newRequest, this::showImport, this::export);
        Button history = new AuditHistoryDialog(context.audit(), executor).button("request",
                () -> form.currentProperty().get() == null ? null : form.currentProperty().get().id(),
                () -> form.currentProperty().get().number().text());
        history.visibleProperty().bind(form.currentProperty().isNotNull());
        history.managedProperty().bind(history.visibleProperty());
        Button notices = new NoticesDialog(context.notices(), context.noticeFiles(), executor, context.printFolder()).button(
                () -> form.currentProperty().get() == null ? null : form.currentProperty().get().id(),
                () -> form.currentProperty().get().number().text());
        notices.visibleProperty().bind(form.currentProperty().isNotNull());
        notices.managedProperty().bind(notices.visibleProperty());
        Button print = new Button(Texts.get("print.request"), new FontIcon("mdi2p-printer"));
        print.setOnAction(e -> printRecord(context));
        print.visibleProperty().bind(form.currentProperty().isNotNull());
        print.managedProperty().bind(print.visibleProperty());
        detailView = new RequestDetailView(form, timeline, cases, this::showList, new javafx.scene.layout.HBox(8, print, notices, history));
        detailView.addSection(new LinkedDocumentsPane(links), form);
        detailView.addPane(new RequestItemsView(items));
        importView = new RequestImportView(importer, this::chooseImportFile, this::showList);

        form.setOnSaved(saved -> {
            timeline.load(saved.id());
            cases.load(saved.id());
            links.load(saved.id());
            lastSaved = saved;
            items.load(saved.id());
            list.load();
        });
        timeline.setOnChanged(list::load);
        // The form shows the request the timeline loaded, unless it already shows it (and may hold edits).
        timeline.detailProperty().addListener((o, old, d) -> {
            if (d != null && (formStale || form.currentProperty().get() == null
                    || !form.currentProperty().get().id().equals(d.request().id()))) {
                formStale = false;
                form.show(d.request());
            }
        });
        importer.setOnImported(list::load);

        setCenter(content);
        show(listView);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(Shortcuts.NEW, () -> {
                    // The shell swaps screens: only act while this screen is the one shown in the scene.
                    if (getScene() == scene) {
                        newRequest();
                    }
                });
                list.load();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && content.getChildren().contains(detailView)) {
                if (!form.hasChanges() || Dialogs.accepted(Dialogs.confirm(Texts.get("form.discard.question"), Texts.get("form.discard.yes")))) {
                    showList();
                }
                e.consume();
            }
        });
    }

    private void show(Node view) {
        content.getChildren().setAll(view);
    }

    /** Back to the list: a request saved meanwhile is shown and selected, in its own year if need be. */
    void showList() {
        show(listView);
        if (lastSaved != null) {
            list.reveal(lastSaved.id(), lastSaved.number().year());
            lastSaved = null;
        } else {
            list.load();
        }
    }

    void newRequest() {
        form.newRequest();
        timeline.clear();
        cases.load(null);
        links.load(null);
        items.load(null);
        show(detailView);
        detailView.focusFirstField();
    }

    void openRequest(long id) {
        formStale = true;
        show(detailView);
        timeline.clear();
        timeline.load(id);
        cases.load(id);
        links.load(id);
        items.load(id);
    }

    private void showImport() {
        show(importView);
    }

    private void chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("requests.import.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("requests.import.fileTypes"), "*.xlsx", "*.xls", "*.csv"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            importer.open(chosen.toPath());
        }
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("requests.list.exportTitle"));
        chooser.setInitialFileName(list.exportFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            list.export(chosen.toPath());
        }
    }

    RequestListView listView() {
        return listView;
    }
}

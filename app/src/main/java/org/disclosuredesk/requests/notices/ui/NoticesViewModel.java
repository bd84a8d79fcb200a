// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.requests.notices.NoticeFileType;
import org.disclosuredesk.requests.notices.IssuedNotice;
import org.disclosuredesk.requests.notices.NoticeFiles;
import org.disclosuredesk.requests.notices.NoticeService;
import org.disclosuredesk.requests.notices.RenderedNotice;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/**
 * 「生成告知书」 for one request: the notices its steps call for (only those), the text of the selected one
 * (the stored text once issued, else a preview without a number), 出具 (takes the number, dates it today),
 * then 导出 PDF/Word and 打印 of the issued document.
 */
public final class NoticesViewModel {

    /** Prints a PDF with the system's program (the window passes the OS hook; tests record the call). */
    public interface Printer {
        void print(Path pdf);
    }

    private final ObservableList<NoticeService.Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<NoticeService.Entry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RenderedNotice> shown = new SimpleObjectProperty<>();
    private final StringProperty gaps = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Path> lastFile = new SimpleObjectProperty<>();
    private final BooleanBinding issued = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().issued().isPresent(), selected);

    private final NoticeService service;
    private final NoticeFiles exporter;
    private final TaskExecutor executor;
    private final Printer printer;
    private final Path printFolder;
    private Long requestId;

    public NoticesViewModel(NoticeService service, NoticeFiles exporter, TaskExecutor executor, Printer printer, Path printFolder) {
        this.service = service;
        this.exporter = exporter;
        this.executor = executor;
        this.printer = printer;
        this.printFolder = printFolder;
        selected.addListener((o, old, entry) -> show(entry));
    }

    public ObservableList<NoticeService.Entry> entries() { return entries; }
    public ObjectProperty<NoticeService.Entry> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<RenderedNotice> shownProperty() { return shown; }
    public ReadOnlyStringProperty gapsProperty() { return gaps; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyObjectProperty<Path> lastFileProperty() { return lastFile; }

    /** True when the selected notice has been issued: it can be exported and printed, not issued again. */
    public BooleanBinding issuedBinding() {
        return issued;
    }

    public void load(long id) {
        requestId = id;
        message.set("");
        executor.execute(BackgroundTask.wrap(() -> service.entries(id))
                .onRunning(() -> busy.set(true))
                .onSuccess(list -> {
                    entries.setAll(list);
                    // The notice the latest step needs is the one a clerk opens the dialog for.
                    selected.set(list.isEmpty() ? null : list.get(list.size() - 1));
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** 出具: takes the next number of the series and stores the text with the request. */
    public void issue() {
        NoticeService.Entry entry = selected.get();
        if (entry == null || entry.issued().isPresent() || requestId == null) {
            return;
        }
        long id = requestId;
        executor.executeWrite(BackgroundTask.wrap(() -> service.issue(id, entry.choice()))
                .onRunning(() -> busy.set(true))
                .onSuccess(n -> {
                    NoticeService.Entry done = new NoticeService.Entry(entry.choice(), java.util.Optional.of(n));
                    entries.set(entries.indexOf(entry), done);
                    selected.set(done);
                    message.set(Texts.get("notices.issued", n.number().text()));
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The file name the save dialog proposes for the issued notice. */
    public String fileName(NoticeFileType type) {
        return selected.get() == null || selected.get().issued().isEmpty() ? "告知书" + type.extension()
                : type.fileName(selected.get().issued().get());
    }

    public void export(Path target, NoticeFileType type) {
        IssuedNotice n = issuedNotice();
        if (n == null) {
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> exporter.write(n.text(), target, type))
                .onRunning(() -> busy.set(true))
                .onSuccess(path -> {
                    lastFile.set(path);
                    message.set(Texts.get("notices.exported", path.toString()));
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** 打印: the issued PDF, written to the app's print folder, handed to the system's printing. */
    public void print() {
        IssuedNotice n = issuedNotice();
        if (n == null) {
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> {
            java.nio.file.Files.createDirectories(printFolder);
            Path pdf = exporter.write(n.text(), printFolder.resolve(NoticeFileType.PDF.fileName(n)), NoticeFileType.PDF);
            printer.print(pdf);
            return pdf;
        }).onRunning(() -> busy.set(true))
                .onSuccess(pdf -> message.set(Texts.get("notices.printed", n.number().text())))
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private IssuedNotice issuedNotice() {
        return selected.get() == null ? null : selected.get().issued().orElse(null);
    }

    private void show(NoticeService.Entry entry) {
        gaps.set("");
        if (entry == null) {
            shown.set(null);
            return;
        }
        if (entry.issued().isPresent()) {
            display(entry.issued().get().text());
            return;
        }
        long id = requestId;
        executor.execute(BackgroundTask.wrap(() -> service.preview(id, entry.choice(), service.template(entry.choice().type())))
                .onSuccess(this::display)
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    private void display(RenderedNotice n) {
        shown.set(n);
        gaps.set(n.gaps().isEmpty() ? "" : Texts.get("notices.gaps", String.join("、", n.gaps())));
    }
}

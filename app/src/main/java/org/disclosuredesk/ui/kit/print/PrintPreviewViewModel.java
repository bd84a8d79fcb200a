// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.print;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.print.PageImage;
import org.disclosuredesk.shared.print.PdfPages;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The print preview: writes the document's PDF and draws its pages off the FX thread, pages through them,
 * then prints through a {@link PagePrinter} — each page drawn again at printer resolution, one at a time,
 * in the background. Without a printer the preview still shows and says so.
 */
public final class PrintPreviewViewModel {

    private final ObservableList<PageImage> pages = FXCollections.observableArrayList();
    // One wrapper, kept: a listener on a wrapper that is dropped would be collected with it.
    private final ObservableList<PageImage> readOnlyPages = FXCollections.unmodifiableObservableList(pages);
    private final IntegerProperty current = new SimpleIntegerProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty printerFound = new SimpleBooleanProperty();
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    private final Callable<byte[]> pdf;
    private final TaskExecutor executor;
    private final PagePrinter printer;
    private final String jobName;
    private PdfPages document;

    /** {@code pdf} writes the document to print (called off the FX thread); {@code jobName} names the print job. */
    public PrintPreviewViewModel(Callable<byte[]> pdf, String jobName, TaskExecutor executor, PagePrinter printer) {
        this.pdf = pdf;
        this.jobName = jobName;
        this.executor = executor;
        this.printer = printer;
    }

    private record Loaded(PdfPages document, List<PageImage> pages, boolean printer) {
    }

    public void load() {
        executor.execute(BackgroundTask.wrap(() -> {
            PdfPages doc = new PdfPages(pdf.call());
            return new Loaded(doc, doc.render(PdfPages.PREVIEW_DPI), printer.hasPrinter());
        })
                .onRunning(() -> {
                    busy.set(true);
                    message.set(Texts.get("print.preparing"));
                })
                .onSuccess(loaded -> {
                    document = loaded.document();
                    pages.setAll(loaded.pages());
                    current.set(0);
                    printerFound.set(loaded.printer());
                    message.set(loaded.printer() ? "" : Texts.get("print.noPrinter"));
                })
                .onFailure(this::fail)
                .onFinished(() -> busy.set(false)));
    }

    public ObservableList<PageImage> pages() {
        return readOnlyPages;
    }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current;
    }

    public void show(int index) {
        if (index >= 0 && index < pages.size()) {
            current.set(index);
        }
    }

    public void next() {
        show(current.get() + 1);
    }

    public void previous() {
        show(current.get() - 1);
    }

    public BooleanBinding atFirstProperty() {
        return current.lessThanOrEqualTo(0);
    }

    public BooleanBinding atLastProperty() {
        return current.greaterThanOrEqualTo(Bindings.size(pages).subtract(1));
    }

    /** 第 1 页，共 5 页 */
    public StringBinding pageLabel() {
        return Bindings.createStringBinding(() -> pages.isEmpty() ? "" : Texts.get("print.page", current.get() + 1, pages.size()),
                current, pages);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** True when the pages are ready and a printer exists: 打印… is offered. */
    public BooleanBinding canPrintProperty() {
        return printerFound.and(busy.not()).and(Bindings.isNotEmpty(pages));
    }

    /** The system's print dialog, then every page at printer resolution in the background. */
    public void print(Window owner) {
        if (!canPrintProperty().get()) {
            return;
        }
        Optional<PagePrinter.Job> chosen = printer.choose(owner, jobName);
        if (chosen.isEmpty()) {
            message.set(Texts.get("print.cancelled"));
            return;
        }
        PagePrinter.Job job = chosen.get();
        PdfPages doc = document;
        int count = doc.count();
        executor.execute(BackgroundTask.withProgress(progress -> {
            for (int i = 0; i < count; i++) {
                progress.update(i, count, Texts.get("print.printing", i + 1, count));
                if (!job.print(doc.render(i, PdfPages.PRINT_DPI))) {
                    job.cancel();
                    return false;
                }
            }
            return job.end();
        })
                .onRunning(() -> busy.set(true))
                .onProgress(u -> message.set(u.message()))
                .onSuccess(sent -> {
                    failed.set(!sent);
                    message.set(sent ? Texts.get("print.sent", count) : Texts.get("print.refused"));
                })
                .onFailure(this::fail)
                .onFinished(() -> busy.set(false)));
    }

    private void fail(Throwable e) {
        failed.set(true);
        message.set(UserMessages.of(e));
    }
}

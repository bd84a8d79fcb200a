// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.transfer.RegisterExporter;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.FileOpener;
import org.disclosuredesk.ui.kit.Texts;

/**
 * Files that leave the register screen: the current list exported to .xlsx, and an attachment opened
 * with the desktop's own program. Both run off the FX thread; what happened shows in {@link #messageProperty()}.
 */
public final class RegisterFilesViewModel {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RegisterExporter exporter;
    private final FileOpener opener;
    private final TaskExecutor executor;

    public RegisterFilesViewModel(RegisterExporter exporter, FileOpener opener, TaskExecutor executor) {
        this.exporter = exporter;
        this.opener = opener;
        this.executor = executor;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Exports every entry the query finds; a chosen name without .xlsx gets it, as Excel would. */
    public void export(RegisterQuery query, Path chosen) {
        Path target = xlsx(chosen);
        executor.execute(BackgroundTask.withProgress(p -> exporter.export(query, target, p))
                .onRunning(() -> message.set(Texts.get("register.export.running")))
                .onProgress(u -> message.set(u.message()))
                .onSuccess(n -> message.set(Texts.get("register.export.done", n, target)))
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    /** The desktop's own program opens the office's copy (Word, a PDF reader). */
    public void openAttachment(Path file) {
        executor.execute(BackgroundTask.wrap(() -> {
            opener.open(file);
            return null;
        }).onFailure(e -> message.set(Texts.get("register.form.cannotOpen", file))));
    }

    static Path xlsx(Path chosen) {
        return chosen.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen : Path.of(chosen + ".xlsx");
    }
}

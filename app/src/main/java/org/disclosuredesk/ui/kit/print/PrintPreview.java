// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.print;

import java.util.concurrent.Callable;
import javafx.stage.Window;
import org.disclosuredesk.shared.TaskExecutor;

/** What a screen's 打印… button calls: the preview of a PDF the app writes, printed on this machine's printer. */
public final class PrintPreview {

    private PrintPreview() {
    }

    /** {@code pdf} writes the document (off the FX thread, on {@code executor}); {@code title} names it. */
    public static PrintPreviewDialog open(Window owner, String title, Callable<byte[]> pdf, TaskExecutor executor) {
        return PrintPreviewDialog.open(owner, title, new PrintPreviewViewModel(pdf, title, executor, new FxPagePrinter()));
    }
}

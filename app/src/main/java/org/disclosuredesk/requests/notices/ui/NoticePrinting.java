// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.disclosuredesk.shared.UserError;

/**
 * Hands a PDF to the system's printing without AWT (the app is JavaFX only): on Windows the PDF reader's
 * 打印 verb, elsewhere {@code lp}. The official layout is the PDF's, so printing never re-lays the text.
 */
final class NoticePrinting {

    private NoticePrinting() {
    }

    static void print(Path pdf) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = windows
                ? List.of("powershell.exe", "-NoProfile", "-Command", "Start-Process -FilePath '" + pdf.toString().replace("'", "''") + "' -Verb Print")
                : List.of("lp", pdf.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UserError("无法调用系统打印（" + e.getMessage() + "）。请用“导出 PDF”保存后，在 PDF 阅读器中打印：" + pdf, e);
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.nio.file.Path;
import java.util.Locale;
import org.disclosuredesk.shared.UserError;

/** One line a clerk can act on for a spreadsheet that cannot be read; the cause stays in the log, never on screen. */
final class SheetFailures {

    private SheetFailures() {
    }

    static UserError damaged(Path file, String kind, Exception cause) {
        String name = file.getFileName().toString();
        if (mentions(cause, "doctype")) {
            return new UserError("“" + name + "”含有不允许的 DOCTYPE 声明，不是 Excel 或 WPS 保存的正常表格。"
                    + "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。台账没有改动。", cause);
        }
        if (mentions(cause, "password") || mentions(cause, "encrypt")) {
            return new UserError("“" + name + "”设有密码：请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入。台账没有改动。", cause);
        }
        return new UserError("无法读取“" + name + "”：文件不是有效的" + kind + "表格或已损坏。"
                + "请用 Excel 或 WPS 打开确认后另存为 .xlsx 再导入。台账没有改动。", cause);
    }

    private static boolean mentions(Throwable e, String word) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
            if (t.getClass().getSimpleName().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }
}

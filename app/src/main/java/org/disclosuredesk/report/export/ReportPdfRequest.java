// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclosuredesk.shared.ValidationError;

/**
 * An export job as the screen or the command line asks for it: which year, which file type, where, whether
 * this is the final export (which locks the year) and whether the user has confirmed the warnings.
 * Immutable; {@link #of} refuses a request that cannot run, naming the field, before anything is written.
 */
public record ReportPdfRequest(int year, ReportFileType type, Path output, boolean finalExport, boolean warningsConfirmed,
        boolean signed) {

    /** With the 落款 (organ and date) at the end, as published reports have it. */
    public ReportPdfRequest(int year, ReportFileType type, Path output, boolean finalExport, boolean warningsConfirmed) {
        this(year, type, output, finalExport, warningsConfirmed, true);
    }

    /** The same job, its warnings confirmed. */
    public ReportPdfRequest confirmed() {
        return new ReportPdfRequest(year, type, output, finalExport, true, signed);
    }

    public static final String FIELD_YEAR = "year";
    public static final String FIELD_OUTPUT = "output";

    public static ReportPdfRequest of(int year, ReportFileType type, Path output, boolean finalExport, boolean warningsConfirmed) {
        return of(year, type, output, finalExport, warningsConfirmed, true);
    }

    /** {@code signed}: end with the 落款; the clerk may leave it off (a draft for colleagues). */
    public static ReportPdfRequest of(int year, ReportFileType type, Path output, boolean finalExport, boolean warningsConfirmed,
            boolean signed) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        if (year < 2019 || year > 2100) {
            problems.add(new ValidationError.Problem(FIELD_YEAR, "年度应在 2019 到 2100 之间（年度报告格式自 2019 年起施行）。"));
        }
        if (output == null || output.getFileName() == null || output.toString().isBlank()) {
            problems.add(new ValidationError.Problem(FIELD_OUTPUT, "请选择保存报告的文件。"));
        } else {
            Path absolute = output.toAbsolutePath();
            String name = absolute.getFileName().toString();
            if (!name.toLowerCase(Locale.ROOT).endsWith(type.extension())) {
                problems.add(new ValidationError.Problem(FIELD_OUTPUT, "导出" + type.label() + "文件时，文件名应以 " + type.extension() + " 结尾：" + name));
            } else if (Files.isDirectory(absolute)) {
                problems.add(new ValidationError.Problem(FIELD_OUTPUT, "「" + absolute + "」是一个文件夹，请输入文件名。"));
            } else if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
                problems.add(new ValidationError.Problem(FIELD_OUTPUT, "文件夹「" + absolute.getParent() + "」不存在，请先选择一个已有的文件夹。"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
        return new ReportPdfRequest(year, type, output.toAbsolutePath(), finalExport, warningsConfirmed, signed);
    }
}

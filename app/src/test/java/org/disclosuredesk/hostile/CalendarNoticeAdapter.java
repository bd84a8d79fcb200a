// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.calendar.CalendarPreview;
import org.disclosuredesk.calendar.NoticeRemark;
import org.disclosuredesk.shared.UserError;

/**
 * 设置 → 工作日历 → paste a 国务院办公厅 holiday notice: read into a preview, saved only without problems
 * (as {@code CalendarSettingsViewModel.parseNotice} and {@code saveNotice} do).
 */
final class CalendarNoticeAdapter implements ImporterAdapter {

    private static final int YEAR_ON_SCREEN = 2025;

    @Override
    public String name() {
        return "calendar notice";
    }

    @Override
    public List<Path> validFiles(Path dir) throws Exception {
        return List.of(resource(dir, "2025.txt"), resource(dir, "2020-1.txt"));
    }

    @Override
    public List<BrokenInput> brokenInputs(Path dir) throws Exception {
        String notice = Files.readString(resource(dir, "2025.txt"));
        return List.of(
                BrokenInput.refused("an empty paste", HostileFiles.empty(dir, "empty.txt"), "通知"),
                BrokenInput.refused("GBK bytes read as UTF-8 (mojibake)", HostileFiles.gbk(dir, "gbk.txt", notice), "没有找到放假安排"),
                BrokenInput.refused("a day that does not exist (2月30日)",
                        HostileFiles.text(dir, "feb30.txt", notice.replace("1月26日（周日）、2月8日（周六）上班", "1月26日（周日）、2月30日（周六）上班"),
                                StandardCharsets.UTF_8), "2月30日"),
                BrokenInput.accepted("a huge prose line after the notice is ignored",
                        HostileFiles.text(dir, "huge.txt", notice + "\n" + HostileFiles.HUGE_CELL, StandardCharsets.UTF_8),
                        ctx -> org.junit.jupiter.api.Assertions.assertTrue(ctx.calendar().year(2025).isPresent())),
                BrokenInput.refused("a huge numbered line", HostileFiles.text(dir, "huge-item.txt",
                        notice.replace("三、清明节：", "三、清明节：" + HostileFiles.HUGE_CELL), StandardCharsets.UTF_8), "第"),
                BrokenInput.refused("a notice for a year outside 2000–2100",
                        HostileFiles.text(dir, "1999.txt", notice.replace("2025", "1899"), StandardCharsets.UTF_8), "不是星期"));
    }

    /** The service loads the shipped 2019–2026 holiday data on first use: not part of any import. */
    @Override
    public void prepare(AppContext context) {
        context.calendar().current();
    }

    @Override
    public String run(AppContext context, Path file) throws Exception {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new UserError("没有可读的通知内容：请粘贴国务院办公厅的放假通知。"); // the view model's check
        }
        CalendarPreview preview = context.calendar().preview(text, YEAR_ON_SCREEN);
        if (!preview.canSave()) {
            String problems = preview.problems().stream().map(NoticeRemark::describe).collect(Collectors.joining("；"));
            throw new UserError(problems.isEmpty() ? "通知中没有读到 " + preview.year() + " 年的放假安排。" : problems);
        }
        context.calendar().replaceYear(preview.year(), preview.days(), preview.noticeTitle());
        return "";
    }

    private static Path resource(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = CalendarNoticeAdapter.class.getResourceAsStream("/calendar/notices/" + name)) {
                Files.copy(in, file);
            }
        }
        return file;
    }

}

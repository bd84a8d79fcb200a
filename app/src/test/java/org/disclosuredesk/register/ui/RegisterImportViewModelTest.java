// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.register.transfer.RegisterColumn;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.shared.transfer.ImportProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's steps: map the columns, read the preview's per-row problems, import the valid rows. */
class RegisterImportViewModelTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private RegisterImportViewModel model;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        model = new RegisterImportViewModel(ctx.registerImporter(), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Path ledger(String name) throws Exception {
        // The office's own headings: 文件题名 and 类型 are no alias the importer knows.
        String text = "文件题名,发文字号,印发日期,类型\n"
                + "关于做好防汛抗旱工作的通知,示府办发〔2025〕5号,2025-05-06,其他公文\n"
                + "关于某事的通知,2025年3号,2025-05-07,其他公文\n"
                + "关于另一事的通知,示府办发〔2025〕6号,2025-02-30,其他公文\n"
                + "关于第三事的通知,示府办发〔2025〕7号,2025-05-08,通知\n";
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void the_preview_lists_each_bad_row_and_only_the_valid_rows_are_imported() throws Exception {
        model.choose(ledger("台账.csv"));
        assertEquals(Optional.empty(), model.mappingProperty().get().column("文件题名"), "an unknown heading is not guessed");
        assertEquals(Optional.of(RegisterColumn.DOC_NUMBER), model.mappingProperty().get().column("发文字号"));
        assertFalse(model.messageProperty().get().isEmpty(), "without a 标题 column the preview says what is missing");

        model.map("文件题名", RegisterColumn.TITLE);
        model.map("类型", RegisterColumn.DOC_TYPE);
        assertNull(model.previewProperty().get(), "a changed mapping needs a new check");
        model.check();

        assertEquals(1, model.validRowsProperty().get());
        assertProblem(3, "发文字号", "格式不对");
        assertProblem(4, "印发日期", "不是存在的日期");
        assertProblem(5, "类型", "通知");
        assertEquals(0, ctx.register().count(RegisterQuery.ALL), "nothing is stored before 导入");

        boolean[] done = {false};
        model.importValid(() -> done[0] = true);

        assertTrue(done[0]);
        assertTrue(model.importedProperty().get());
        assertEquals(List.of("关于做好防汛抗旱工作的通知"),
                ctx.register().list(RegisterQuery.ALL).stream().map(e -> e.document().title()).toList());
    }

    @Test
    void the_mapping_is_remembered_for_the_next_ledger() throws Exception {
        model.choose(ledger("一月.csv"));
        model.map("文件题名", RegisterColumn.TITLE);
        model.map("类型", RegisterColumn.DOC_TYPE);
        model.check();
        model.importValid(() -> { });

        RegisterImportViewModel next = new RegisterImportViewModel(ctx.registerImporter(), new CurrentThreadTaskExecutor());
        next.choose(ledger("二月.csv"));

        assertEquals(Optional.of(RegisterColumn.TITLE), next.mappingProperty().get().column("文件题名"));
        assertEquals(Optional.of(RegisterColumn.DOC_TYPE), next.mappingProperty().get().column("类型"));
        assertEquals(4, next.previewProperty().get().rowsRead(), "checked at once with the remembered mapping");
        assertTrue(next.problems().stream().anyMatch(p -> p.rowNumber() == 2 && p.message().contains("已登记")),
                "the row imported last time is named as a duplicate: " + next.problems());
    }

    private void assertProblem(int row, String column, String text) {
        List<ImportProblem> problems = model.problems();
        assertTrue(problems.stream().anyMatch(p -> p.rowNumber() == row && column.equals(p.column()) && p.message().contains(text)),
                "expected row " + row + " " + column + " ~ " + text + " in " + problems);
    }
}

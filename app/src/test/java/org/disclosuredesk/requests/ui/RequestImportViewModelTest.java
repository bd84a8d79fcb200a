// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.requests.transfer.ImportField;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestImportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void open_map_preview_and_import_the_valid_rows() throws Exception {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Path csv = dir.resolve("ledger.csv");
            Files.writeString(csv, "来信人,申请人类型,收件日期,申请内容\n张三,自然人,2025-03-05,道路批复\n李四,法人,2025-03-06,规划\n");
            RequestImportViewModel model = new RequestImportViewModel(f.transfer, new CurrentThreadTaskExecutor());
            int[] imported = {0};
            model.setOnImported(() -> imported[0]++);

            model.open(csv);
            assertEquals("请先指定这些项目在哪一列：申请人", model.messageProperty().get());
            assertFalse(model.canImportProperty().get());

            model.map(ImportField.APPLICANT_NAME, "来信人");
            assertEquals("共 2 行数据（文件共 3 行）：1 行无误，1 行有问题（有问题的行不导入）", model.summaryProperty().get());
            assertTrue(model.rows().get(1).problems().get(0).contains("申请人类型“法人”无法识别"));
            assertTrue(model.canImportProperty().get());

            model.importValid();
            assertEquals("已导入 1 件申请。", model.messageProperty().get());
            assertEquals(1, imported[0]);
            assertEquals(1, f.count("request"));
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.TableTwoMeasure;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterViewModelTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private RegisterViewModel model;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        for (int i = 1; i <= 450; i++) {
            ctx.register().create(DocumentDraft.builder().title("关于第" + i + "批项目的通知").writtenOn(LocalDate.of(2025, 1, 2).plusDays(i % 150))
                    .docNumber("示府办发〔2025〕" + i + "号").build());
        }
        ctx.register().create(DocumentDraft.builder().title("示例县城市管理办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(LocalDate.of(2025, 2, 3)).publishedOn(LocalDate.of(2025, 2, 5)).build());
        ctx.register().create(DocumentDraft.builder().title("示例县旧办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(LocalDate.of(2020, 2, 3)).validity(Validity.ABOLISHED).validityChangedOn(LocalDate.of(2025, 3, 1)).build());
        model = new RegisterViewModel(ctx.register(), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void refresh_loads_the_first_page_of_the_year_and_its_figures() {
        model.refresh();
        assertEquals(RegisterViewModel.PAGE_SIZE, model.rows().size());
        assertEquals(451, model.totalProperty().get());
        assertTrue(model.hasMoreProperty().get());
        assertEquals(1, model.figuresProperty().get().normativeDocuments().made());
    }

    @Test
    void a_document_saved_for_another_year_switches_the_list_to_that_year_and_is_selected() {
        model.refresh();
        long id = ctx.register().create(DocumentDraft.builder().title("关于2024年冬季防火的通知").writtenOn(LocalDate.of(2024, 11, 5)).build());

        assertFalse(model.saved(ctx.register().details(id).orElseThrow().entry()));

        assertEquals(2024, model.yearProperty().get());
        assertEquals(id, model.revealedProperty().get().id());
        assertEquals(org.disclosuredesk.ui.kit.Texts.get("register.saved.inYear", 2024), model.messageProperty().get());
    }

    @Test
    void a_saved_document_that_a_filter_hides_is_named() {
        model.refresh();
        model.searchTextProperty().set("城市管理");
        long id = ctx.register().create(DocumentDraft.builder().title("关于防汛值班的通知").writtenOn(LocalDate.of(2025, 5, 5)).build());

        model.saved(ctx.register().details(id).orElseThrow().entry());

        assertEquals(2025, model.yearProperty().get());
        assertEquals(null, model.revealedProperty().get());
        assertTrue(model.messageProperty().get().contains("关于防汛值班的通知"), model.messageProperty().get());
    }

    @Test
    void later_pages_are_appended_until_the_end() {
        model.refresh();
        model.loadMore();
        model.loadMore();
        assertEquals(451, model.rows().size());
        assertFalse(model.hasMoreProperty().get());
    }

    @Test
    void typing_searches_at_once() {
        model.refresh();
        model.searchTextProperty().set("城市管理");
        assertEquals(1, model.rows().size());
        assertEquals("示例县城市管理办法", model.rows().get(0).document().title());
        model.searchTextProperty().set("第12批");
        assertEquals(1, model.rows().size());
        model.searchTextProperty().set("");
        assertEquals(RegisterViewModel.PAGE_SIZE, model.rows().size());
    }

    @Test
    void a_figure_shows_the_documents_behind_it() {
        model.refresh();
        model.searchTextProperty().set("通知");
        model.showFigure(DocType.NORMATIVE_DOCUMENT, TableTwoMeasure.ABOLISHED);
        assertEquals("", model.searchTextProperty().get(), "showing a figure clears the other filters");
        assertEquals(1, model.rows().size());
        assertEquals("示例县旧办法", model.rows().get(0).document().title());
        assertEquals(model.figuresProperty().get().normativeDocuments().abolished(), model.totalProperty().get());

        model.clearFilters();
        assertEquals(451, model.totalProperty().get());
    }

    @Test
    void the_flag_filters_narrow_the_list() {
        model.refresh();
        model.lateOnlyProperty().set(true);
        // Unpublished 主动公开 documents made early in 2025 are past their 20 working days on 10 June.
        assertTrue(model.totalProperty().get() > 0);
        assertTrue(model.rows().stream().allMatch(e -> e.flags().late()));
    }

    @Test
    void the_type_validity_and_attribute_filters_narrow_the_list() {
        ctx.register().create(DocumentDraft.builder().title("关于某信访事项的处理意见").writtenOn(LocalDate.of(2025, 4, 1))
                .attribute(DisclosureAttribute.ON_REQUEST).nonDisclosureReason("涉及个人隐私").build());
        model.refresh();

        model.docTypeProperty().set(DocType.NORMATIVE_DOCUMENT);
        assertEquals(List.of("示例县城市管理办法"), titles(), "行政规范性文件 of 2025");
        model.yearProperty().set(null);
        assertEquals(List.of("示例县城市管理办法", "示例县旧办法"), titles(), "全部年度");
        model.validityProperty().set(Validity.ABOLISHED);
        assertEquals(List.of("示例县旧办法"), titles());

        model.clearFilters();
        model.attributeProperty().set(DisclosureAttribute.ON_REQUEST);
        assertEquals(List.of("关于某信访事项的处理意见"), titles());
    }

    @Test
    void the_export_writes_exactly_the_filtered_view() throws Exception {
        model.refresh();
        model.yearProperty().set(null);
        model.docTypeProperty().set(DocType.NORMATIVE_DOCUMENT);
        model.searchTextProperty().set("办法");
        Path file = dir.resolve("台账.xlsx");

        int written = ctx.registerExporter().export(model.query(), file, BackgroundTask.Progress.NONE);

        assertEquals(2, written);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            int titleColumn = -1;
            for (Cell c : sheet.getRow(0)) {
                if ("标题".equals(c.getStringCellValue())) {
                    titleColumn = c.getColumnIndex();
                }
            }
            List<String> exported = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                exported.add(sheet.getRow(r).getCell(titleColumn).getStringCellValue());
            }
            assertEquals(List.of("示例县城市管理办法", "示例县旧办法"), exported);
        }
    }

    @Test
    void the_figures_follow_a_saved_document_at_once() {
        model.refresh();
        assertEquals(1, model.figuresProperty().get().normativeDocuments().made());
        long id = ctx.register().create(DocumentDraft.builder().title("示例县停车场管理办法").docType(DocType.NORMATIVE_DOCUMENT)
                .writtenOn(LocalDate.of(2025, 5, 6)).build());

        model.saved(ctx.register().details(id).orElseThrow().entry());

        assertEquals(2, model.figuresProperty().get().normativeDocuments().made());
        assertEquals(2, model.figuresProperty().get().normativeDocuments().inForce(), "现行有效 on 31 December");
    }

    private List<String> titles() {
        return model.rows().stream().map(e -> e.document().title()).toList();
    }
}

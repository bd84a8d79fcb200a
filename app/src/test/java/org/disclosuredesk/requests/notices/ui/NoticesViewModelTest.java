// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.requests.notices.NoticeFileType;
import org.disclosuredesk.report.export.NoticeDocxWriter;
import org.disclosuredesk.report.export.NoticeFileWriter;
import org.disclosuredesk.report.export.NoticePdfWriter;
import org.disclosuredesk.report.export.ReportFonts;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.notices.NoticeFiles;
import org.disclosuredesk.requests.notices.NoticeKind;
import org.disclosuredesk.requests.notices.NoticeScenario;
import org.disclosuredesk.requests.notices.NoticeType;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticesViewModelTest {

    @TempDir
    Path dir;

    private NoticeScenario s;
    private NoticesViewModel model;
    private final List<Path> printed = new ArrayList<>();

    @BeforeEach
    void open() {
        s = new NoticeScenario(dir.resolve("db"));
        NoticeFiles exporter = new NoticeFileWriter(new NoticePdfWriter(new ReportFonts(face -> Optional.empty())), new NoticeDocxWriter());
        model = new NoticesViewModel(s.notices, exporter, new CurrentThreadTaskExecutor(), printed::add, dir.resolve("print"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void opens_on_the_notice_the_latest_step_needs_with_a_preview_that_takes_no_number() {
        Request r = s.correction();
        model.load(r.id());
        assertEquals(List.of(NoticeKind.RECEIPT, NoticeKind.CORRECTION),
                model.entries().stream().map(e -> e.choice().type().kind()).toList());
        assertEquals(NoticeKind.CORRECTION, model.selectedProperty().get().choice().type().kind());
        assertEquals("政公开补〔2025〕第　号", model.shownProperty().get().number());
        assertFalse(model.issuedBinding().get(), "export and print wait for 出具");
    }

    @Test
    void issuing_then_exporting_and_printing_use_the_stored_document() throws Exception {
        Request r = s.correction();
        model.load(r.id());
        model.issue();
        assertTrue(model.issuedBinding().get());
        assertEquals("政公开补〔2025〕第1号", model.shownProperty().get().number());
        assertTrue(model.messageProperty().get().contains("政公开补〔2025〕第1号"));
        Path out = dir.resolve(model.fileName(NoticeFileType.DOCX));
        model.export(out, NoticeFileType.DOCX);
        assertTrue(Files.size(out) > 0);
        assertEquals(out, model.lastFileProperty().get());
        model.print();
        assertEquals(1, printed.size());
        assertTrue(printed.get(0).getFileName().toString().endsWith(".pdf") && Files.size(printed.get(0)) > 0);
        model.load(r.id());
        assertEquals("政公开补〔2025〕第1号", model.selectedProperty().get().issued().orElseThrow().number().text(),
                "reopened: the issued notice, not a new number");
    }

    @Test
    void the_template_editor_names_an_unknown_placeholder_and_previews_with_a_real_request() {
        s.extension();
        NoticeTemplatesViewModel templates = new NoticeTemplatesViewModel(s.notices, new CurrentThreadTaskExecutor());
        templates.load();
        templates.selectedProperty().set(NoticeType.of(NoticeKind.EXTENSION));
        assertEquals("", templates.problemBinding().get());
        assertEquals(1, templates.candidates().size());
        assertTrue(templates.previewProperty().get().contains("2025年4月30日前作出答复"), templates.previewProperty().get());
        templates.textProperty().set("{申请人}：答复期限改为{新期限}。");
        assertTrue(templates.problemBinding().get().contains("{新期限}"), templates.problemBinding().get());
        templates.save();
        assertFalse(templates.customisedProperty().get(), "not saved");
        templates.textProperty().set("{申请人}：答复期限延至{答复期限}。");
        templates.save();
        assertTrue(templates.customisedProperty().get());
        templates.preview();
        assertTrue(templates.previewProperty().get().contains("王五：答复期限延至2025年4月30日。"), templates.previewProperty().get());
        templates.reset();
        assertFalse(templates.customisedProperty().get());
        assertTrue(s.notices.isDefault(NoticeType.of(NoticeKind.EXTENSION)));
    }
}

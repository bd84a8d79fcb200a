// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterQuery;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.ui.kit.FileOpener;
import org.disclosuredesk.ui.kit.RecordingOpener;
import org.disclosuredesk.ui.kit.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register screen's exports, attachment opening and column choice, without a screen. */
class RegisterFilesViewModelTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        ctx.register().create(DocumentDraft.builder().title("关于做好防汛工作的通知").writtenOn(LocalDate.of(2025, 3, 2))
                .docNumber("示府办发〔2025〕1号").build());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void an_export_without_the_xlsx_ending_gets_it_and_says_how_many() throws Exception {
        RegisterFilesViewModel files = new RegisterFilesViewModel(ctx.registerExporter(), new RecordingOpener(), executor);
        files.export(RegisterQuery.ALL, dir.resolve("台账"));
        Path written = dir.resolve("台账.xlsx");
        assertTrue(Files.size(written) > 0);
        assertEquals(Texts.get("register.export.done", 1, written), files.messageProperty().get());
    }

    @Test
    void an_attachment_opens_with_the_desktop_program_and_a_failure_says_so() {
        RecordingOpener opener = new RecordingOpener();
        Path file = dir.resolve("附件.pdf");
        new RegisterFilesViewModel(ctx.registerExporter(), opener, executor).openAttachment(file);
        assertEquals(List.of(file), opener.opened);

        FileOpener broken = new RecordingOpener() {
            @Override
            public void open(Path f) {
                throw new UserError("无法打开");
            }
        };
        RegisterFilesViewModel failing = new RegisterFilesViewModel(ctx.registerExporter(), broken, executor);
        failing.openAttachment(file);
        assertEquals(Texts.get("register.form.cannotOpen", file), failing.messageProperty().get());
    }

    @Test
    void the_hidden_columns_are_remembered_between_sessions() {
        AtomicReference<Optional<Set<String>>> loaded = new AtomicReference<>();
        new ColumnChoiceViewModel(ctx.settings(), executor).load(loaded::set);
        assertEquals(Optional.empty(), loaded.get());
        new ColumnChoiceViewModel(ctx.settings(), executor).save(Set.of("attribute", "category"));
        new ColumnChoiceViewModel(ctx.settings(), executor).load(loaded::set);
        assertEquals(Optional.of(Set.of("attribute", "category")), loaded.get());
    }
}

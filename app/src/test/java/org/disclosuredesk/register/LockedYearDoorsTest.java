// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.disclosuredesk.register.Documents.aDocument;
import static org.disclosuredesk.register.Documents.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 4: a document dated in an earlier year must not move a locked year's table 二. */
class LockedYearDoorsTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private RegisterService register;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.open(dir.resolve("t.db")), Documents.CLOCK);
        register = ctx.register();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void lock(int year) {
        ctx.database().inTransaction(() -> {
            ctx.yearLocks().lock(year);
            return null;
        });
    }

    private DocumentDraft normative2023(String title) {
        return aDocument(title).docType(DocType.NORMATIVE_DOCUMENT).writtenOn(day("2023-03-01")).publishedOn(day("2023-03-02")).build();
    }

    @Test
    void importing_an_earlier_document_abolished_in_a_locked_year_is_refused() {
        lock(2024);
        DocumentDraft abolishedIn2024 = normative2023("2023年的办法").toBuilder().validity(Validity.ABOLISHED)
                .validityChangedOn(day("2024-06-01")).build();

        UserError e = assertThrows(UserError.class, () -> register.insertAll(List.of(abolishedIn2024), "导入", BackgroundTask.Progress.NONE));

        assertTrue(e.getMessage().contains("2024"), e.getMessage());
        assertEquals(0, register.count(RegisterQuery.ALL));
    }

    @Test
    void an_earlier_normative_document_in_force_through_a_locked_year_changes_its_stock_and_is_refused() {
        lock(2024);
        assertThrows(UserError.class, () -> register.create(normative2023("补登的2023年办法")));
        assertEquals(0, register.count(RegisterQuery.ALL));
    }

    @Test
    void backdating_an_abolition_across_a_locked_year_is_refused() {
        long id = register.create(normative2023("2023年的办法"));
        lock(2024);

        assertThrows(UserError.class, () -> register.abolish(id, day("2023-12-01"), null));

        assertEquals(Validity.IN_FORCE, register.details(id).orElseThrow().entry().document().validity());
    }

    @Test
    void an_earlier_ordinary_document_does_not_count_in_later_years_and_still_imports() {
        lock(2024);
        DocumentDraft other2023 = aDocument("2023年的通知").writtenOn(day("2023-05-05")).publishedOn(day("2023-05-06")).build();
        assertEquals(1, register.insertAll(List.of(other2023), "导入", BackgroundTask.Progress.NONE));
    }
}

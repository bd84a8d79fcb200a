// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 机关信息: every problem in one round, the saved settings handed on, typing tracked for Esc. */
class OrgSettingsViewModelTest {

    @TempDir
    Path dir;
    private AppContext ctx;
    private OrgSettingsViewModel model;
    private final List<OrgSettings> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        ctx.settings().save(OrgSettings.defaultsFor("示例县政府办"));
        model = new OrgSettingsViewModel(ctx.settings(), new CurrentThreadTaskExecutor());
        model.setOnSaved(saved::add);
        model.load();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void a_number_that_does_not_read_and_an_empty_name_show_in_one_round() {
        model.officeNameProperty().set(" ");
        model.dueSoonWorkingDaysProperty().set("五");
        model.save();
        assertEquals(Set.of("officeName", "dueSoonWorkingDays"), model.fieldErrors().keySet(), model.fieldErrors().toString());
        assertEquals("示例县政府办", ctx.settings().current().officeName());
        assertTrue(saved.isEmpty());
    }

    @Test
    void saving_hands_on_the_stored_settings_and_leaves_no_changes() {
        assertFalse(model.hasChanges());
        model.officeNameProperty().set("示例县人民政府办公室");
        assertTrue(model.hasChanges());
        model.save();
        assertEquals(List.of("示例县人民政府办公室"), saved.stream().map(OrgSettings::officeName).toList());
        assertFalse(model.hasChanges());
    }

    @Test
    void discarding_shows_the_stored_values_again() {
        model.officeNameProperty().set("打了一半");
        model.discardChanges();
        assertEquals("示例县政府办", model.officeNameProperty().get());
        assertFalse(model.hasChanges());
    }

    @Test
    void a_credit_code_with_a_wrong_check_character_is_refused_with_the_other_problems() {
        model.officeNameProperty().set("");
        model.creditCodeProperty().set("11520000MB1234567X");
        model.save();
        assertEquals(Set.of("officeName", "creditCode"), model.fieldErrors().keySet(), model.fieldErrors().toString());
        assertTrue(model.fieldErrors().get("creditCode").contains("校验码不符（最后一位应为 J）"), model.fieldErrors().toString());
        assertTrue(ctx.settings().creditCode().isEmpty(), "nothing stored");
    }

    @Test
    void the_credit_code_is_stored_in_capitals_shown_again_and_carried_by_the_countys_package() {
        model.creditCodeProperty().set(" 11520000mb1234567j ");
        model.save();
        assertEquals(Set.of(), model.fieldErrors().keySet(), model.fieldErrors().toString());
        assertEquals("11520000MB1234567J", ctx.settings().creditCode().orElseThrow());
        assertEquals("11520000MB1234567J", ctx.packageExporter().build(2025).creditCode());

        OrgSettingsViewModel reopened = new OrgSettingsViewModel(ctx.settings(), new CurrentThreadTaskExecutor());
        reopened.load();
        assertEquals("11520000MB1234567J", reopened.creditCodeProperty().get());
        assertFalse(reopened.hasChanges());

        reopened.creditCodeProperty().set("");
        reopened.save();
        assertTrue(ctx.settings().creditCode().isEmpty(), "a blank code removes it: it is optional");
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitDirectoryTest {

    @TempDir
    Path dir;

    private AppContext context;
    private UnitDirectory units;

    @BeforeEach
    void open() {
        context = new AppContext(Database.open(dir.resolve("t.db")), Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        units = context.units();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void a_unit_is_found_by_its_name_or_any_alias_whatever_the_script_or_spacing() {
        Unit office = units.add("县人民政府办公室", UnitKind.ORGANISATION, List.of("县政府办", "政府办"));
        assertEquals(office.id(), units.match("县政府办").orElseThrow().id());
        assertEquals(office.id(), units.match("縣政府辦").orElseThrow().id());
        assertEquals(office.id(), units.match(" 县人民政府 办公室 ").orElseThrow().id());
        assertTrue(units.match("县财政局").isEmpty());
    }

    @Test
    void the_closest_names_are_offered_for_an_unknown_unit() {
        units.add("办公室", UnitKind.SECTION, List.of());
        units.add("政策法规处", UnitKind.DIVISION, List.of());
        units.add("县财政局", UnitKind.ORGANISATION, List.of());
        List<UnitMatcher.Suggestion> s = units.suggest("局办公室", 2);
        assertEquals("办公室", s.get(0).unit().name());
        assertEquals("政策法规处", units.suggest("局政策法规处", 1).get(0).unit().name());
        assertEquals("县财政局", units.suggest("县财政", 1).get(0).unit().name());
        assertEquals(List.of(), units.suggest("国家统计局某某调查队", 3).stream().filter(x -> x.score() > 0.6).toList());
    }

    @Test
    void a_name_or_alias_already_used_is_refused_and_nothing_is_stored() {
        units.add("县财政局", UnitKind.ORGANISATION, List.of("财政局"));
        ValidationError e = assertThrows(ValidationError.class, () -> units.add("县税务局", UnitKind.ORGANISATION, List.of("财政局")));
        assertTrue(e.getMessage().contains("“财政局”已是单位“县财政局”"), e.getMessage());
        assertEquals(1, units.all().size());
        assertThrows(ValidationError.class, () -> units.add(" ", UnitKind.ORGANISATION, List.of()));
        assertThrows(ValidationError.class, () -> units.add("某单位", null, List.of()));
    }

    @Test
    void an_alias_is_added_and_audited() {
        Unit u = units.add("县政务服务和数据管理局", UnitKind.ORGANISATION, List.of());
        units.addAlias(u.id(), "县数据局");
        assertEquals(u.id(), units.match("县数据局").orElseThrow().id());
        assertTrue(context.audit().history("unit", u.id()).stream().anyMatch(a -> a.summary().contains("新增别名：县数据局")));
    }

    @Test
    void a_stopped_unit_is_not_matched_but_keeps_its_name() {
        Unit u = units.add("县档案局", UnitKind.ORGANISATION, List.of());
        units.setActive(u.id(), false);
        assertTrue(units.match("县档案局").isEmpty());
        assertThrows(ValidationError.class, () -> units.add("县档案局", UnitKind.ORGANISATION, List.of()));
    }
}

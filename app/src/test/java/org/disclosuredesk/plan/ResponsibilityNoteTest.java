// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every note form of the issue: leads and responsible units kept apart, names kept as written. */
class ResponsibilityNoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "牵头处室：综合处，责任处室：各处 | 综合处 | 各处",
        "牵头处室:综合处,责任处室:各处 | 综合处 | 各处",
        "责任单位：A、B，C | '' | A;B;C",
        "责任单位:省直各部门,各市〔州〕政府,各县〔市、区、特区〕政府 | '' | 省直各部门;各市〔州〕政府;各县〔市、区、特区〕政府",
        "责任处室：秘书处牵头，各处室配合 | 秘书处 | 各处室",
        "党政办公室牵头落实 | 党政办公室 | ''",
        "局办公室、局政策法规处牵头落实 | 局办公室;局政策法规处 | ''",
        "各街道办事处、相关各部门负责落实 | '' | 各街道办事处;相关各部门",
        "局政策法规处、办公室分别负责落实，各单位部门配合 | '' | 局政策法规处;办公室;各单位部门",
        "局办公室牵头落实、信息中心承担局网站政务公开具体工作 | 局办公室 | 信息中心",
        "各单位部门落实 | '' | 各单位部门",
        "局办公室牵头 | 局办公室 | ''",
        "責任單位：縣政府辦；牽頭單位：縣司法局 | 縣司法局 | 縣政府辦",
        "牵头股室：办公室；配合股室：法规股 | 办公室 | 法规股",
        "由县政府办牵头，县直各部门按职责分工负责 | 县政府办 | 县直各部门",
        "牵头单位：县司法局；责任单位：县直各部门；责任领导：王某某 | 县司法局 | 县直各部门",
        "县财政局、县税务局等负责 | '' | 县财政局;县税务局"})
    void reads_the_units_of_a_note(String note, String lead, String responsible) {
        ResponsibilityNote n = ResponsibilityNote.parse(note).orElseThrow();
        assertEquals(list(lead), n.leadUnits());
        assertEquals(list(responsible), n.responsibleUnits());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"互联网协议第6版", "黔府办发〔2016〕12号", "室", "镇、街道", "此件公开发布", "简称“五公开”",
        "要确保各项措施落实", "单位"})
    void a_bracket_that_is_not_a_note_stays_text(String content) {
        assertTrue(ResponsibilityNote.parse(content).isEmpty(), content);
    }

    @org.junit.jupiter.api.Test
    void a_time_limit_inside_a_note_is_kept_as_a_phrase() {
        ResponsibilityNote n = ResponsibilityNote.parse("责任单位：县政府办，完成时限：2020年9月底前").orElseThrow();
        assertEquals(List.of("县政府办"), n.responsibleUnits());
        assertEquals(List.of("2020年9月底前"), n.deadlinePhrases());
    }

    @org.junit.jupiter.api.Test
    void a_table_cell_takes_its_columns_role_unless_it_says_otherwise() {
        assertEquals(List.of("县政府办"), ResponsibilityNote.parse("县政府办", UnitRole.LEAD).orElseThrow().leadUnits());
        ResponsibilityNote mixed = ResponsibilityNote.parse("县政府办牵头，各乡镇配合", UnitRole.RESPONSIBLE).orElseThrow();
        assertEquals(List.of("县政府办"), mixed.leadUnits());
        assertEquals(List.of("各乡镇"), mixed.responsibleUnits());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "宣传处会办公室 | 宣传处 | 办公室",
        "市财政局会同市审计局负责 | 市财政局 | 市审计局",
        "县政府办会同县司法局、县档案馆 | 县政府办 | 县司法局;县档案馆",
        "应急处、宣传处会办公室 | 宣传处 | 应急处;办公室",
        "区总工会 | '' | 区总工会",
        "县残疾人联合会、县科协 | '' | 县残疾人联合会;县科协",
        "市城管委会同市住建局 | '' | 市城管委会同市住建局"})
    void the_office_before_hui_leads_the_ones_after_work_with_it(String cell, String lead, String responsible) {
        ResponsibilityNote n = ResponsibilityNote.parse(cell, UnitRole.RESPONSIBLE).orElseThrow();
        assertEquals(list(lead), n.leadUnits());
        assertEquals(list(responsible), n.responsibleUnits());
    }

    private static List<String> list(String semicolonSeparated) {
        return semicolonSeparated.isEmpty() ? List.of() : Arrays.asList(semicolonSeparated.split(";"));
    }
}

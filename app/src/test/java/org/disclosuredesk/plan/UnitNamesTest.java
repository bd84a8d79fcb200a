// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"办公室", "各科室", "区数据资源局", "各镇(办)", "广电旅游和公共服务股(行政审批服务股)", "全区经济运行各专班",
        "区各行政规范性文件制定主体", "各县(市、区)政府(管委会)", "功能区管委会", "相关区直部门"})
    void office_names_read_as_units(String name) {
        assertTrue(UnitNames.looksLikeUnit(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"加强宣传", "推进政策公开", "做好指导监督", "行政规范", "基础信息公开", "持续推进"})
    void task_titles_do_not(String name) {
        assertFalse(UnitNames.looksLikeUnit(name), name);
    }

    @Test
    void a_and_b_and_a_with_the_others_like_it_are_two_units() {
        assertEquals(List.of("其他股室", "属下单位"), UnitNames.split("其他股室及属下单位"));
        assertEquals(List.of("区发改委", "相关区直部门"), UnitNames.split("区发改委等相关区直部门"));
        assertEquals(List.of("市级各有关部门", "各县市区政府"), UnitNames.split("市级各有关部门及各县市区政府"));
        assertEquals(List.of("县政府办"), UnitNames.split("县政府办"));
    }

    @Test
    void a_cell_of_units_is_told_from_a_task_title() {
        assertTrue(UnitNames.isUnitList("办公室牵头,各科室配合"));
        assertTrue(UnitNames.isUnitList("市政府各有关部门,各县市区人民政府、功能区管委会负责落实"));
        assertFalse(UnitNames.isUnitList("强化行政规范性文件集中规范公开"));
        assertFalse(UnitNames.isUnitList("对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。"));
    }
}

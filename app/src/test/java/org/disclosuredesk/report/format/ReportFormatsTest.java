// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The labels as the reference (国办公开办函〔2021〕30号 / 〔2019〕60号) prints them, typed here once more on purpose. */
class ReportFormatsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2019, 2019", "2020, 2019", "2021, 2021", "2025, 2021", "2040, 2021"})
    void a_year_gets_the_format_prescribed_for_it(int year, String version) {
        assertEquals(version, ReportFormats.forYear(year).version());
    }

    @Test
    void there_is_no_format_before_2019() {
        assertThrows(UserError.class, () -> ReportFormats.forYear(2018));
    }

    @Test
    void table_three_rows_of_2021_read_as_the_reference() {
        List<String> labels = ReportFormats.FORMAT_2021.requestRows().stream()
                .map(r -> r.heading() + "|" + (r.group() == null ? "" : r.group()) + "|" + (r.item() == null ? "" : r.item()))
                .collect(Collectors.toList());
        assertEquals(List.of(
                "一、本年新收政府信息公开申请数量||",
                "二、上年结转政府信息公开申请数量||",
                "三、本年度办理结果|（一）予以公开|",
                "三、本年度办理结果|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|",
                "三、本年度办理结果|（三）不予公开|1.属于国家秘密",
                "三、本年度办理结果|（三）不予公开|2.其他法律行政法规禁止公开",
                "三、本年度办理结果|（三）不予公开|3.危及“三安全一稳定”",
                "三、本年度办理结果|（三）不予公开|4.保护第三方合法权益",
                "三、本年度办理结果|（三）不予公开|5.属于三类内部事务信息",
                "三、本年度办理结果|（三）不予公开|6.属于四类过程性信息",
                "三、本年度办理结果|（三）不予公开|7.属于行政执法案卷",
                "三、本年度办理结果|（三）不予公开|8.属于行政查询事项",
                "三、本年度办理结果|（四）无法提供|1.本机关不掌握相关政府信息",
                "三、本年度办理结果|（四）无法提供|2.没有现成信息需要另行制作",
                "三、本年度办理结果|（四）无法提供|3.补正后申请内容仍不明确",
                "三、本年度办理结果|（五）不予处理|1.信访举报投诉类申请",
                "三、本年度办理结果|（五）不予处理|2.重复申请",
                "三、本年度办理结果|（五）不予处理|3.要求提供公开出版物",
                "三、本年度办理结果|（五）不予处理|4.无正当理由大量反复申请",
                "三、本年度办理结果|（五）不予处理|5.要求行政机关确认或重新出具已获取信息",
                "三、本年度办理结果|（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "三、本年度办理结果|（六）其他处理|2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "三、本年度办理结果|（六）其他处理|3.其他",
                "三、本年度办理结果|（七）总计|",
                "四、结转下年度继续办理||"), labels);
    }

    @Test
    void the_2019_format_prints_other_handling_as_one_row_so_results_span_20_rows() {
        assertEquals(22, ReportFormats.FORMAT_2021.requestRows().stream().filter(r -> r.heading().equals("三、本年度办理结果")).count());
        assertEquals(20, ReportFormats.FORMAT_2019.requestRows().stream().filter(r -> r.heading().equals("三、本年度办理结果")).count());
        assertEquals("（六）其他处理", ReportFormats.FORMAT_2019.requestRow("6").orElseThrow().label());
    }

    @Test
    void table_two_of_each_format_reads_as_the_reference() {
        assertEquals(List.of(
                "第二十条第（一）项:信息内容,本年制发件数,本年废止件数,现行有效件数:规章,行政规范性文件",
                "第二十条第（五）项:信息内容,本年处理决定数量:行政许可",
                "第二十条第（六）项:信息内容,本年处理决定数量:行政处罚,行政强制",
                "第二十条第（八）项:信息内容,本年收费金额（单位：万元）:行政事业性收费"), blocks(ReportFormats.FORMAT_2021));
        assertEquals(List.of(
                "第二十条第（一）项:信息内容,本年新制作数量,本年新公开数量,对外公开总数量:规章,规范性文件",
                "第二十条第（五）项:信息内容,上一年项目数量,本年增/减,处理决定数量:行政许可,其他对外管理服务事项",
                "第二十条第（六）项:信息内容,上一年项目数量,本年增/减,处理决定数量:行政处罚,行政强制",
                "第二十条第（八）项:信息内容,上一年项目数量,本年增/减:行政事业性收费",
                "第二十条第（九）项:信息内容,采购项目数量,采购总金额:政府集中采购"), blocks(ReportFormats.FORMAT_2019));
    }

    @Test
    void table_four_and_the_table_three_header_come_from_the_law_enums() {
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", CommonLabels.REQUESTS_CORNER);
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                ApplicantColumns.keys().stream().map(ApplicantColumns::label).collect(Collectors.toList()));
        assertEquals(15, ReviewColumns.keys().size());
        assertEquals(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
                ReviewColumns.keys().subList(0, 5).stream().map(ReviewColumns::resultLabel).collect(Collectors.toList()));
    }

    private static List<String> blocks(ReportFormat f) {
        return f.activeDisclosure().stream().map(b -> b.title() + ":" + String.join(",", b.header()) + ":"
                + b.rows().stream().map(DisclosureBlock.Row::label).collect(Collectors.joining(","))).collect(Collectors.toList());
    }
}

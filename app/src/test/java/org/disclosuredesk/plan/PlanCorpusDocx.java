// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes the .docx files of the test corpus, the way Word stores them: a 任务分工表 with vertically
 * merged 工作任务/牵头单位 cells, section rows merged across the table and a two-row header (责任分工 over
 * 牵头单位 | 配合单位); and a plan numbered with Word's automatic lists (the labels are not in the text).
 */
public final class PlanCorpusDocx {

    private PlanCorpusDocx() {
    }

    /** Cell content; {@code CONTINUE} marks a position covered by the merged cell above. */
    private static final String CONTINUE = "\u0000continue";

    public static Path taskTable(Path folder) throws IOException {
        Path file = folder.resolve("task-table.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("XX县2024年政务公开重点工作任务分工表");
            doc.createParagraph().createRun().setText("为做好2024年政务公开工作，现将重点任务分解如下：");
            XWPFTable table = doc.createTable(1, 6);
            // Header: 序号, 工作任务, 具体要求 and 完成时限 span two rows; 责任分工 spans 牵头单位 and 配合单位.
            fill(table.getRow(0), List.of("序号", "工作任务", "具体要求", "责任分工", "", "完成时限"));
            vMergeStart(table.getRow(0), 0, 1, 2, 5);
            mergeAcross(table.getRow(0), 3, 2);
            XWPFTableRow h2 = table.createRow();
            fill(h2, List.of(CONTINUE, CONTINUE, CONTINUE, "牵头单位", "配合单位", CONTINUE));
            section(table, "一、深化政策解读");
            XWPFTableRow r1 = row(table, "1", "加强政策解读", "重要政策文件与解读材料同步起草、同步审签、同步发布", "县政府办", "县直各部门", "长期坚持");
            vMergeStart(r1, 1);
            row(table, "2", CONTINUE, "主要负责同志年内解读重要政策不少于1次", "县政府办", "各乡镇、县直各部门", "12月底前");
            section(table, "二、加强平台建设");
            row(table, "3", "政府网站集约化", "完成县政府网站与市级平台对接", "县大数据中心", "", "2024年6月30日前");
            row(table, "4", "政务新媒体管理", "每季度开展一次政务新媒体检查", "县委网信办、县政府办", "各乡镇", "每季度");
            XWPFTableRow r5 = row(table, "5", "依申请公开", "办理政府信息公开申请，答复时限不超过20个工作日", "县政府办", "县司法局", "收到申请之日起20个工作日内");
            vMergeStart(r5, 3);
            row(table, "6", "年度报告", "发布2023年度政府信息公开工作年度报告", CONTINUE, "各乡镇", "2024年1月31日前");
            doc.createParagraph().createRun().setText("各责任单位要按时完成任务，并于完成后5个工作日内报送落实情况。");
            write(doc, file);
        }
        return file;
    }

    /**
     * A bureau's 任务分工 table in the other column names offices use (工作任务 | 细化分工 | 责任处室 | 时限要求),
     * with a 工作任务 cell merged over two numbered rows and a 责任处室 cell merged over two rows.
     */
    public static Path bureauTable(Path folder) throws IOException {
        Path file = folder.resolve("bureau-table.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("省交通运输厅2024年政务公开工作任务分工");
            doc.createParagraph().createRun().setText("各处室、厅属各单位：现将2024年政务公开工作任务分工如下，请认真抓好落实。");
            XWPFTable table = doc.createTable(1, 5);
            fill(table.getRow(0), List.of("序号", "工作任务", "细化分工", "责任处室", "时限要求"));
            XWPFTableRow r1 = row(table, "1", "深化政策解读", "出台政策文件时同步发布解读材料", "办公室牵头，各处室配合", "长期坚持");
            vMergeStart(r1, 1);
            row(table, "2", CONTINUE, "厅主要负责同志年内解读重要政策不少于2次", "办公室", "年内");
            XWPFTableRow r3 = row(table, "3", "规范依申请公开", "依法按时答复政府信息公开申请", "政策法规处", "收到申请之日起20个工作日内");
            vMergeStart(r3, 3);
            row(table, "4", "发布年度报告", "发布2023年政府信息公开工作年度报告", CONTINUE, "2024年1月31日前");
            row(table, "5", "政务新媒体管理", "每季度开展一次政务新媒体自查", "办公室、信息中心", "每季度");
            doc.createParagraph().createRun().setText("省交通运输厅办公室");
            doc.createParagraph().createRun().setText("2024年1月10日");
            write(doc, file);
        }
        return file;
    }

    /**
     * Field corpus (test set): 宣城市 2020 基层政务公开 task table, typed from the table on the city's page. Word
     * broke it over a page, so it is two tables, the second repeating the header row (序號 | 工作任務 | 責任單位 |
     * 時限要求); the deadlines are 「2020年10月底」 style, without 前.
     */
    public static Path xuancheng2020SplitTable(Path folder) throws IOException {
        return splitTable(folder.resolve("xuancheng-2020-split-table.docx"),
                List.of("宣城市全面推進基層政務公開標準化規範化工作實施方案", "附件", "任務分工表"),
                List.of("序號", "工 作 任 務", "責任單位", "時限要求"),
                List.of(List.of("1", "根據省基層政務公開事項梳理指南和基層政務公開事項指引目錄，指導各縣市區抓好落實。", "市直26個試點領域業務主管部門", "2020年10月底"),
                        List.of("2", "編制完善基層政務公開事項目錄並按目錄公開各類信息。", "各縣市區政府，各鄉鎮政府、街道辦事處", "2020年11月底"),
                        List.of("3", "全面準確公開基層政務服務事項、辦事指南、辦事流程、辦事機構等信息。", "市數據資源局，各縣市區政府，各鄉鎮政府、街道辦事處", "2020年底")),
                List.of(List.of("4", "推行基層政務服務一次告知制度。", "市數據資源局，各縣市區政府，各鄉鎮政府、街道辦事處", "2020年底"),
                        List.of("5", "縣、鄉兩級政府要健全政務公開工作機構，確保政務公開工作有機構承擔、有專人負責，政務公開工作專職人員要保持相對穩定。", "各縣市區政府，各鄉鎮政府、街道辦事處", "2020年底"),
                        List.of("6", "縣、鄉兩級政府要對政府信息進行全生命周期的規範管理，健全政府信息公開屬性的源頭認定機制，對已發佈的信息要定期評估、動態調整。", "各縣(市、區)政府，各鄉鎮政府、街道辦事處", "2021年底")),
                true);
    }

    /**
     * Field corpus (batch 3): 广东省卫生健康委 2021 政务公开工作重点任务台账, typed from the table on the page
     * (序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注). The page leaves out the cells a merge covers, so
     * each 工作任务 cell is merged down over the rows that lack one (rows 1–4 and 5–8); 备注 is empty.
     */
    public static Path guangdongWjw2021Ledger(Path folder) throws IOException {
        Path file = folder.resolve("guangdong-wjw-2021-ledger.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("2021 年政务公开工作重点任务台账");
            XWPFTable table = doc.createTable(1, 6);
            fill(table.getRow(0), List.of("序号", "工作任务", "细化分工", "责任处室", "完成时限", "备注"));
            XWPFTableRow r1 = row(table, "1", "做好常态化疫情防控信息发布", "重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息",
                    "应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实", "长期推进", "");
            vMergeStart(r1, 1);
            row(table, "2", CONTINUE, "扎实做好疫苗接种信息公开和舆论引导工作", "疾控处", "长期推进", "");
            row(table, "3", CONTINUE, "提高新冠肺炎疫情信息发布规范化水平,强化政府内部信息整合", "宣传处会办公室", "2021年8月前", "");
            row(table, "4", CONTINUE, "做好爱国卫生运动、健康中国行动、健康广东行动的信息发布工作", "规划信息处(爱卫办)", "长期推进", "");
            XWPFTableRow r5 = row(table, "5", "常规政务公开事项", "强化行政执法信息公开,加强反垄断与反不正当竞争执法信息公开", "政法处", "长期推进", "");
            vMergeStart(r5, 1);
            row(table, "6", CONTINUE, "积极推进部门所属单位预算、决算及相关报表公开", "财务处",
                    "2021年2月公布预算信息,2021年8月公布上年度决算信息", "");
            row(table, "7", CONTINUE, "逐步清理、摸清底数,有步骤推进本部门规范性文件统一公开工作", "政法处", "长期推进", "");
            row(table, "8", CONTINUE, "修订完善本部门主动公开目录,指导下级卫生健康行政部门有序推进基层政务公开标准化规范化建设", "办公室", "长期推进", "");
            write(doc, file);
        }
        return file;
    }

    /**
     * A task table Word broke over a page: two tables with the same columns, the second repeating the
     * header row when {@code repeatHeader}.
     */
    public static Path splitTable(Path file, List<String> paragraphs, List<String> header, List<List<String>> first,
            List<List<String>> second, boolean repeatHeader) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraphs.forEach(p -> doc.createParagraph().createRun().setText(p));
            XWPFTable one = doc.createTable(1, header.size());
            fill(one.getRow(0), header);
            first.forEach(r -> row(one, r.toArray(new String[0])));
            doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
            XWPFTable two = doc.createTable(1, header.size());
            fill(two.getRow(0), repeatHeader ? header : second.get(0));
            (repeatHeader ? second : second.subList(1, second.size())).forEach(r -> row(two, r.toArray(new String[0])));
            write(doc, file);
        }
        return file;
    }

    public static Path autoNumbered(Path folder) throws IOException {
        Path file = folder.resolve("auto-numbered.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numId = chineseOutline(doc);
            doc.createParagraph().createRun().setText("XX镇2025年政务公开工作方案");
            doc.createParagraph().createRun().setText("为做好本镇2025年政务公开工作，制定本方案。");
            numbered(doc, numId, 0, "总体要求");
            doc.createParagraph().createRun().setText("坚持以公开为常态、不公开为例外。");
            numbered(doc, numId, 0, "重点任务");
            numbered(doc, numId, 1, "推进财政信息公开。（责任单位：镇财政所）");
            numbered(doc, numId, 1, "做好村务公开。每月10日前公开上月村级财务收支。（责任单位：各村委会，镇农经站配合）");
            numbered(doc, numId, 0, "工作要求");
            numbered(doc, numId, 1, "各村要长期坚持公开。（镇党政办牵头）");
            write(doc, file);
        }
        return file;
    }

    private static BigInteger chineseOutline(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        level(abs, 0, "%1、");
        level(abs, 1, "（%2）");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    private static void level(CTAbstractNum abs, int ilvl, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static XWPFTableRow row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        fill(row, List.of(cells));
        return row;
    }

    private static void section(XWPFTable table, String title) {
        XWPFTableRow row = table.createRow();
        fill(row, List.of(title, "", "", "", "", ""));
        mergeAcross(row, 0, 6);
    }

    private static void fill(XWPFTableRow row, List<String> texts) {
        while (row.getTableCells().size() < texts.size()) {
            row.addNewTableCell();
        }
        for (int i = 0; i < texts.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            String t = texts.get(i);
            if (CONTINUE.equals(t)) {
                tcPr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
            } else if (!t.isEmpty()) {
                cell.setText(t);
            }
        }
    }

    private static void vMergeStart(XWPFTableRow row, int... columns) {
        for (int c : columns) {
            tcPr(row.getCell(c)).addNewVMerge().setVal(STMerge.RESTART);
        }
    }

    /** Merges {@code span} cells from {@code first} into one cell spanning the grid columns. */
    private static void mergeAcross(XWPFTableRow row, int first, int span) {
        tcPr(row.getCell(first)).addNewGridSpan().setVal(BigInteger.valueOf(span));
        for (int i = 1; i < span; i++) {
            row.removeCell(first + 1);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void write(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }
}

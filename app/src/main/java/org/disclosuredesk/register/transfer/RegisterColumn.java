// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.util.List;
import java.util.Locale;
import org.disclosuredesk.shared.transfer.SheetField;

/**
 * The register's columns in a spreadsheet: the heading the export writes, and the headings offices'
 * own ledgers use for the same thing, so a first import maps most columns by itself.
 */
public enum RegisterColumn implements SheetField {
    INDEX_NUMBER("索引号", "信息索引号", "索引"),
    DOC_NUMBER("文号", "发文字号", "发文文号", "文件编号", "文件字号"),
    TITLE("标题", "文件标题", "文件名称", "信息名称", "名称", "题目"),
    ISSUING_ORGAN("发文机关", "发布机构", "发文单位", "发布机关", "制发机关"),
    WRITTEN_ON("成文日期", "印发日期", "发文日期", "成文时间"),
    PUBLISHED_ON("发布日期", "公开日期", "发布时间", "公开时间"),
    ATTRIBUTE("公开属性", "公开类型"),
    NON_DISCLOSURE_REASON("不公开理由", "不予公开理由", "依申请公开理由", "理由"),
    CHANNELS("公开方式", "公开渠道", "发布渠道", "公开载体"),
    CATEGORY("信息类别", "主题分类", "类别", "信息分类"),
    DOC_TYPE("文种", "文件类型", "文件类别"),
    VALIDITY("有效性", "效力状态", "时效性"),
    VALIDITY_CHANGED_ON("有效性变更日期", "废止日期", "失效日期", "废止（失效）日期"),
    INTERPRETATION_TITLE("政策解读", "解读标题", "政策解读标题"),
    INTERPRETATION_PUBLISHED_ON("解读发布日期", "政策解读发布日期", "解读日期"),
    SECRECY_REVIEWER("保密审查人", "审查人"),
    SECRECY_REVIEWED_ON("保密审查日期", "审查日期"),
    SECRECY_RESULT("保密审查结果", "审查结果");

    private final String heading;
    private final List<String> aliases;

    RegisterColumn(String heading, String... aliases) {
        this.heading = heading;
        this.aliases = List.of(aliases);
    }

    @Override
    public String heading() {
        return heading;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** Stable key for remembered mappings and {@code --mapping} files. */
    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean required() {
        return this == TITLE || this == WRITTEN_ON;
    }
}

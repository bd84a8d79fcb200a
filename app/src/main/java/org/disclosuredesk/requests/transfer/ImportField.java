// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.util.List;
import org.disclosuredesk.shared.transfer.SheetField;

/**
 * What a column of an existing log can hold. {@code label} is the column title the export writes
 * (so an exported log imports again unchanged); {@code aliases} are titles real ledgers use.
 */
public enum ImportField implements SheetField {
    ORIGINAL_NUMBER("登记号", false, "原登记号", "申请编号", "编号", "序号", "受理号"),
    APPLICANT_KIND("申请人类型", true, "申请人类别", "类型", "申请主体", "主体类型"),
    APPLICANT_NAME("申请人", true, "申请人姓名", "申请人名称", "申请人姓名或名称", "姓名/名称", "姓名", "名称"),
    ID_TYPE("证件类型", false, "身份证明类型"),
    ID_NUMBER("证件号码", false, "身份证号", "身份证号码", "统一社会信用代码", "证件号"),
    PHONE("联系电话", false, "电话", "手机", "联系方式"),
    ADDRESS("通信地址", false, "地址", "联系地址", "通讯地址"),
    EMAIL("电子邮箱", false, "邮箱", "E-mail", "Email"),
    CHANNEL("申请方式", false, "提交方式", "申请渠道", "渠道"),
    SUBMITTED_ON("提交日期", false, "申请日期", "递交日期"),
    RECEIVED_ON("收到申请日期", true, "收到日期", "收件日期", "受理日期", "登记日期", "收到申请时间"),
    CONTENT("申请内容", true, "申请公开的信息", "申请公开内容", "所需信息", "申请事项", "内容"),
    FORM_WANTED("获取方式", false, "获取信息的方式", "提供形式", "载体形式"),
    RESULT("办理结果", false, "处理结果", "答复结果", "答复类型", "结果"),
    DECIDED_ON("答复日期", false, "办结日期", "答复时间", "办结时间"),
    NOTES("备注", false, "说明");

    private final String label;
    private final boolean required;
    private final List<String> aliases;

    ImportField(String label, boolean required, String... aliases) {
        this.label = label;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public String label() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }

    /** The column title the export writes: the label. */
    @Override
    public String heading() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The name mapping files and the remembered mapping use (APPLICANT_NAME). */
    @Override
    public String key() {
        return name();
    }

    @Override
    public boolean required() {
        return required;
    }
}

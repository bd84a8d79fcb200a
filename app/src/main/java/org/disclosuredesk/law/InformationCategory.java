// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.law;

import java.util.Arrays;
import java.util.Optional;

/** 信息类别: the items of 条例第二十条 that an administrative organ publishes proactively. */
public enum InformationCategory {
    ITEM_1("（一）", "行政法规、规章和规范性文件"),
    ITEM_2("（二）", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
    ITEM_3("（三）", "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
    ITEM_4("（四）", "国民经济和社会发展统计信息"),
    ITEM_5("（五）", "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"),
    ITEM_6("（六）", "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定"),
    ITEM_7("（七）", "财政预算、决算信息"),
    ITEM_8("（八）", "行政事业性收费项目及其依据、标准"),
    ITEM_9("（九）", "政府集中采购项目的目录、标准及实施情况"),
    ITEM_10("（十）", "重大建设项目的批准和实施情况"),
    ITEM_11("（十一）", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
    ITEM_12("（十二）", "突发公共事件的应急预案、预警信息及应对情况"),
    ITEM_13("（十三）", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
    ITEM_14("（十四）", "公务员招考的职位、名额、报考条件等事项以及录用结果"),
    ITEM_15("（十五）", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息");

    private final String item;
    private final String text;

    InformationCategory(String item, String text) {
        this.item = item;
        this.text = text;
    }

    /** The item number as the 条例 prints it: （一）. */
    public String item() {
        return item;
    }

    public String text() {
        return text;
    }

    /** Stored and shown as 第二十条（一）行政法规、规章和规范性文件. */
    public String label() {
        return "第二十条" + item + text;
    }

    /** Accepts the label, the item's text, or its number written as （一）, 一 or 1. */
    public static Optional<InformationCategory> fromText(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String t = value.trim().replace("(", "（").replace(")", "）");
        for (InformationCategory c : values()) {
            String bare = c.item.substring(1, c.item.length() - 1);
            if (t.equals(c.label()) || t.equals(c.text) || t.equals(c.item) || t.equals(bare)
                    || t.equals(c.item + c.text) || t.equals(String.valueOf(c.ordinal() + 1))) {
                return Optional.of(c);
            }
        }
        return Arrays.stream(values()).filter(c -> t.startsWith("第二十条" + c.item)).findFirst();
    }
}

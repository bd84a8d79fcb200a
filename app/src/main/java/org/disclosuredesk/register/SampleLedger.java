// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.InformationCategory;
import org.disclosuredesk.law.PublicationChannel;

/**
 * Realistic register entries of a county, reproducible from a seed: the demo office enters a few hundred
 * through the register's checks, and the benchmark stores a million in batches. Most are published within
 * the 第二十六条 period; a few are late, unpublished, abolished, or lack their 解读, as in a real ledger.
 */
public final class SampleLedger {

    private static final String[][] ORGANS = {
        {"示例县人民政府办公室", "示府办发"}, {"示例县人民政府", "示府发"}, {"示例县发展和改革局", "示发改"},
        {"示例县财政局", "示财"}, {"示例县教育局", "示教"}, {"示例县自然资源局", "示自然资"},
        {"示例县住房和城乡建设局", "示住建"}, {"示例县农业农村局", "示农"}, {"示例县卫生健康局", "示卫健"},
        {"示例县应急管理局", "示应急"}, {"示例县市场监督管理局", "示市监"}, {"示例县生态环境局", "示环"},
    };
    /** Topic, and the 第二十条 item it falls under. */
    private static final Object[][] TOPICS = {
        {"安全生产", InformationCategory.ITEM_13}, {"乡村振兴", InformationCategory.ITEM_11},
        {"优化营商环境", InformationCategory.ITEM_5}, {"防汛抗旱", InformationCategory.ITEM_12},
        {"森林防火", InformationCategory.ITEM_12}, {"农村人居环境整治", InformationCategory.ITEM_11},
        {"城乡居民医疗保险", InformationCategory.ITEM_11}, {"义务教育招生入学", InformationCategory.ITEM_11},
        {"政府信息公开", InformationCategory.ITEM_15}, {"耕地保护", InformationCategory.ITEM_3},
        {"城市管理", InformationCategory.ITEM_1}, {"食品安全监督抽检", InformationCategory.ITEM_13},
        {"生态环境保护", InformationCategory.ITEM_13}, {"就业创业扶持", InformationCategory.ITEM_11},
        {"养老服务体系建设", InformationCategory.ITEM_11}, {"生活垃圾分类", InformationCategory.ITEM_3},
        {"农村饮水安全", InformationCategory.ITEM_11}, {"重大行政决策", InformationCategory.ITEM_1},
        {"行政执法公示", InformationCategory.ITEM_6}, {"政务服务事项", InformationCategory.ITEM_5},
        {"古树名木保护", InformationCategory.ITEM_15}, {"财政预算公开", InformationCategory.ITEM_7},
        {"涉企收费清单", InformationCategory.ITEM_8}, {"政府集中采购", InformationCategory.ITEM_9},
        {"重点项目建设", InformationCategory.ITEM_10}, {"公务员招录", InformationCategory.ITEM_14},
        {"统计调查", InformationCategory.ITEM_4}, {"机构职能调整", InformationCategory.ITEM_2},
    };
    private static final String[] PLAN_KINDS = {"实施方案", "工作要点", "应急预案", "考核办法", "三年行动计划"};
    private static final String[] NORMATIVE_KINDS = {"管理办法", "实施细则", "暂行规定", "实施办法"};
    private static final String[] REVIEWERS = {"王芳", "李强", "张敏", "刘洋", "陈静"};
    private static final String[] SENTENCES = {
        "各乡镇人民政府，县直各部门：", "现将有关事项通知如下，请结合实际认真贯彻落实。",
        "坚持以人民为中心的发展思想，统筹发展和安全。", "各责任单位要明确分工，压实责任，确保各项任务按期完成。",
        "本办法自印发之日起施行，有效期五年。", "对工作推进不力的单位，予以通报批评。",
        "进一步规范行政权力运行，提升政务服务水平。", "加强政策解读和舆论引导，及时回应社会关切。",
    };

    private final Random random;

    public SampleLedger(long seed) {
        this.random = new Random(seed);
    }

    /** One entry made in {@code year}, dated no later than {@code today}; {@code serial} makes its 文号 unique. */
    public DocumentDraft document(int year, int serial, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
        LocalDate written = workday(first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1)));
        if (written.isAfter(today)) {
            written = today;
        }
        int kind = random.nextInt(100);
        DocType type = kind < 2 ? DocType.RULE : kind < 14 ? DocType.NORMATIVE_DOCUMENT : DocType.OTHER;
        Object[] topic = TOPICS[random.nextInt(TOPICS.length)];
        String[] organ = type == DocType.OTHER ? ORGANS[random.nextInt(ORGANS.length)]
                : type == DocType.RULE ? new String[] {"示例市人民政府", "示例市人民政府令"} : new String[] {"示例县人民政府", "示府规"};
        DocumentDraft.Builder b = DocumentDraft.builder()
                .title(title(type, (String) topic[0], year))
                .issuingOrgan(organ[0])
                .docNumber(type == DocType.RULE ? organ[1] + "第" + serial + "号"
                        : random.nextInt(10) < 9 ? organ[1] + "〔" + year + "〕" + serial + "号" : null)
                .writtenOn(written)
                .category(((InformationCategory) topic[1]).label())
                .docType(type);
        DisclosureAttribute attribute = random.nextInt(100) < 92 ? DisclosureAttribute.PROACTIVE
                : random.nextBoolean() ? DisclosureAttribute.ON_REQUEST : DisclosureAttribute.NOT_DISCLOSED;
        b.attribute(attribute);
        if (attribute != DisclosureAttribute.PROACTIVE) {
            b.nonDisclosureReason(attribute == DisclosureAttribute.ON_REQUEST ? "涉及特定对象，依申请公开" : "属于内部事务信息（条例第十六条）");
        }
        LocalDate published = attribute == DisclosureAttribute.PROACTIVE ? publication(written, today) : null;
        b.publishedOn(published);
        b.channels(channels(type, published));
        if (type == DocType.NORMATIVE_DOCUMENT && published != null) {
            int r = random.nextInt(100);
            if (r < 80) {
                LocalDate on = published.plusDays(r < 70 ? random.nextInt(3) : 5 + random.nextInt(6));
                if (!on.isAfter(today)) {
                    b.interpretationTitle("《" + stripQuotes(title(type, (String) topic[0], year)) + "》政策解读").interpretationPublishedOn(on);
                }
            }
        }
        String reviewer = REVIEWERS[random.nextInt(REVIEWERS.length)];
        b.secrecyReviewer(reviewer).secrecyReviewedOn(written).secrecyResult(SecrecyResult.PASSED);
        return b.build();
    }

    /** A body text of a few sentences, as an attached .docx would give. */
    public String body(DocumentDraft d) {
        StringBuilder sb = new StringBuilder(d.title()).append('\n');
        int n = 3 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            sb.append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return sb.toString();
    }

    /** Whether a document of {@code year} is abolished later, and when (null: still in force). */
    public LocalDate abolishedOn(DocumentDraft d, LocalDate today) {
        if (d.docType() == DocType.OTHER || random.nextInt(100) >= 10) {
            return null;
        }
        LocalDate on = d.writtenOn().plusDays(200 + random.nextInt(1500));
        return on.isAfter(today) ? null : on;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String title(DocType type, String topic, int year) {
        if (type == DocType.RULE) {
            return "示例市" + topic + NORMATIVE_KINDS[random.nextInt(NORMATIVE_KINDS.length)];
        }
        if (type == DocType.NORMATIVE_DOCUMENT) {
            return "示例县人民政府关于印发《示例县" + topic + NORMATIVE_KINDS[random.nextInt(NORMATIVE_KINDS.length)] + "》的通知";
        }
        switch (random.nextInt(6)) {
            case 0:
                return "关于印发《示例县" + topic + PLAN_KINDS[random.nextInt(PLAN_KINDS.length)] + "》的通知";
            case 1:
                return "关于做好" + year + "年" + topic + "工作的通知";
            case 2:
                return "关于开展" + topic + "专项行动的通知";
            case 3:
                return "关于" + year + "年" + topic + "工作情况的通报";
            case 4:
                return "示例县" + topic + "工作领导小组会议纪要";
            default:
                return "关于公布" + year + "年" + topic + "有关事项的公告";
        }
    }

    /** Most within 15 working days; some near the limit; a few late; recent ones maybe not yet. */
    private LocalDate publication(LocalDate written, LocalDate today) {
        int r = random.nextInt(100);
        int days = r < 82 ? 1 + random.nextInt(14) : r < 93 ? 15 + random.nextInt(10) : r < 98 ? 30 + random.nextInt(25) : -1;
        if (days < 0) {
            return null;
        }
        LocalDate on = workday(written.plusDays(days));
        return on.isAfter(today) ? null : on;
    }

    private List<PublicationChannel> channels(DocType type, LocalDate published) {
        List<PublicationChannel> list = new ArrayList<>();
        if (published == null) {
            return list;
        }
        list.add(PublicationChannel.GOVERNMENT_WEBSITE);
        if (type != DocType.OTHER && random.nextInt(10) < 6) {
            list.add(PublicationChannel.GOVERNMENT_GAZETTE);
        }
        if (random.nextInt(10) < 4) {
            list.add(PublicationChannel.NEW_MEDIA);
        }
        if (random.nextInt(10) == 0) {
            list.add(PublicationChannel.NOTICE_BOARD);
        }
        return list;
    }

    private static LocalDate workday(LocalDate d) {
        LocalDate day = d;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static String stripQuotes(String title) {
        int open = title.indexOf('《');
        int close = title.indexOf('》');
        return open >= 0 && close > open ? title.substring(open + 1, close) : title;
    }
}

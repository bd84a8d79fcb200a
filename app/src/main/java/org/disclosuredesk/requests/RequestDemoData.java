// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.law.ApplicantKind.COMMERCIAL_ENTERPRISE;
import static org.disclosuredesk.law.ApplicantKind.LEGAL_SERVICE_ORGANISATION;
import static org.disclosuredesk.law.ApplicantKind.NATURAL_PERSON;
import static org.disclosuredesk.law.ApplicantKind.OTHER_ORGANISATION;
import static org.disclosuredesk.law.ApplicantKind.PUBLIC_WELFARE_ORGANISATION;
import static org.disclosuredesk.law.ApplicantKind.RESEARCH_INSTITUTION;
import static org.disclosuredesk.law.RequestChannel.EMAIL;
import static org.disclosuredesk.law.RequestChannel.FAX;
import static org.disclosuredesk.law.RequestChannel.INTERNET;
import static org.disclosuredesk.law.RequestChannel.IN_PERSON;
import static org.disclosuredesk.law.RequestChannel.ORDINARY_LETTER;
import static org.disclosuredesk.law.RequestChannel.REGISTERED_MAIL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disclosuredesk.calendar.CalendarSource;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.shared.CreditCode;

/**
 * A year of a county office's request log, entered through {@link RequestService} like a clerk would:
 * every result row and applicant kind, 补正, consultations, an extension, fees paid and unpaid, a late
 * answer, requests still open (due soon, overdue, carried over at year end) and review cases, one
 * still pending. Nothing is dated after today: steps that would lie in the future are left undone,
 * which is how a current year ends up with open requests. A past year's stuck requests were answered
 * in the end (some late, some in January of the next year), as an office that is still working shows.
 */
public final class RequestDemoData {

    private final RequestService requests;
    private final ReviewCaseService reviewCases;
    private final CalendarSource calendars;

    public RequestDemoData(RequestService requests, ReviewCaseService reviewCases, CalendarSource calendars) {
        this.requests = requests;
        this.reviewCases = reviewCases;
        this.calendars = calendars;
    }

    /** Fills {@code year} unless the log already holds requests received in it. */
    public void fill(int year) {
        if (!requests.ledger(year).isEmpty()) {
            return;
        }
        LocalDate today = requests.today();
        LocalDate start = LocalDate.of(year, 1, 2);
        LocalDate end = LocalDate.of(year, 12, 31).isBefore(today) ? LocalDate.of(year, 12, 31) : today;
        if (end.isBefore(start)) {
            return;
        }
        WorkCalendar calendar = calendars.current();
        boolean pastYear = year < today.getYear();
        for (Scenario s : scenarios()) {
            LocalDate received = s.receivedIn(start, end, calendar);
            if (received.isAfter(today) || received.getYear() != year) {
                continue;
            }
            Request r = requests.register(s.intake(received, year));
            for (Step step : s.steps) {
                if (step.pastYearOnly && !pastYear) {
                    break;
                }
                LocalDate on = calendar.addWorkingDays(received, step.workingDays);
                if (on.isAfter(today)) {
                    break;
                }
                requests.addEvent(r.id(), step.event.apply(new Dates(on, calendar)));
            }
            if (s.review != null) {
                file(s.review, requests.find(r.id()), today);
            }
        }
    }

    private void file(Review review, Request r, LocalDate today) {
        if (!r.isDecided()) {
            return;
        }
        LocalDate filed = r.decidedOn().plusDays(review.daysAfterDecision);
        if (filed.isAfter(today)) {
            return;
        }
        LocalDate closed = review.closedAfterDays < 0 ? null : filed.plusDays(review.closedAfterDays);
        boolean isClosed = closed != null && !closed.isAfter(today);
        reviewCases.save(new ReviewCase(null, r.id(), review.kind, review.caseNumber.replace("{year}", String.valueOf(filed.getYear())),
                filed, isClosed ? review.result : ReviewResult.PENDING, isClosed ? closed : null, null));
    }

    /** The date of a step and the calendar, to compute limits such as a 补正期限. */
    private record Dates(LocalDate on, WorkCalendar calendar) {
        LocalDate plus(int workingDays) {
            return calendar.addWorkingDays(on, workingDays);
        }
    }

    private record Step(int workingDays, Function<Dates, RequestEvent> event, boolean pastYearOnly) {
    }

    private record Review(ReviewKind kind, String caseNumber, int daysAfterDecision, ReviewResult result, int closedAfterDays) {
    }

    /**
     * One application: {@code at} places it in the period as a fraction (0 = 2 January, 1 = the period's
     * end), or {@code beforeEnd} ≥ 0 places it that many working days before the end.
     */
    private static final class Scenario {
        final ApplicantKind kind;
        final String name;
        final RequestChannel channel;
        final String content;
        final double at;
        final int beforeEnd;
        final List<Step> steps = new ArrayList<>();
        final int person;
        Review review;

        Scenario(ApplicantKind kind, String name, RequestChannel channel, String content, double at, int beforeEnd, int person) {
            this.kind = kind;
            this.name = name;
            this.channel = channel;
            this.content = content;
            this.at = at;
            this.beforeEnd = beforeEnd;
            this.person = person;
        }

        Scenario then(int workingDays, Function<Dates, RequestEvent> event) {
            steps.add(new Step(workingDays, event, false));
            return this;
        }

        /** A step taken only when the year is over: in the current year the request is still open at it. */
        Scenario inAPastYear(int workingDays, Function<Dates, RequestEvent> event) {
            steps.add(new Step(workingDays, event, true));
            return this;
        }

        Scenario decidedInAPastYear(int workingDays, ResultRow row) {
            inAPastYear(workingDays, d -> RequestEvent.decision(d.on(), row));
            return inAPastYear(workingDays + 2, d -> RequestEvent.replySent(d.on(), channel == IN_PERSON ? "当面领取" : "邮寄（EMS）"));
        }

        Scenario decided(int workingDays, ResultRow row) {
            then(workingDays, d -> RequestEvent.decision(d.on(), row));
            return then(workingDays + 2, d -> RequestEvent.replySent(d.on(), channel == IN_PERSON ? "当面领取" : channel == EMAIL || channel == INTERNET ? "电子邮件" : "邮寄（EMS）"));
        }

        Scenario reviewed(Review r) {
            this.review = r;
            return this;
        }

        LocalDate receivedIn(LocalDate start, LocalDate end, WorkCalendar calendar) {
            LocalDate d;
            if (beforeEnd >= 0) {
                d = end;
                for (int n = 0; n < beforeEnd; ) {
                    d = d.minusDays(1);
                    if (calendar.isWorkingDay(d)) {
                        n++;
                    }
                }
            } else {
                d = start.plusDays(Math.round(at * (end.toEpochDay() - start.toEpochDay())));
            }
            while (!calendar.isWorkingDay(d) && d.isAfter(start)) {
                d = d.minusDays(1);
            }
            return d;
        }

        RequestIntake intake(LocalDate received, int year) {
            LocalDate submitted = channel == REGISTERED_MAIL || channel == ORDINARY_LETTER ? received.minusDays(3) : received;
            if (submitted.getYear() != received.getYear()) {
                submitted = received;
            }
            IdType idType = null;
            String idNumber = null;
            if (kind == NATURAL_PERSON) {
                String first17 = "522731" + (1950 + (person * 7) % 50) + String.format("%02d%02d", 1 + person % 12, 1 + (person * 7) % 28) + String.format("%03d", 100 + person * 17 % 900);
                idType = IdType.RESIDENT_ID;
                idNumber = first17 + IdNumberValidator.residentIdCheckDigit(first17);
            } else {
                String first17 = (kind == COMMERCIAL_ENTERPRISE ? "91" : kind == LEGAL_SERVICE_ORGANISATION ? "31" : kind == RESEARCH_INSTITUTION ? "12" : "52")
                        + "522731" + String.format("%09d", 300000000 + person * 7919).replace('0', 'M').substring(0, 9);
                idType = IdType.CREDIT_CODE;
                idNumber = first17 + CreditCode.checkChar(first17);
            }
            String phone = kind == NATURAL_PERSON ? String.format("1380851%04d", 1000 + person * 37) : String.format("0854-86%05d", 10000 + person * 113);
            String address = kind == NATURAL_PERSON ? "示例县城关镇" + (new String[] {"人民路", "文化街", "建设路", "河滨路"})[person % 4] + (person * 3 + 2) + "号"
                    : "示例县经济开发区" + (person % 5 + 1) + "号";
            String form = (new String[] {"纸质", "电子邮件", "纸质，邮寄", "当面查阅", "光盘"})[person % 5];
            return new RequestIntake(new Applicant(kind, name, idType, idNumber, phone, address,
                    channel == EMAIL ? "applicant" + person + "@example.cn" : null),
                    channel, submitted, received, content.replace("{prev}", String.valueOf(year - 1)), form, null);
        }
    }

    private static Scenario at(double at, ApplicantKind kind, String name, RequestChannel channel, String content, int person) {
        return new Scenario(kind, name, channel, content, at, -1, person);
    }

    private static Scenario beforeEnd(int workingDays, ApplicantKind kind, String name, RequestChannel channel, String content, int person) {
        return new Scenario(kind, name, channel, content, 0, workingDays, person);
    }

    private static List<Scenario> scenarios() {
        return List.of(
            at(0.02, NATURAL_PERSON, "张建国", IN_PERSON, "{prev}年城区老旧小区改造项目的立项批复及资金安排", 1).decided(6, ResultRow.DISCLOSED),
            at(0.04, COMMERCIAL_ENTERPRISE, "示例县宏达建材有限公司", REGISTERED_MAIL, "县域砂石资源开采规划及采矿权出让公告", 2).decided(12, ResultRow.DISCLOSED),
            at(0.07, NATURAL_PERSON, "李秀英", INTERNET, "本人房屋所在地块的国有土地上房屋征收决定及补偿方案", 3)
                    .then(4, d -> RequestEvent.consultationSent(d.on(), Consultee.OTHER_AGENCY, "示例县自然资源局", d.plus(15)))
                    .then(9, d -> RequestEvent.consultationAnswered(d.on(), null))
                    .decided(16, ResultRow.PARTLY_DISCLOSED),
            at(0.09, RESEARCH_INSTITUTION, "某某大学公共管理学院", EMAIL, "{prev}年度本县政府信息公开申请办理情况的统计数据", 4).decided(9, ResultRow.DISCLOSED),
            at(0.11, NATURAL_PERSON, "王志强", IN_PERSON, "县人武部年度兵员征集计划及分配名额", 5).decided(8, ResultRow.WITHHELD_STATE_SECRET),
            at(0.13, PUBLIC_WELFARE_ORGANISATION, "某某环保公益服务中心", INTERNET, "示例县工业园区企业排污许可及在线监测数据", 6)
                    .then(3, d -> RequestEvent.consultationSent(d.on(), Consultee.THIRD_PARTY, "示例县恒丰化工有限公司", d.plus(15)))
                    .then(12, d -> RequestEvent.consultationAnswered(d.on(), null).withNote("第三方同意公开监测数据，不同意公开工艺参数"))
                    .then(16, d -> RequestEvent.extension(d.on(), "县政府办公室副主任 周明", d.plus(1), 20))
                    .decided(30, ResultRow.PARTLY_DISCLOSED),
            at(0.15, NATURAL_PERSON, "刘海燕", REGISTERED_MAIL, "有关拆迁的所有文件", 7)
                    .then(2, d -> RequestEvent.correctionSent(d.on(), d.plus(10)).withNote("请明确所指地块、项目名称或文件名称"))
                    .then(13, d -> RequestEvent.of(EventKind.CORRECTION_LAPSED, d.on())),
            at(0.17, NATURAL_PERSON, "陈明", IN_PERSON, "本县个人所得税纳税人名单及纳税金额", 8).decided(10, ResultRow.WITHHELD_FORBIDDEN_BY_LAW),
            at(0.19, LEGAL_SERVICE_ORGANISATION, "某某律师事务所", REGISTERED_MAIL, "某某路拓宽工程征地补偿安置方案及批复文件", 9)
                    .decided(14, ResultRow.DISCLOSED),
            at(0.21, NATURAL_PERSON, "杨丽华", INTERNET, "县城重点目标安全防护方案", 10).decided(7, ResultRow.WITHHELD_THREE_SAFETIES),
            at(0.24, COMMERCIAL_ENTERPRISE, "示例县恒信房地产开发有限公司", IN_PERSON, "竞争对手在土地竞买中提交的财务报表和报价材料", 11)
                    .then(3, d -> RequestEvent.consultationSent(d.on(), Consultee.THIRD_PARTY, "示例县安居置业有限公司", d.plus(15)))
                    .then(10, d -> RequestEvent.consultationAnswered(d.on(), null).withNote("第三方书面反对公开，理由为商业秘密"))
                    .decided(15, ResultRow.WITHHELD_THIRD_PARTY),
            at(0.27, NATURAL_PERSON, "赵德胜", IN_PERSON, "县政府办公室内部人员分工及考勤记录", 12).decided(5, ResultRow.WITHHELD_INTERNAL_AFFAIRS),
            at(0.30, OTHER_ORGANISATION, "城关镇幸福里小区业主委员会", REGISTERED_MAIL, "幸福里地块规划调整的内部讨论记录、请示及领导批示", 13)
                    .decided(11, ResultRow.WITHHELD_PROCESS_INFORMATION)
                    .reviewed(new Review(ReviewKind.ADMINISTRATIVE_REVIEW, "示府复字〔{year}〕第7号", 20, ReviewResult.UPHELD, 55)),
            at(0.32, NATURAL_PERSON, "黄晓东", INTERNET, "某某餐馆{prev}年行政处罚案卷的全部材料", 14).decided(9, ResultRow.WITHHELD_ENFORCEMENT_FILE),
            at(0.34, NATURAL_PERSON, "周玉梅", IN_PERSON, "本人名下不动产的登记资料", 15).decided(3, ResultRow.WITHHELD_ADMINISTRATIVE_ENQUIRY),
            at(0.36, COMMERCIAL_ENTERPRISE, "某某物流有限公司", FAX, "省交通运输厅关于物流园区补贴的内部分配方案", 16).decided(6, ResultRow.UNAVAILABLE_NOT_HELD)
                    .reviewed(new Review(ReviewKind.ADMINISTRATIVE_REVIEW, "示府复字〔{year}〕第12号", 25, ReviewResult.CORRECTED, 60)),
            at(0.38, RESEARCH_INSTITUTION, "某某省社会科学院农村发展研究所", EMAIL, "近十年全县各乡镇招商引资项目的分类统计分析", 17).decided(12, ResultRow.UNAVAILABLE_NEEDS_CREATION),
            at(0.40, NATURAL_PERSON, "吴强", ORDINARY_LETTER, "你们那个关于土地的文件", 18)
                    .then(3, d -> RequestEvent.correctionSent(d.on(), d.plus(10)).withNote("请说明所需文件的名称、文号或所涉地块"))
                    .then(8, d -> RequestEvent.of(EventKind.CORRECTION_RECEIVED, d.on()).withNote("补正后仍只称“土地文件”"))
                    .decided(20, ResultRow.UNAVAILABLE_STILL_UNCLEAR),
            at(0.42, NATURAL_PERSON, "徐文斌", IN_PERSON, "举报某某村干部违规占用耕地建房，要求查处", 19).decided(4, ResultRow.NOT_HANDLED_PETITION),
            at(0.44, LEGAL_SERVICE_ORGANISATION, "某某律师事务所", REGISTERED_MAIL, "某某路拓宽工程征地补偿安置方案及批复文件（再次申请）", 9).decided(6, ResultRow.NOT_HANDLED_REPEATED),
            at(0.46, NATURAL_PERSON, "孙桂兰", IN_PERSON, "《示例县志（2010—2020）》全文", 20).decided(3, ResultRow.NOT_HANDLED_PUBLICATION),
            at(0.48, NATURAL_PERSON, "马骏", INTERNET, "全县2000年以来所有政府常务会议纪要及附件", 21).decided(14, ResultRow.NOT_HANDLED_UNREASONABLE_VOLUME),
            at(0.50, NATURAL_PERSON, "朱红", IN_PERSON, "要求对已获取的征收决定书加盖公章后重新出具", 22).decided(5, ResultRow.NOT_HANDLED_CONFIRMATION),
            at(0.52, COMMERCIAL_ENTERPRISE, "示例县宏达建材有限公司", REGISTERED_MAIL, "2015年至{prev}年全部建设工程规划许可证及附图", 2)
                    .then(4, d -> RequestEvent.feeNotice(d.on(), FeeBasis.BY_VOLUME, 400, d.plus(20)))
                    .then(25, d -> RequestEvent.of(EventKind.FEE_LAPSED, d.on())),
            at(0.54, PUBLIC_WELFARE_ORGANISATION, "示例县志愿者协会", INTERNET, "示例县工业园区规划环境影响报告书全本", 23)
                    .then(3, d -> RequestEvent.feeNotice(d.on(), FeeBasis.BY_VOLUME, 120, d.plus(20)))
                    .then(8, d -> RequestEvent.of(EventKind.FEE_PAID, d.on()))
                    .decided(22, ResultRow.DISCLOSED),
            at(0.56, NATURAL_PERSON, "胡建平", IN_PERSON, "城关镇东门片区棚户区改造补偿标准", 24)
                    .then(1, d -> RequestEvent.decision(d.on(), ResultRow.OTHER).withNote("申请人书面撤回申请"))
                    .then(2, d -> RequestEvent.replySent(d.on(), "当面领取")),
            at(0.58, OTHER_ORGANISATION, "示例县城关镇新华村村民委员会", IN_PERSON, "新华村集体土地征收的批复及补偿款拨付记录", 25).decided(13, ResultRow.DISCLOSED),
            at(0.60, NATURAL_PERSON, "郭静", EMAIL, "某某小学新建教学楼环境影响评价批复", 26).decided(23, ResultRow.DISCLOSED),
            at(0.62, NATURAL_PERSON, "何志明", INTERNET, "{prev}年度城乡最低生活保障资金发放汇总情况", 27).decided(8, ResultRow.DISCLOSED),
            at(0.66, NATURAL_PERSON, "林晓", IN_PERSON, "县城区停车收费标准的制定依据及听证记录", 28).decided(10, ResultRow.DISCLOSED),
            at(0.70, NATURAL_PERSON, "罗国庆", REGISTERED_MAIL, "示例河河道整治工程的招投标文件及中标结果", 29)
                    .decidedInAPastYear(24, ResultRow.DISCLOSED),
            at(0.74, COMMERCIAL_ENTERPRISE, "某某新能源科技有限公司", INTERNET, "光伏发电项目用地预审意见及相关会议纪要", 30)
                    .then(4, d -> RequestEvent.consultationSent(d.on(), Consultee.OTHER_AGENCY, "示例县发展和改革局", d.plus(15)))
                    .inAPastYear(11, d -> RequestEvent.consultationAnswered(d.on(), null))
                    .decidedInAPastYear(17, ResultRow.PARTLY_DISCLOSED),
            at(0.78, NATURAL_PERSON, "高峰", IN_PERSON, "县医院新院区建设项目可行性研究报告批复", 31).decided(9, ResultRow.PARTLY_DISCLOSED)
                    .reviewed(new Review(ReviewKind.LAWSUIT_DIRECT, "（{year}）黔2731行初字第15号", 25, ReviewResult.UPHELD, -1)),
            at(0.82, RESEARCH_INSTITUTION, "某某师范学院教育科学学院", EMAIL, "全县义务教育阶段学校布局调整规划", 32).decided(11, ResultRow.DISCLOSED),
            at(0.86, NATURAL_PERSON, "梁秀珍", INTERNET, "本人承包地被占用的征地批复文件", 33).decided(6, ResultRow.DISCLOSED),
            beforeEnd(21, NATURAL_PERSON, "宋立新", IN_PERSON, "城关镇污水处理厂提标改造项目的环评批复", 34)
                    .inAPastYear(16, d -> RequestEvent.extension(d.on(), "县政府办公室副主任 周明", d.plus(1), 20))
                    .decidedInAPastYear(30, ResultRow.DISCLOSED),
            beforeEnd(17, PUBLIC_WELFARE_ORGANISATION, "某某环保公益服务中心", INTERNET, "示例县{prev}年度空气质量监测月报", 6)
                    .decidedInAPastYear(19, ResultRow.DISCLOSED),
            beforeEnd(8, NATURAL_PERSON, "唐伟", REGISTERED_MAIL, "关于我家那块地的事情", 35)
                    .then(2, d -> RequestEvent.correctionSent(d.on(), d.plus(10)).withNote("请写明所涉地块位置及所需文件"))
                    .inAPastYear(13, d -> RequestEvent.of(EventKind.CORRECTION_LAPSED, d.on())),
            beforeEnd(3, LEGAL_SERVICE_ORGANISATION, "某某律师事务所示例分所", REGISTERED_MAIL, "某某工业园区土地出让合同及出让金缴纳凭证", 36).decided(15, ResultRow.DISCLOSED),
            beforeEnd(1, NATURAL_PERSON, "冯雪", IN_PERSON, "县城区公共租赁住房分配名单及排序规则", 37).decided(12, ResultRow.DISCLOSED));
    }
}

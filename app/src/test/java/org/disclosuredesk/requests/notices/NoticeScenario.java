// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Consultee;
import org.disclosuredesk.requests.FeeBasis;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.settings.OrgSettings;

/**
 * A real migrated database on 2025-04-01 (2025 holidays, 调休 included), an office with its notice settings,
 * and one demo request per notice: each request received on 2025-03-05 unless said otherwise.
 */
public final class NoticeScenario implements AutoCloseable {

    public static final String TODAY = "2025-04-01";
    public static final String ORGAN = "示例县交通运输局";

    public final RequestFixture f;
    public final NoticeService notices;

    public NoticeScenario(Path dir) {
        f = new RequestFixture(dir, TODAY);
        Clock clock = Clock.fixed(LocalDate.parse(TODAY).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        notices = new NoticeService(new NoticeRepository(f.context.database().dsl()), f.service, () -> f.calendar,
                f.context.settings(), f.context.database(), f.context.audit(), clock, f.context.requestItems());
        OrgSettings s = OrgSettings.defaultsFor(ORGAN);
        f.context.settings().save(s);
        notices.saveNoticeSettings(new NoticeSettings(Map.of(NoticeKind.REPLY, "示交政公开答"), "0531-1234567（政务公开办公室）",
                "示例县人民政府", "示例县人民法院", "到本局政务服务窗口缴纳或银行转账"));
    }

    public Request received(String name, String content) {
        return f.register("2025-03-05", name, content);
    }

    public Request correction() {
        Request r = received("李四", "2024年城区道路改造工程的招标文件");
        return f.service.addEvent(r.id(), RequestEvent.correctionSent(LocalDate.parse("2025-03-10"), LocalDate.parse("2025-04-10"))
                .withNote("请写明所需招标文件对应的工程名称或项目编号。")).request();
    }

    public Request extension() {
        Request r = received("王五", "2024年公交线路调整的听证材料");
        return f.service.addEvent(r.id(), RequestEvent.extension(LocalDate.parse("2025-04-01"), "赵主任", LocalDate.parse("2025-04-01"), 20)
                .withNote("所申请信息数量较多，需要逐件检索、核实")).request();
    }

    public Request consultation() {
        Request r = received("钱六", "某某建设有限公司2024年的施工合同");
        return f.service.addEvent(r.id(), RequestEvent.consultationSent(LocalDate.parse("2025-03-20"), Consultee.THIRD_PARTY,
                "某某建设有限公司", null)).request();
    }

    public Request fee() {
        Request r = received("孙七", "2020年至2024年全部道路养护记录");
        return f.service.addEvent(r.id(), RequestEvent.feeNotice(LocalDate.parse("2025-03-25"), FeeBasis.BY_VOLUME, 150, null)).request();
    }

    /** A request closed with {@code row}, by the step the law uses for it. */
    public Request closedWith(ResultRow row) {
        Request r = received("周八", "2024年交通违法处罚统计（" + row.code() + "）");
        long id = r.id();
        switch (row) {
            case OTHER_NO_CORRECTION:
                f.service.addEvent(id, RequestEvent.correctionSent(LocalDate.parse("2025-03-07"), LocalDate.parse("2025-03-14")));
                return f.service.addEvent(id, RequestEvent.of(org.disclosuredesk.requests.EventKind.CORRECTION_LAPSED,
                        LocalDate.parse("2025-03-20"))).request();
            case OTHER_FEE_UNPAID:
                f.service.addEvent(id, RequestEvent.feeNotice(LocalDate.parse("2025-03-06"), FeeBasis.BY_VOLUME, 100,
                        LocalDate.parse("2025-03-20")));
                return f.service.addEvent(id, RequestEvent.of(org.disclosuredesk.requests.EventKind.FEE_LAPSED,
                        LocalDate.parse("2025-03-25"))).request();
            case UNAVAILABLE_STILL_UNCLEAR:
                f.service.addEvent(id, RequestEvent.correctionSent(LocalDate.parse("2025-03-07"), LocalDate.parse("2025-03-21")));
                f.service.addEvent(id, RequestEvent.of(org.disclosuredesk.requests.EventKind.CORRECTION_RECEIVED, LocalDate.parse("2025-03-12")));
                break;
            default:
                break;
        }
        return f.service.addEvent(id, RequestEvent.decision(LocalDate.parse("2025-03-28"), row).withNote("见附件说明")).request();
    }

    @Override
    public void close() {
        f.close();
    }
}

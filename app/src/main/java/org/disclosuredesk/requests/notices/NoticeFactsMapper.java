// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.AnswerDeadline;
import org.disclosuredesk.requests.Consultee;
import org.disclosuredesk.requests.EventKind;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestEvent;

/**
 * The one place that reads a request for its notices: which notices its steps call for, and the facts
 * each notice states, with every date from the request's own clock ({@link AnswerDeadline}) and the
 * calendar, never typed again.
 */
public final class NoticeFactsMapper {

    private static final String LAW = NoticeSentences.LAW;

    private final WorkCalendar calendar;

    public NoticeFactsMapper(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** The notices the request's recorded steps call for, in the order of the steps. */
    public List<NoticeChoice> choices(Request r) {
        List<NoticeChoice> choices = new ArrayList<>();
        choices.add(new NoticeChoice(NoticeType.of(NoticeKind.RECEIPT), null, r.receivedOn() + " 收到申请"));
        for (RequestEvent e : byDate(r.events())) {
            noticeFor(e).ifPresent(t -> choices.add(new NoticeChoice(t, e.id(), e.on() + " " + e.kind().label()
                    + (e.party() == null || e.party().isBlank() ? "" : " " + e.party()))));
        }
        if (reasonablePeriodUntil(r) != null) {
            choices.add(new NoticeChoice(NoticeType.of(NoticeKind.LONGER_PERIOD), null, "第三十五条"));
        }
        return choices;
    }

    /** The notice the request's latest step needs (a reply once closed, the 登记回执 before any step). */
    public NoticeChoice latestNeeded(Request r) {
        List<NoticeChoice> choices = choices(r);
        return choices.get(choices.size() - 1);
    }

    /** The notice type a step calls for, if any: the steps the applicant (or a third party) must be told of. */
    public static Optional<NoticeType> noticeFor(RequestEvent e) {
        switch (e.kind()) {
            case CORRECTION_SENT:
                return Optional.of(NoticeType.of(NoticeKind.CORRECTION));
            case EXTENSION:
                return Optional.of(NoticeType.of(NoticeKind.EXTENSION));
            case CONSULTATION_SENT:
                // 条例第三十二条 is a letter to a third party; another agency is asked by the office's own letter.
                return e.consultee() == Consultee.OTHER_AGENCY ? Optional.empty() : Optional.of(NoticeType.of(NoticeKind.CONSULTATION));
            case FEE_NOTICE:
                return Optional.of(NoticeType.of(NoticeKind.FEE));
            default:
                ResultRow row = e.kind().closes() ? e.closingResult() : null;
                return row == null ? Optional.empty() : Optional.of(NoticeType.reply(row));
        }
    }

    /** The facts of one notice, as of {@code issuedOn}. */
    public NoticeFacts facts(Request r, NoticeChoice choice, String organName, NoticeSettings settings, LocalDate issuedOn) {
        RequestEvent e = choice.eventId() == null ? null
                : r.events().stream().filter(x -> choice.eventId().equals(x.id())).findFirst().orElse(null);
        AnswerDeadline clock = new AnswerDeadline(calendar);
        LocalDate due = clock.of(r).dueOn();
        LocalDate withoutExtension = clock.of(r.receivedOn(), without(r.events(), EventKind.EXTENSION)).dueOn();
        LocalDate beforeFee = clock.of(r.receivedOn(), before(r.events(), EventKind.FEE_NOTICE)).dueOn();
        Optional<RequestEvent> correction = r.first(EventKind.CORRECTION_SENT);
        Optional<RequestEvent> fee = r.first(EventKind.FEE_NOTICE);
        Optional<RequestEvent> reply = r.first(EventKind.REPLY_SENT);
        LocalDate lawBy = null;
        String rule = null;
        LocalDate answerDue = due;
        switch (choice.type().kind()) {
            case RECEIPT:
                answerDue = calendar.addWorkingDays(r.receivedOn(), AnswerDeadline.ANSWER_WORKING_DAYS);
                break;
            case CORRECTION:
                lawBy = calendar.addWorkingDays(r.receivedOn(), AnswerDeadline.CORRECTION_NOTICE_WORKING_DAYS);
                rule = "依照" + LAW + "第三十条，补正告知应当自收到申请之日起" + AnswerDeadline.CORRECTION_NOTICE_WORKING_DAYS + "个工作日内作出";
                break;
            case EXTENSION:
                lawBy = withoutExtension;
                rule = "依照" + LAW + "第三十三条第二款，延长答复期限应当在原答复期限内告知申请人";
                break;
            case FEE:
                lawBy = beforeFee;
                rule = "依照《政府信息公开信息处理费管理办法》，收费通知应当在答复期限内发出";
                break;
            case REPLY:
                lawBy = due;
                rule = "依照" + LAW + "第三十三条，应当在答复期限内作出答复";
                break;
            default:
                break;
        }
        return new NoticeFacts(choice.type(), choice.eventId(), organName, issuedOn, r.number().text(), r.applicant().name(),
                r.receivedOn(), r.intake().content(), r.intake().formWanted(), answerDue, withoutExtension,
                e == null ? null : e.on(), e == null ? null : e.dueOn(), e == null ? null : e.note(),
                e == null ? null : e.party(), e == null ? null : e.extraDays(),
                e == null ? null : e.feeBasis(), e == null ? null : e.feeQuantity(), e == null ? null : e.amountFen(),
                correction.map(RequestEvent::on).orElse(null), correction.map(RequestEvent::dueOn).orElse(null),
                fee.map(RequestEvent::on).orElse(null), reply.map(RequestEvent::deliveryMethod).orElse(null),
                otherOrgan(r), reasonablePeriodUntil(r), lawBy, rule, settings);
    }

    /**
     * The organ that holds the information (条例第三十六条第（五）项). Not in the request log yet: the
     * branch adding the "another organ holds it" name and contact wires them here (one line), and the
     * 无法提供 reply names the organ; until then the reply says nothing about another organ.
     */
    OtherOrgan otherOrgan(Request r) {
        return null;
    }

    /**
     * The reasonable period set under 条例第三十五条. Not in the request log yet: the branch adding the
     * 第三十五条 step returns its date here, which offers the 延迟答复告知书 for the request.
     */
    LocalDate reasonablePeriodUntil(Request r) {
        return null;
    }

    private static List<RequestEvent> byDate(List<RequestEvent> events) {
        return events.stream().sorted(Comparator.comparing(RequestEvent::on)
                .thenComparing(e -> e.id() == null ? Long.MAX_VALUE : e.id())).toList();
    }

    private static List<RequestEvent> without(List<RequestEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() != kind).toList();
    }

    /** The steps before the first of {@code kind} (and none of it or after it): the clock as it then stood. */
    private static List<RequestEvent> before(List<RequestEvent> events, EventKind kind) {
        Optional<LocalDate> first = events.stream().filter(e -> e.kind() == kind).map(RequestEvent::on).min(Comparator.naturalOrder());
        return first.map(day -> events.stream().filter(e -> e.kind() != kind && e.on().isBefore(day)).toList()).orElse(events);
    }
}

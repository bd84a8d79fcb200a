// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disclosuredesk.calendar.WorkCalendar;

/**
 * The due date of an answer, derived from the date of receipt and the timeline, never typed.
 * <ul>
 * <li>20 working days, counted from the day after receipt (条例第三十三条第二款).</li>
 * <li>A 补正 restarts the period from the corrected application's receipt (第三十条).</li>
 * <li>Where a fee is charged the period runs from payment (国办函〔2020〕109号).</li>
 * <li>Working days spent consulting a third party or another agency are not counted (第三十三条第三款):
 * the period grows by them. A consultation not yet answered counts up to its answer limit.</li>
 * <li>An extension adds up to 20 working days, once (第三十三条第二款).</li>
 * <li>A step recorded after the period ran out (or a 补正 notice after the 7th working day) moves
 * nothing: a missed deadline stays missed.</li>
 * </ul>
 */
// [impl->req~clock.answer-period~1] [impl->req~clock.correction-restart~1] [impl->req~clock.consultation-excluded~1]
// [impl->req~clock.extension~1] [impl->req~clock.fee-restart~1] [impl->req~clock.provisional~1]
public final class AnswerDeadline {

    public static final int ANSWER_WORKING_DAYS = 20;
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    /** 条例第三十二条: the third party answers within 15 working days of receiving the letter. */
    public static final int THIRD_PARTY_WORKING_DAYS = 15;
    /** 国办函〔2020〕109号: the fee is paid within 20 working days of the notice. */
    public static final int FEE_PAYMENT_WORKING_DAYS = 20;
    /** 条例第三十条: the correction notice goes out within 7 working days of receipt. */
    public static final int CORRECTION_NOTICE_WORKING_DAYS = 7;

    private final WorkCalendar calendar;

    public AnswerDeadline(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    public Deadline of(Request request) {
        return of(request.receivedOn(), request.events());
    }

    /**
     * The deadline over the timeline, leaving out the steps recorded too late to move it (第三十条: a 补正
     * notice after the 7th working day or after the due date; 109号: a fee notice after the due date;
     * 第三十三条第三款: a consultation sent after the due date). They stay in the log as what happened, but
     * the request stays due (and overdue) as before; the explanation says why.
     */
    // [impl->req~clock.missed-stays-missed~1]
    public Deadline of(LocalDate receivedOn, List<RequestEvent> events) {
        MissedSteps missed = missedSteps(receivedOn, events);
        return clock(receivedOn, missed.reasons().isEmpty() ? events : missed.effective(), missed.reasons());
    }

    /** Steps that move nothing because they came too late, each with the reason (citing the article). */
    public List<String> missedStepReasons(LocalDate receivedOn, List<RequestEvent> events) {
        return missedSteps(receivedOn, events).reasons();
    }

    /** The steps that move the clock: the timeline without those recorded too late. */
    public List<RequestEvent> effectiveSteps(LocalDate receivedOn, List<RequestEvent> events) {
        return missedSteps(receivedOn, events).effective();
    }

    private record MissedSteps(List<RequestEvent> effective, List<String> reasons) {
    }

    private MissedSteps missedSteps(LocalDate receivedOn, List<RequestEvent> events) {
        List<RequestEvent> chronological = new ArrayList<>(events);
        chronological.sort(java.util.Comparator.comparing(RequestEvent::on));
        List<RequestEvent> kept = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Set<EventKind> dropFollowers = new HashSet<>();
        List<RequestEvent> droppedConsultations = new ArrayList<>();
        for (RequestEvent e : chronological) {
            if (dropFollowers.contains(e.kind()) || isAnswerToDropped(e, droppedConsultations, kept)) {
                continue;
            }
            String reason = null;
            if (e.kind() == EventKind.CORRECTION_SENT || e.kind() == EventKind.FEE_NOTICE || e.kind() == EventKind.CONSULTATION_SENT
                    || e.kind() == EventKind.LONGER_PERIOD) {
                LocalDate due = clock(receivedOn, kept, List.of()).dueOn();
                reason = missedReason(receivedOn, e, due);
            }
            if (reason == null) {
                kept.add(e);
                continue;
            }
            reasons.add(reason);
            switch (e.kind()) {
                case CORRECTION_SENT -> dropFollowers.addAll(List.of(EventKind.CORRECTION_RECEIVED, EventKind.CORRECTION_LAPSED));
                case FEE_NOTICE -> dropFollowers.addAll(List.of(EventKind.FEE_PAID, EventKind.FEE_LAPSED));
                default -> droppedConsultations.add(e);
            }
        }
        // A closing step always counts (it is the decision), even when it follows a step that moved nothing.
        for (RequestEvent e : chronological) {
            if (e.kind().closes() && !kept.contains(e)) {
                kept.add(e);
            }
        }
        return new MissedSteps(kept, reasons);
    }

    private String missedReason(LocalDate receivedOn, RequestEvent e, LocalDate due) {
        switch (e.kind()) {
            case CORRECTION_SENT: {
                // [impl->req~timeline.correction-notice-7-days~1]
                int used = calendar.workingDaysBetween(receivedOn, e.on());
                if (due != null && e.on().isAfter(due)) {
                    return "补正告知（" + e.on() + "）在答复期限（" + due + "）届满后才发出，答复期限不重新起算（第三十条）";
                }
                if (used > CORRECTION_NOTICE_WORKING_DAYS) {
                    return "补正告知（" + e.on() + "）是收到申请后第 " + used + " 个工作日，晚于第三十条规定的 "
                            + CORRECTION_NOTICE_WORKING_DAYS + " 个工作日，答复期限不重新起算";
                }
                return null;
            }
            case FEE_NOTICE:
                return due != null && e.on().isAfter(due)
                        ? "收费通知（" + e.on() + "）在答复期限（" + due + "）届满后才发出，答复期限不从缴费之日重新起算"
                                + "（国办函〔2020〕109号：收费通知应在答复期限内发出）"
                        : null;
            case LONGER_PERIOD:
                return due != null && e.on().isAfter(due)
                        ? "合理答复期限（" + e.on() + " 告知）在答复期限（" + due + "）届满后才确定，不能补救已逾期的答复（第三十五条）"
                        : null;
            case CONSULTATION_SENT:
                return due != null && e.on().isAfter(due)
                        ? "征求意见（" + e.on() + "）在答复期限（" + due + "）届满后才发出，征求意见的时间不予扣除（第三十三条第三款）"
                        : null;
            default:
                return null;
        }
    }

    /** An answer to a consultation left out (linked to it, or the first unlinked answer after it). */
    private static boolean isAnswerToDropped(RequestEvent e, List<RequestEvent> dropped, List<RequestEvent> kept) {
        if (e.kind() != EventKind.CONSULTATION_ANSWERED || dropped.isEmpty()) {
            return false;
        }
        if (e.relatedEventId() != null) {
            return dropped.stream().anyMatch(d -> e.relatedEventId().equals(d.id()));
        }
        long pendingKept = kept.stream().filter(k -> k.kind() == EventKind.CONSULTATION_SENT).count()
                - kept.stream().filter(k -> k.kind() == EventKind.CONSULTATION_ANSWERED).count();
        return pendingKept <= 0;
    }

    private Deadline clock(LocalDate receivedOn, List<RequestEvent> events, List<String> missed) {
        Optional<RequestEvent> correctionSent = first(events, EventKind.CORRECTION_SENT);
        Optional<RequestEvent> correctionReceived = first(events, EventKind.CORRECTION_RECEIVED);
        Optional<RequestEvent> feeNotice = first(events, EventKind.FEE_NOTICE);
        Optional<RequestEvent> feePaid = first(events, EventKind.FEE_PAID);
        Optional<RequestEvent> closing = events.stream().filter(e -> e.kind().closes()).findFirst();

        if (correctionSent.isPresent() && correctionReceived.isEmpty()) {
            RequestEvent sent = correctionSent.get();
            if (closing.isPresent()) {
                // Closed without a corrected application (逾期未补正, or withdrawn): the period never restarted.
                return notStarted(receivedOn, "已于 " + sent.on() + " 告知补正" + limit("补正期限", sent.dueOn()) + "，"
                        + (closing.get().kind() == EventKind.CORRECTION_LAPSED ? "申请人逾期未补正"
                                : closing.get().kind() == EventKind.WITHDRAWN ? "申请人撤回申请" : "未收到补正")
                        + "，答复期限未再起算");
            }
            return waiting(Deadline.Waiting.CORRECTION, receivedOn, sent.dueOn(), "已于 " + sent.on() + " 告知补正，等待申请人补正"
                    + limit("补正期限", sent.dueOn()) + "；收到补正后重新起算 " + ANSWER_WORKING_DAYS + " 个工作日");
        }
        if (feeNotice.isPresent() && feePaid.isEmpty()) {
            RequestEvent notice = feeNotice.get();
            if (closing.isPresent()) {
                return notStarted(receivedOn, "已于 " + notice.on() + " 发出收费通知" + limit("缴费期限", notice.dueOn()) + "，"
                        + (closing.get().kind() == EventKind.FEE_LAPSED ? "申请人逾期未缴费"
                                : closing.get().kind() == EventKind.WITHDRAWN ? "申请人撤回申请" : "未缴费")
                        + "，答复期限未再起算");
            }
            return waiting(Deadline.Waiting.FEE, receivedOn, notice.dueOn(), "已于 " + notice.on() + " 发出收费通知，等待缴费"
                    + limit("缴费期限", notice.dueOn()) + "；缴费后起算 " + ANSWER_WORKING_DAYS + " 个工作日");
        }

        LocalDate start = receivedOn;
        String startLabel = "收到申请";
        if (correctionReceived.isPresent() && !correctionReceived.get().on().isBefore(start)) {
            start = correctionReceived.get().on();
            startLabel = "收到补正";
        }
        if (feePaid.isPresent() && !feePaid.get().on().isBefore(start)) {
            start = feePaid.get().on();
            startLabel = "缴纳费用";
        }

        Consultations consultations = consultations(events, start);
        int extension = first(events, EventKind.EXTENSION)
                .map(e -> e.extraDays() == null ? MAX_EXTENSION_WORKING_DAYS : e.extraDays())
                .orElse(0);
        LocalDate statutory = calendar.addWorkingDays(start, ANSWER_WORKING_DAYS + consultations.days + extension);
        // [impl->req~clock.longer-period~1] 第三十五条: a reasonable longer period replaces the statutory one.
        Optional<RequestEvent> longer = first(events, EventKind.LONGER_PERIOD)
                .filter(p -> p.dueOn() != null && p.dueOn().isAfter(statutory));
        LocalDate due = longer.map(RequestEvent::dueOn).orElse(statutory);
        Set<Integer> uncovered = calendar.uncoveredYears(start, statutory);

        StringBuilder text = new StringBuilder();
        text.append(startLabel).append(' ').append(start).append(" 起算 ").append(ANSWER_WORKING_DAYS).append(" 个工作日");
        if (consultations.days > 0 || consultations.pending) {
            text.append("，").append(consultations.label).append(' ').append(consultations.days).append(" 个工作日不计入");
            if (consultations.pending) {
                text.append(consultations.pendingUntil == null ? "（尚未答复）"
                        : "（尚未答复，暂按答复期限 " + consultations.pendingUntil + " 计）");
            }
        }
        if (extension > 0) {
            text.append("，延长 ").append(extension).append(" 个工作日");
        }
        if (longer.isPresent()) {
            text.append(" → ").append(statutory).append("；第三十五条：").append(longer.get().on())
                    .append(" 告知申请人另行确定合理期限");
            if (longer.get().note() != null && !longer.get().note().isBlank()) {
                text.append("（").append(longer.get().note()).append("）");
            }
        }
        text.append(" → ").append(due);
        if (!uncovered.isEmpty()) {
            text.append("（").append(years(uncovered)).append(" 年日历未更新，暂按周末计算）");
        }
        if (consultations.capped) {
            text.append("；征求第三方意见不计入的时间以 ").append(THIRD_PARTY_WORKING_DAYS)
                    .append(" 个工作日为限（第三十二条），超出部分计入答复期限");
        }
        for (String reason : missed) {
            text.append("；").append(reason);
        }
        return new Deadline(due, start, startLabel, consultations.days, consultations.pending, extension,
                Deadline.Waiting.NONE, null, uncovered, text.toString(), missed);
    }

    private Deadline waiting(Deadline.Waiting what, LocalDate receivedOn, LocalDate until, String explanation) {
        return new Deadline(null, receivedOn, "收到申请", 0, false, 0, what, until, Set.of(), explanation, List.of());
    }

    private Deadline notStarted(LocalDate receivedOn, String explanation) {
        return waiting(Deadline.Waiting.NONE, receivedOn, null, explanation);
    }

    /** Working days covered by any consultation after the period's start; overlapping letters count once. */
    private Consultations consultations(List<RequestEvent> events, LocalDate start) {
        Set<LocalDate> days = new HashSet<>();
        Set<Consultee> whom = new HashSet<>();
        boolean pending = false;
        boolean capped = false;
        LocalDate pendingUntil = null;
        List<RequestEvent> answers = new ArrayList<>(all(events, EventKind.CONSULTATION_ANSWERED));
        for (RequestEvent sent : all(events, EventKind.CONSULTATION_SENT)) {
            Optional<RequestEvent> answer = answerTo(sent, answers);
            answer.ifPresent(answers::remove);
            LocalDate end = answer.map(RequestEvent::on).orElse(sent.dueOn());
            if (answer.isEmpty()) {
                pending = true;
                pendingUntil = pendingUntil == null || (end != null && end.isAfter(pendingUntil)) ? end : pendingUntil;
            }
            if (end == null) {
                continue;
            }
            // 条例第三十二条: the third party has 15 working days; time beyond them counts again.
            if (sent.consultee() != Consultee.OTHER_AGENCY) {
                LocalDate limit = calendar.addWorkingDays(sent.on(), THIRD_PARTY_WORKING_DAYS);
                if (end.isAfter(limit)) {
                    end = limit;
                    capped = true;
                }
            }
            LocalDate from = sent.on().isBefore(start) ? start : sent.on();
            for (LocalDate d = from.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    days.add(d);
                }
            }
            whom.add(sent.consultee() == null ? Consultee.THIRD_PARTY : sent.consultee());
        }
        String label = whom.size() == 2 ? "征求第三方和其他机关意见"
                : whom.contains(Consultee.OTHER_AGENCY) ? "征求其他机关意见" : "征求第三方意见";
        return new Consultations(days.size(), pending, pendingUntil, label, capped);
    }

    /** The answer recorded for this letter: by its link, else the first unlinked answer on or after it. */
    private static Optional<RequestEvent> answerTo(RequestEvent sent, List<RequestEvent> answers) {
        if (sent.id() != null) {
            Optional<RequestEvent> linked = answers.stream().filter(a -> sent.id().equals(a.relatedEventId())).findFirst();
            if (linked.isPresent()) {
                return linked;
            }
        }
        return answers.stream().filter(a -> a.relatedEventId() == null && !a.on().isBefore(sent.on())).findFirst();
    }

    private record Consultations(int days, boolean pending, LocalDate pendingUntil, String label, boolean capped) {
    }

    private static String limit(String what, LocalDate day) {
        return day == null ? "" : "（" + what + " " + day + "）";
    }

    private static String years(Set<Integer> years) {
        return new TreeSet<>(years).stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    private static Optional<RequestEvent> first(List<RequestEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).findFirst();
    }

    private static List<RequestEvent> all(List<RequestEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.shared.ValidationError;

/**
 * Which steps a request may take next, and whether a proposed step fits the ones already recorded:
 * nothing before receipt or in the future, nothing after the decision but the reply, one 补正 notice
 * (第三十条: once and in full), one extension (第三十三条), lapses only once their limit has passed.
 */
// [impl->req~timeline.legal-steps~1]
public final class Timeline {

    private final Request request;
    private final WorkCalendar calendar;
    private final LocalDate today;

    public Timeline(Request request, WorkCalendar calendar, LocalDate today) {
        this.request = request;
        this.calendar = calendar;
        this.today = today;
    }

    /** The steps that are legal now, in the order a clerk usually takes them. */
    public List<EventKind> nextSteps() {
        List<EventKind> steps = new ArrayList<>();
        if (closing().isPresent()) {
            if (request.first(EventKind.REPLY_SENT).isEmpty()) {
                steps.add(EventKind.REPLY_SENT);
            }
            return steps;
        }
        Optional<RequestEvent> correction = pendingCorrection();
        Optional<RequestEvent> fee = pendingFee();
        if (correction.isPresent()) {
            steps.add(EventKind.CORRECTION_RECEIVED);
            if (limitPassed(correction.get())) {
                steps.add(EventKind.CORRECTION_LAPSED);
            }
        } else if (fee.isPresent()) {
            steps.add(EventKind.FEE_PAID);
            if (limitPassed(fee.get())) {
                steps.add(EventKind.FEE_LAPSED);
            }
        } else {
            if (request.first(EventKind.CORRECTION_SENT).isEmpty()) {
                steps.add(EventKind.CORRECTION_SENT);
            }
            steps.add(EventKind.CONSULTATION_SENT);
            if (!pendingConsultations().isEmpty()) {
                steps.add(EventKind.CONSULTATION_ANSWERED);
            }
            if (request.first(EventKind.EXTENSION).isEmpty()) {
                steps.add(EventKind.EXTENSION);
            }
            if (request.first(EventKind.FEE_NOTICE).isEmpty()) {
                steps.add(EventKind.FEE_NOTICE);
            }
            if (request.first(EventKind.LONGER_PERIOD).isEmpty()) {
                steps.add(EventKind.LONGER_PERIOD);
            }
        }
        steps.add(EventKind.DECISION);
        steps.add(EventKind.WITHDRAWN);
        return steps;
    }

    /**
     * Refuses a step that does not fit (a {@link ValidationError} naming the field) and returns the
     * warnings for one that is legal but worth a second look.
     */
    public List<String> check(RequestEvent e) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String what = e.kind().label();
        if (e.on() == null) {
            throw ValidationError.of("on", "请填写" + what + "的日期。");
        }
        if (e.on().isBefore(request.receivedOn())) {
            problems.add(problem("on", what + "日期（" + e.on() + "）不能早于收到申请之日（" + request.receivedOn() + "）。"));
        }
        if (e.on().isAfter(today)) {
            problems.add(problem("on", what + "日期（" + e.on() + "）不能晚于今天（" + today + "）：只记录已经发生的事。"));
        }
        Optional<RequestEvent> closing = closing();
        if (closing.isPresent() && e.kind() != EventKind.REPLY_SENT) {
            throw ValidationError.of("kind", "该申请已于 " + closing.get().on() + " 办结（" + closing.get().kind().label()
                    + "），不能再记录" + what + "。如需更正，请先删除办结记录。");
        }
        if (e.kind().closes()) {
            latestEvent().filter(last -> e.on().isBefore(last.on())).ifPresent(last -> problems.add(problem("on",
                    what + "日期（" + e.on() + "）不能早于已记录的" + last.kind().label() + "（" + last.on() + "）。")));
        }
        switch (e.kind()) {
            case CORRECTION_SENT -> checkCorrectionSent(e, problems, warnings);
            case CORRECTION_RECEIVED -> checkCorrectionReceived(e, problems, warnings);
            case CORRECTION_LAPSED -> checkLapse(e, pendingCorrection(), "补正告知", "补正期限", problems);
            case CONSULTATION_SENT -> checkConsultationSent(e, problems);
            case CONSULTATION_ANSWERED -> checkConsultationAnswered(e, problems, warnings);
            case EXTENSION -> checkExtension(e, problems, warnings);
            case FEE_NOTICE -> checkFeeNotice(e, problems);
            case FEE_PAID -> checkFeePaid(e, problems, warnings);
            case FEE_LAPSED -> checkLapse(e, pendingFee(), "收费通知", "缴费期限", problems);
            case DECISION -> checkDecision(e, problems, warnings);
            case REPLY_SENT -> checkReply(e, closing, problems);
            case LONGER_PERIOD -> checkLongerPeriod(e, problems);
            case WITHDRAWN -> requireReason(e, "撤回的理由（申请人撤回申请的说明）", problems);
            default -> { }
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
        warnings.addAll(newlyMissed(e));
        return warnings;
    }

    /** A step recorded too late to move the due date is accepted as fact; the clerk is told why, citing the article. */
    // [impl->req~clock.missed-stays-missed~1]
    private List<String> newlyMissed(RequestEvent e) {
        AnswerDeadline clock = new AnswerDeadline(calendar);
        List<String> before = clock.missedStepReasons(request.receivedOn(), request.events());
        List<RequestEvent> with = new ArrayList<>(request.events());
        with.add(e);
        List<String> after = new ArrayList<>(clock.missedStepReasons(request.receivedOn(), with));
        after.removeAll(before);
        List<String> warnings = new ArrayList<>();
        for (String reason : after) {
            warnings.add(reason + "。该记录予以保存，但申请仍按原答复期限计算。");
        }
        return warnings;
    }

    /** False for a 补正 or fee notice recorded too late to stop the clock: the request may be answered meanwhile. */
    private boolean stopsTheClock(RequestEvent notice) {
        return new AnswerDeadline(calendar).effectiveSteps(request.receivedOn(), request.events()).contains(notice);
    }

    /**
     * Checks the day the applicant was told of the recorded extension, added after the approval
     * (第三十三条第二款: the applicant must be told); returns the warnings, throws for a refusal.
     */
    // [impl->req~timeline.one-extension~1]
    public List<String> checkToldOn(LocalDate toldOn) {
        RequestEvent extension = request.first(EventKind.EXTENSION)
                .orElseThrow(() -> ValidationError.of("toldOn", "该申请没有延长答复期限的记录。"));
        if (extension.toldOn() != null) {
            throw ValidationError.of("toldOn", "已记录 " + extension.toldOn() + " 告知申请人，不能重复记录。");
        }
        if (toldOn == null) {
            throw ValidationError.of("toldOn", "请填写告知申请人日期。");
        }
        if (toldOn.isBefore(extension.on())) {
            throw ValidationError.of("toldOn", "告知申请人日期（" + toldOn + "）不能早于批准日期（" + extension.on() + "）。");
        }
        if (toldOn.isAfter(today)) {
            throw ValidationError.of("toldOn", "告知申请人日期（" + toldOn + "）不能晚于今天（" + today + "）：只记录已经发生的事。");
        }
        List<RequestEvent> without = request.events().stream().filter(e -> e.kind() != EventKind.EXTENSION).toList();
        LocalDate due = new AnswerDeadline(calendar).of(request.receivedOn(), without).dueOn();
        List<String> warnings = new ArrayList<>();
        if (due != null && toldOn.isAfter(due)) {
            warnings.add("告知申请人的日期（" + toldOn + "）晚于原答复期限（" + due + "）。");
        }
        return warnings;
    }

    /** What is worth a look in the recorded timeline, for the detail view. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        new AnswerDeadline(calendar).missedStepReasons(request.receivedOn(), request.events())
                .forEach(reason -> warnings.add(reason + "。"));
        for (RequestEvent sent : pendingConsultations()) {
            if (sent.consultee() == Consultee.THIRD_PARTY && sent.dueOn() != null && today.isAfter(sent.dueOn())
                    && closing().isEmpty()) {
                warnings.add(sent.party() + " 未在 " + sent.dueOn() + " 前答复（第三十二条：15 个工作日），可依法自行决定。");
            }
        }
        pendingCorrection().filter(x -> x.dueOn() != null && today.isAfter(x.dueOn())).ifPresent(x -> warnings.add(
                "补正期限（" + x.dueOn() + "）已过，尚未收到补正：无正当理由的，可记录“逾期未补正”办结（第三十条）。"));
        pendingFee().filter(x -> x.dueOn() != null && today.isAfter(x.dueOn())).ifPresent(x -> warnings.add(
                "缴费期限（" + x.dueOn() + "）已过，尚未缴费：可记录“逾期未缴费”办结。"));
        request.first(EventKind.EXTENSION).filter(x -> x.toldOn() == null)
                .ifPresent(x -> warnings.add("已延长答复期限，但尚未记录告知申请人的日期（第三十三条第二款）。"));
        if (closing().isPresent() && request.first(EventKind.REPLY_SENT).isEmpty()) {
            warnings.add("已办结，尚未记录答复送达。");
        }
        return warnings;
    }

    /** Why an event cannot be deleted (another step depends on it), or empty. */
    public Optional<String> removalProblem(RequestEvent e) {
        for (RequestEvent other : request.events()) {
            if (other == e || (e.id() != null && e.id().equals(other.id()))) {
                continue;
            }
            boolean depends = switch (e.kind()) {
                case CORRECTION_SENT -> other.kind() == EventKind.CORRECTION_RECEIVED || other.kind() == EventKind.CORRECTION_LAPSED;
                case CONSULTATION_SENT -> other.kind() == EventKind.CONSULTATION_ANSWERED && e.id() != null && e.id().equals(other.relatedEventId());
                case FEE_NOTICE -> other.kind() == EventKind.FEE_PAID || other.kind() == EventKind.FEE_LAPSED;
                case DECISION, CORRECTION_LAPSED, FEE_LAPSED, WITHDRAWN -> other.kind() == EventKind.REPLY_SENT;
                default -> false;
            };
            if (depends) {
                return Optional.of("请先删除“" + other.kind().label() + "（" + other.on() + "）”，它以本条记录为前提。");
            }
        }
        if (!e.kind().closes() && closing().isPresent()) {
            return Optional.of("该申请已办结：请先删除办结记录，再更正之前的步骤。");
        }
        return Optional.empty();
    }

    public Optional<RequestEvent> closing() {
        return request.events().stream().filter(x -> x.kind().closes()).findFirst();
    }

    public Optional<RequestEvent> pendingCorrection() {
        return request.first(EventKind.CORRECTION_SENT)
                .filter(x -> request.first(EventKind.CORRECTION_RECEIVED).isEmpty() && request.first(EventKind.CORRECTION_LAPSED).isEmpty());
    }

    public Optional<RequestEvent> pendingFee() {
        return request.first(EventKind.FEE_NOTICE)
                .filter(x -> request.first(EventKind.FEE_PAID).isEmpty() && request.first(EventKind.FEE_LAPSED).isEmpty());
    }

    /** Consultations sent and not yet answered, oldest first. */
    public List<RequestEvent> pendingConsultations() {
        List<RequestEvent> answers = new ArrayList<>(request.all(EventKind.CONSULTATION_ANSWERED));
        List<RequestEvent> pending = new ArrayList<>();
        for (RequestEvent sent : request.all(EventKind.CONSULTATION_SENT)) {
            Optional<RequestEvent> answer = answers.stream()
                    .filter(a -> sent.id() != null && sent.id().equals(a.relatedEventId()))
                    .findFirst()
                    .or(() -> answers.stream().filter(a -> a.relatedEventId() == null && !a.on().isBefore(sent.on())).findFirst());
            if (answer.isPresent()) {
                answers.remove(answer.get());
            } else {
                pending.add(sent);
            }
        }
        return pending;
    }

    private void checkCorrectionSent(RequestEvent e, List<ValidationError.Problem> problems, List<String> warnings) {
        request.first(EventKind.CORRECTION_SENT).ifPresent(x -> problems.add(problem("kind",
                "已于 " + x.on() + " 告知补正。补正应一次性告知（第三十条），不能再次告知。")));
        pendingFee().ifPresent(x -> problems.add(problem("kind", "已发出收费通知，等待缴费期间不能再告知补正。")));
        if (e.dueOn() == null) {
            problems.add(problem("dueOn", "请填写补正期限（第三十条：告知补正的事项和合理的补正期限）。"));
        } else if (!e.dueOn().isAfter(e.on())) {
            problems.add(problem("dueOn", "补正期限（" + e.dueOn() + "）应晚于告知日期（" + e.on() + "）。"));
        }
        // 第三十条's 7 working days: a later notice is kept but moves nothing (newlyMissed warns).
    }

    private void checkCorrectionReceived(RequestEvent e, List<ValidationError.Problem> problems, List<String> warnings) {
        Optional<RequestEvent> sent = pendingCorrection();
        if (sent.isEmpty()) {
            problems.add(problem("kind", request.first(EventKind.CORRECTION_SENT).isEmpty()
                    ? "尚未告知补正，不能记录收到补正。" : "已记录收到补正，不能重复记录。"));
            return;
        }
        if (e.on().isBefore(sent.get().on())) {
            problems.add(problem("on", "收到补正日期（" + e.on() + "）不能早于补正告知（" + sent.get().on() + "）。"));
        }
        if (sent.get().dueOn() != null && e.on().isAfter(sent.get().dueOn())) {
            warnings.add("补正晚于补正期限（" + sent.get().dueOn() + "）：如无正当理由，可按逾期未补正办结（第三十条）。");
        }
    }

    private void checkLapse(RequestEvent e, Optional<RequestEvent> pending, String notice, String limitName,
            List<ValidationError.Problem> problems) {
        if (pending.isEmpty()) {
            problems.add(problem("kind", "没有等待中的" + notice + "，不能记录" + e.kind().label() + "。"));
            return;
        }
        LocalDate limit = pending.get().dueOn();
        if (limit != null && !e.on().isAfter(limit)) {
            problems.add(problem("on", limitName + "（" + limit + "）尚未届满，不能在 " + e.on() + " 记录" + e.kind().label() + "。"));
        }
    }

    private void checkConsultationSent(RequestEvent e, List<ValidationError.Problem> problems) {
        pendingCorrection().ifPresent(x -> problems.add(problem("kind", "正在等待补正，收到补正后再征求意见。")));
        if (e.consultee() == null) {
            problems.add(problem("consultee", "请选择征求意见的对象：第三方或其他机关。"));
        }
        if (e.party() == null || e.party().isBlank()) {
            problems.add(problem("party", "请填写征求意见的对象名称。"));
        }
        if (e.dueOn() != null && !e.dueOn().isAfter(e.on())) {
            problems.add(problem("dueOn", "答复期限（" + e.dueOn() + "）应晚于发出日期（" + e.on() + "）。"));
        }
    }

    private void checkConsultationAnswered(RequestEvent e, List<ValidationError.Problem> problems, List<String> warnings) {
        List<RequestEvent> pending = pendingConsultations();
        Optional<RequestEvent> sent = e.relatedEventId() == null
                ? (pending.size() == 1 ? Optional.of(pending.get(0)) : Optional.empty())
                : pending.stream().filter(p -> e.relatedEventId().equals(p.id())).findFirst();
        if (sent.isEmpty()) {
            problems.add(problem("relatedEventId", pending.isEmpty() ? "没有尚未答复的征求意见。" : "请选择是哪一次征求意见的答复。"));
            return;
        }
        if (e.on().isBefore(sent.get().on())) {
            problems.add(problem("on", "收到意见日期（" + e.on() + "）不能早于发出征求意见（" + sent.get().on() + "）。"));
        }
        if (sent.get().consultee() == Consultee.THIRD_PARTY && sent.get().dueOn() != null && e.on().isAfter(sent.get().dueOn())) {
            warnings.add("第三方在期限（" + sent.get().dueOn() + "）后才答复（第三十二条：15 个工作日）。");
        }
    }

    // [impl->req~timeline.one-extension~1]
    private void checkExtension(RequestEvent e, List<ValidationError.Problem> problems, List<String> warnings) {
        request.first(EventKind.EXTENSION).ifPresent(x -> problems.add(problem("kind",
                "已于 " + x.on() + " 延长答复期限。延长只能一次（第三十三条第二款）。")));
        if (pendingCorrection().isPresent() || pendingFee().isPresent()) {
            problems.add(problem("kind", "答复期限尚未起算（等待补正或缴费），无需延长。"));
            return;
        }
        if (e.extraDays() == null || e.extraDays() < 1 || e.extraDays() > AnswerDeadline.MAX_EXTENSION_WORKING_DAYS) {
            problems.add(problem("extraDays", "延长的期限应为 1 到 " + AnswerDeadline.MAX_EXTENSION_WORKING_DAYS + " 个工作日（第三十三条第二款）。"));
        }
        if (e.approver() == null || e.approver().isBlank()) {
            problems.add(problem("approver", "请填写批准延长的政府信息公开工作机构负责人（第三十三条第二款）。"));
        }
        LocalDate due = new AnswerDeadline(calendar).of(request).dueOn();
        if (due != null && e.on().isAfter(due)) {
            problems.add(problem("on", "答复期限已于 " + due + " 届满，不能在 " + e.on() + " 才批准延长。"));
        }
        if (e.toldOn() != null && e.toldOn().isBefore(e.on())) {
            problems.add(problem("toldOn", "告知申请人日期（" + e.toldOn() + "）不能早于批准日期（" + e.on() + "）。"));
        } else if (e.toldOn() == null) {
            warnings.add("延长答复期限应告知申请人：请在告知后补记日期。");
        } else if (due != null && e.toldOn().isAfter(due)) {
            warnings.add("告知申请人的日期（" + e.toldOn() + "）晚于原答复期限（" + due + "）。");
        }
    }

    private void checkFeeNotice(RequestEvent e, List<ValidationError.Problem> problems) {
        request.first(EventKind.FEE_NOTICE).ifPresent(x -> problems.add(problem("kind", "已于 " + x.on() + " 发出收费通知，不能再次收费。")));
        pendingCorrection().ifPresent(x -> problems.add(problem("kind", "正在等待补正，收到补正后再决定是否收费。")));
        if (e.feeBasis() == null) {
            problems.add(problem("feeBasis", "请选择按件或按量计收（国办函〔2020〕109号：二者只能选其一）。"));
        }
        if (e.feeQuantity() == null || e.feeQuantity() < 1) {
            problems.add(problem("feeQuantity", "请填写件数或页数。"));
        } else if (e.feeBasis() != null && FeeCalculator.of(e.feeBasis(), e.feeQuantity()) == 0) {
            problems.add(problem("feeQuantity", e.feeBasis() == FeeBasis.BY_ITEM
                    ? "本月第 " + e.feeQuantity() + " 件申请在免费范围内（每月 10 件以内不收费），不能发收费通知。"
                    : e.feeQuantity() + " 页在免费范围内（30 页以内不收费），不能发收费通知。"));
        }
        if (e.dueOn() != null && !e.dueOn().isAfter(e.on())) {
            problems.add(problem("dueOn", "缴费期限（" + e.dueOn() + "）应晚于通知日期（" + e.on() + "）。"));
        }
    }

    private void checkFeePaid(RequestEvent e, List<ValidationError.Problem> problems, List<String> warnings) {
        Optional<RequestEvent> notice = pendingFee();
        if (notice.isEmpty()) {
            problems.add(problem("kind", "没有等待缴费的收费通知。"));
            return;
        }
        if (e.on().isBefore(notice.get().on())) {
            problems.add(problem("on", "缴费日期（" + e.on() + "）不能早于收费通知（" + notice.get().on() + "）。"));
        }
        if (notice.get().dueOn() != null && e.on().isAfter(notice.get().dueOn())) {
            warnings.add("缴费晚于缴费期限（" + notice.get().dueOn() + "）。");
        }
    }

    private void checkDecision(RequestEvent e, List<ValidationError.Problem> problems, List<String> warnings) {
        ResultRow result = e.result();
        if (result == null) {
            problems.add(problem("result", "请选择办理结果（年度报告表三的一行）。"));
            return;
        }
        if (result == ResultRow.OTHER_NO_CORRECTION) {
            problems.add(problem("result", "逾期不补正的，请在补正期限届满后用“逾期未补正”记录（第三十条）。"));
        } else if (result == ResultRow.OTHER_FEE_UNPAID) {
            problems.add(problem("result", "逾期不缴费的，请在缴费期限届满后用“逾期未缴费”记录。"));
        } else if (result == ResultRow.UNAVAILABLE_STILL_UNCLEAR && request.first(EventKind.CORRECTION_RECEIVED).isEmpty()) {
            problems.add(problem("result", "“补正后申请内容仍不明确”须先记录告知补正和收到补正（第三十条）。"));
        } else if ((pendingCorrection().filter(this::stopsTheClock).isPresent() || pendingFee().filter(this::stopsTheClock).isPresent())
                && result.group() != ResultGroup.OTHER) {
            problems.add(problem("result", pendingCorrection().isPresent()
                    ? "正在等待补正：收到补正或补正期限届满后才能作出答复；申请人撤回的，请记录“申请人撤回”。"
                    : "正在等待缴费：缴费或缴费期限届满后才能作出答复；申请人撤回的，请记录“申请人撤回”。"));
        }
        checkOtherOrgan(e, result, problems);
        for (RequestEvent sent : pendingConsultations()) {
            if (sent.dueOn() != null && !e.on().isAfter(sent.dueOn())) {
                warnings.add("向 " + sent.party() + " 征求的意见尚未答复（答复期限 " + sent.dueOn() + "）。");
            }
        }
    }

    /** 第三十六条第（五）项: another organ is named only on a 无法提供 decision, and a contact only with its name. */
    // [impl->req~decision.other-organ~1]
    private static void checkOtherOrgan(RequestEvent e, ResultRow result, List<ValidationError.Problem> problems) {
        boolean named = e.otherOrganName() != null && !e.otherOrganName().isBlank();
        boolean contact = e.otherOrganContact() != null && !e.otherOrganContact().isBlank();
        if (named && result.group() != ResultGroup.UNAVAILABLE) {
            problems.add(problem("otherOrganName", "只有“无法提供”的答复才填写掌握该信息的机关（第三十六条第（五）项）。"));
        }
        if (contact && !named) {
            problems.add(problem("otherOrganName", "请填写掌握该信息的机关名称，再填写其联系方式。"));
        }
    }

    // [impl->req~clock.longer-period~1]
    private void checkLongerPeriod(RequestEvent e, List<ValidationError.Problem> problems) {
        request.first(EventKind.LONGER_PERIOD).ifPresent(x -> problems.add(problem("kind",
                "已于 " + x.on() + " 确定合理答复期限（至 " + x.dueOn() + "），不能再次确定。")));
        requireReason(e, "确定合理期限的理由（第三十五条：申请数量、频次明显超过合理范围）", problems);
        LocalDate due = new AnswerDeadline(calendar).of(request).dueOn();
        if (e.dueOn() == null) {
            problems.add(problem("dueOn", "请填写确定的合理答复期限（第三十五条）。"));
        } else if (due != null && !e.dueOn().isAfter(due)) {
            problems.add(problem("dueOn", "合理期限（" + e.dueOn() + "）应晚于现在的答复期限（" + due + "）。"));
        }
    }

    private static void requireReason(RequestEvent e, String what, List<ValidationError.Problem> problems) {
        if (e.note() == null || e.note().isBlank()) {
            problems.add(problem("note", "请填写" + what + "。"));
        }
    }

    private void checkReply(RequestEvent e, Optional<RequestEvent> closing, List<ValidationError.Problem> problems) {
        if (closing.isEmpty()) {
            problems.add(problem("kind", "尚未作出答复决定，不能记录送达。"));
            return;
        }
        request.first(EventKind.REPLY_SENT).ifPresent(x -> problems.add(problem("kind", "已于 " + x.on() + " 记录送达答复。")));
        if (e.on().isBefore(closing.get().on())) {
            problems.add(problem("on", "送达日期（" + e.on() + "）不能早于办结日期（" + closing.get().on() + "）。"));
        }
        if (e.deliveryMethod() == null || e.deliveryMethod().isBlank()) {
            problems.add(problem("deliveryMethod", "请填写送达方式，例如：当面领取、邮寄、电子邮件。"));
        }
    }

    private boolean limitPassed(RequestEvent e) {
        return e.dueOn() == null || today.isAfter(e.dueOn());
    }

    private Optional<RequestEvent> latestEvent() {
        return request.events().stream().max(Comparator.comparing(RequestEvent::on));
    }

    private static ValidationError.Problem problem(String field, String message) {
        return new ValidationError.Problem(field, message);
    }
}

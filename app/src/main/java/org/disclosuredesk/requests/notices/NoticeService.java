// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosuredesk.calendar.CalendarSource;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.RequestItem;
import org.disclosuredesk.requests.RequestItemService;
import org.disclosuredesk.requests.RequestService;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;

/**
 * The notices of the request log: which ones a request's steps call for, issuing one (dated today, never
 * earlier, with the next number of its series), reprinting an issued one unchanged, and the templates
 * and settings the office edits.
 */
// [impl->req~notices.issue~1]
public final class NoticeService {

    private static final String TEMPLATE_KEY = "notice.template.";
    private static final String PREFIX_KEY = "notice.prefix.";

    /** A notice a request calls for, with the issued one if there is. */
    public record Entry(NoticeChoice choice, Optional<IssuedNotice> issued) {
    }

    private final NoticeRepository repository;
    private final RequestService requests;
    private final CalendarSource calendars;
    private final SettingsService settings;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final RequestItemService items;

    public NoticeService(NoticeRepository repository, RequestService requests, CalendarSource calendars,
            SettingsService settings, Transactions transactions, AuditTrail audit, Clock clock, RequestItemService items) {
        this.items = items;
        this.repository = repository;
        this.requests = requests;
        this.calendars = calendars;
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notices this request's steps call for, each with the notice already issued for it, if any. */
    public List<Entry> entries(long requestId) {
        Request r = requests.find(requestId);
        List<IssuedNotice> issued = repository.forRequest(requestId);
        return choices(mapper(), r, items.items(requestId)).stream()
                .map(c -> new Entry(c, issued.stream().filter(n -> c.sameAs(n.type().code(), n.eventId())).findFirst()))
                .toList();
    }

    /** The notice as it would read if issued today with {@code templateText} (the number not yet taken). */
    public RenderedNotice preview(long requestId, NoticeChoice choice, String templateText) {
        Request r = requests.find(requestId);
        NoticeFacts facts = facts(r, choice);
        return render(facts, templateText, NoticeNumber.preview(facts.settings().prefix(choice.type().kind()), today().getYear()));
    }

    /**
     * Issues the notice: today's date (a step recorded late gets a notice that says so, never an earlier
     * date), the next number of its series for this year, the text frozen with the request. Issuing the same
     * notice again returns the one already issued.
     */
    public IssuedNotice issue(long requestId, NoticeChoice choice) {
        return transactions.inTransaction(() -> {
            Request r = requests.find(requestId);
            Optional<Entry> entry = entries(requestId).stream().filter(e -> e.choice().sameAs(choice.type().code(), choice.eventId()))
                    .findFirst();
            if (entry.isEmpty()) {
                throw new UserError("该申请的办理记录中没有需要“" + choice.label() + "”的步骤，不能出具。");
            }
            if (entry.get().issued().isPresent()) {
                return entry.get().issued().get();
            }
            NoticeFacts facts = facts(r, choice);
            String series = choice.type().kind().series();
            int year = facts.issuedOn().getYear();
            NoticeNumber number = NoticeNumber.of(series, facts.settings().prefix(choice.type().kind()), year,
                    repository.nextSeq(series, year));
            RenderedNotice text = render(facts, template(choice.type()), number.text());
            IssuedNotice notice = new IssuedNotice(null, requestId, choice.eventId(), choice.type(), number, text);
            long id = repository.insert(notice, now());
            audit.record("request", requestId, AuditEntry.Action.CREATE, "出具" + choice.type().label() + " " + number.text());
            return new IssuedNotice(id, requestId, choice.eventId(), choice.type(), number, text);
        });
    }

    public IssuedNotice issued(long noticeId) {
        return repository.find(noticeId).orElseThrow(() -> new UserError("找不到该告知书（编号 " + noticeId + "），可能已随申请删除。"));
    }

    /**
     * For each request whose latest step still lacks its notice: that notice. The list marks them
     * 「缺告知书」; a request without steps needs its 登记回执; a closed request whose reply is recorded as
     * delivered lacks nothing.
     */
    public Map<Long, NoticeChoice> lacking(List<Request> list) {
        NoticeFactsMapper mapper = mapper();
        List<IssuedNotice> issued = repository.forRequests(list.stream().map(Request::id).toList());
        Map<Long, NoticeChoice> latest = new LinkedHashMap<>();
        for (Request r : list) {
            if (r.isDecided() && r.first(org.disclosuredesk.requests.EventKind.REPLY_SENT).isPresent()) {
                continue; // the answer was delivered (a paper notice made before, or outside the app)
            }
            latest.put(r.id(), mapper.latestNeeded(r));
        }
        // a split application's decision needs a reply for each result its items have: their items in one query
        Map<Long, List<RequestItem>> split = items.itemsOf(latest.entrySet().stream()
                .filter(e -> e.getValue().type().kind() == NoticeKind.REPLY).map(Map.Entry::getKey).toList());
        Map<Long, NoticeChoice> lacking = new LinkedHashMap<>();
        for (Request r : list) {
            NoticeChoice last = latest.get(r.id());
            if (last == null) {
                continue;
            }
            List<NoticeChoice> needed = split.containsKey(r.id())
                    ? choices(mapper, r, split.get(r.id())).stream()
                            .filter(c -> java.util.Objects.equals(c.eventId(), last.eventId())).toList()
                    : List.of(last);
            needed.stream()
                    .filter(c -> issued.stream().noneMatch(n -> n.requestId() == r.id() && c.sameAs(n.type().code(), n.eventId())))
                    .findFirst()
                    .ifPresent(c -> lacking.put(r.id(), c));
        }
        return lacking;
    }

    /** A real request to preview a template with: one whose steps call for that notice type. */
    public record PreviewCandidate(long requestId, String label, NoticeChoice choice) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Up to {@code limit} requests, newest first, that have a step calling for {@code type}. */
    public List<PreviewCandidate> previewCandidates(NoticeType type, int limit) {
        NoticeFactsMapper mapper = mapper();
        List<PreviewCandidate> found = new java.util.ArrayList<>();
        List<Request> all = requests.list(new org.disclosuredesk.requests.RequestFilter(null, null, null, null, null)).stream()
                .map(org.disclosuredesk.requests.RequestView::request)
                .sorted(java.util.Comparator.comparing(Request::receivedOn).reversed()).toList();
        for (Request r : all) {
            mapper.choices(r).stream().filter(c -> c.type().equals(type)).reduce((a, b) -> b).ifPresent(c ->
                    found.add(new PreviewCandidate(r.id(), r.number().text() + " " + r.applicant().name(), c)));
            if (found.size() >= limit) {
                break;
            }
        }
        return found;
    }

    // ---- templates and settings ---------------------------------------------------------------

    public String template(NoticeType type) {
        return settings.value(TEMPLATE_KEY + type.code()).filter(t -> !t.isBlank()).orElse(NoticeTemplates.defaultText(type));
    }

    public boolean isDefault(NoticeType type) {
        return template(type).equals(NoticeTemplates.defaultText(type));
    }

    /** Refuses a text naming a placeholder that does not exist: it would print as typed. */
    public void saveTemplate(NoticeType type, String text) {
        if (text == null || text.isBlank()) {
            throw ValidationError.of("template", "模板不能为空。如要恢复原文，请点“恢复默认”。");
        }
        Set<String> unknown = NoticeTemplates.unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
            throw ValidationError.of("template", "模板中有无法识别的占位符：" + String.join("、", unknown)
                    + "。请从右侧列表插入，或删去花括号。");
        }
        String before = template(type);
        transactions.inTransaction(() -> {
            settings.putValue(TEMPLATE_KEY + type.code(), text.strip());
            audit.recordChange("notice_template", null, before, text.strip(), "修改" + type.label() + "模板");
        });
    }

    public void resetTemplate(NoticeType type) {
        String before = template(type);
        transactions.inTransaction(() -> {
            settings.putValue(TEMPLATE_KEY + type.code(), "");
            audit.recordChange("notice_template", null, before, NoticeTemplates.defaultText(type), "恢复" + type.label() + "默认模板");
        });
    }

    public NoticeSettings noticeSettings() {
        Map<NoticeKind, String> prefixes = new EnumMap<>(NoticeKind.class);
        for (NoticeKind k : NoticeKind.values()) {
            settings.value(PREFIX_KEY + k.name()).ifPresent(p -> prefixes.put(k, p));
        }
        return new NoticeSettings(prefixes, value("notice.contact"), value("notice.reviewOrgan"), value("notice.court"),
                value("notice.payment"));
    }

    public void saveNoticeSettings(NoticeSettings s) {
        for (NoticeKind k : NoticeKind.values()) {
            if (s.prefix(k).contains("〔") || s.prefix(k).contains("〕")) {
                throw ValidationError.of("prefix." + k.name(), "文号前缀只写机关代字，例如“X政公开补”；年份和序号由程序按〔2025〕第1号格式加上。");
            }
        }
        transactions.inTransaction(() -> {
            for (NoticeKind k : NoticeKind.values()) {
                settings.putValue(PREFIX_KEY + k.name(), s.prefix(k));
            }
            settings.putValue("notice.contact", s.contact());
            settings.putValue("notice.reviewOrgan", s.reviewOrgan());
            settings.putValue("notice.court", s.court());
            settings.putValue("notice.payment", s.payment());
            audit.recordChange("notice_settings", null, null, s.toString(), "保存告知书设置");
        });
    }

    // ---- rendering --------------------------------------------------------------------------

    /**
     * The notices the request's steps call for. 一事一申请: the decision of a split application calls for one
     * reply per result its items have (an item without its own result has the application's), each answering
     * its items with that result's reasons, article and remedies; a single reply for mixed results would tell
     * the applicant that refused items were provided.
     */
    private static List<NoticeChoice> choices(NoticeFactsMapper mapper, Request r, List<RequestItem> split) {
        List<NoticeChoice> choices = mapper.choices(r);
        if (split.isEmpty()) {
            return choices;
        }
        List<NoticeChoice> expanded = new java.util.ArrayList<>();
        for (NoticeChoice c : choices) {
            if (c.type().kind() != NoticeKind.REPLY) {
                expanded.add(c);
                continue;
            }
            Map<ResultRow, List<RequestItem>> byResult = RequestItem.byResult(split, c.type().row());
            byResult.forEach((row, rowItems) -> expanded.add(new NoticeChoice(NoticeType.reply(row), c.eventId(),
                    byResult.size() == 1 ? c.stepText() : "第" + numbers(rowItems) + "项，" + c.stepText())));
        }
        return expanded;
    }

    private static String numbers(List<RequestItem> items) {
        return items.stream().map(i -> String.valueOf(i.number())).collect(java.util.stream.Collectors.joining("、"));
    }

    private NoticeFacts facts(Request r, NoticeChoice choice) {
        NoticeFacts facts = mapper().facts(r, choice, settings.current().reportOrganName(), noticeSettings(), today());
        if (choice.type().kind() != NoticeKind.REPLY) {
            return facts;
        }
        // 一事一申请: the reply states the result of each item it answers and names the items answered by the others.
        ResultRow row = choice.type().row();
        ResultRow applicationResult = r.events().stream().filter(e -> java.util.Objects.equals(e.id(), choice.eventId()))
                .map(e -> e.closingResult()).filter(java.util.Objects::nonNull).findFirst().orElse(row);
        List<String> answered = new java.util.ArrayList<>();
        List<Integer> elsewhere = new java.util.ArrayList<>();
        for (RequestItem i : items.items(r.id())) {
            ResultRow result = i.resultOr(applicationResult);
            if (result != row) {
                elsewhere.add(i.number());
                continue;
            }
            answered.add("第" + i.number() + "项“" + i.content() + "”：" + result.fullLabel()
                    + (result.article().isEmpty() ? "" : "（《中华人民共和国政府信息公开条例》" + result.article() + "）"));
        }
        return facts.withItemAnswers(new ItemAnswers(answered, elsewhere));
    }

    static RenderedNotice render(NoticeFacts facts, String templateText, String number) {
        return new RenderedNotice(facts.type().kind().title(), number, Placeholder.ADDRESSEE.valueFor(facts),
                NoticeTemplates.fill(templateText, facts), facts.organName(), facts.issuedOn());
    }

    private NoticeFactsMapper mapper() {
        return new NoticeFactsMapper(calendars.current());
    }

    private String value(String key) {
        return settings.value(key).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
